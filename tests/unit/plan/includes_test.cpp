// <include>: merged sections, nesting, cycles, the plan's folder, and errors in included files.
#include "plan_test_util.hpp"
#include "plan/view_access.hpp"

using plantest::Loaded;

namespace {

const std::string data = std::string(PLANFORGE_TEST_DATA) + "/plan/";

std::vector<std::string> section_ids(const Loaded& l) {
  std::vector<std::string> ids;
  for (const auto& s : l.plan->sections) ids.push_back(s.id);
  return ids;
}

}  // namespace

TEST_CASE("includes merge their sections in document order, nested, with vars and refs across files") {
  const Loaded l = plantest::load(data + "includes/plan.xml");
  CHECK_MESSAGE(l.lines().empty(), plantest::dump(l));
  REQUIRE(l.plan != nullptr);
  CHECK(section_ids(l) == std::vector<std::string>{"intro", "a", "b", "deep", "c", "end"});
  const auto& files = l.plan->files;
  REQUIRE(files.size() == 4);
  CHECK(files[1] == data + "includes/sections/a.xml");
  CHECK(files[2] == data + "includes/sections/group.xml");
  CHECK(files[3] == data + "includes/sections/nested/deep.xml");
  // Included sections are children of <plan>, where the include stood; <sections> is gone.
  const planforge::Element a = planforge::detail::element_of(l.plan->sections[1].node);
  CHECK(a.parent().name() == "plan");
  CHECK(a.location().to_string() == data + "includes/sections/a.xml:2:1");
  CHECK(a.child("p").text() == "Owned by Help desk lead for Acme.");
  const planforge::Element deep = planforge::detail::element_of(l.plan->sections[3].node);
  CHECK(deep.location().to_string() == data + "includes/sections/nested/deep.xml:1:1");
  CHECK(l.plan->ids.contains("deep"));
}

TEST_CASE("an include cycle is reported with its chain") {
  const Loaded l = plantest::load(data + "include-cycle/plan.xml");
  CHECK(l.lines() == std::vector<std::string>{
                         data + "include-cycle/b.xml:3:3: error: include cycle: a.xml → b.xml → a.xml"});
  REQUIRE(l.plan != nullptr);
  CHECK(section_ids(l) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("an include outside the plan's folder is refused unless allowed") {
  const std::string plan = data + "include-outside/inner/plan.xml";
  SUBCASE("refused") {
    const Loaded l = plantest::load(plan);
    CHECK(l.lines() == std::vector<std::string>{
                           plan + ":1:1: warning: the plan has no sections",
                           plan + ":3:3: error: include '../shared.xml' is outside the plan's folder"});
  }
  SUBCASE("allowed") {
    const Loaded l = plantest::load(plan, {}, /*allow_outside=*/true);
    CHECK_MESSAGE(l.lines().empty(), plantest::dump(l));
    REQUIRE(l.plan != nullptr);
    CHECK(section_ids(l) == std::vector<std::string>{"shared"});
    CHECK(l.plan->files.at(1) == data + "include-outside/shared.xml");
  }
}

TEST_CASE("include errors: missing file, wrong root, broken XML, mistakes inside, bad include elements") {
  const std::string p = data + "include-errors/plan.xml";
  const std::string s = data + "include-errors/sections/";
  const Loaded l = plantest::load(p);
  CHECK(
      l.lines() ==
      std::vector<std::string>{
          p + ":3:3: error: included file 'sections/missing.xml' not found",
          p + ":7:3: error: <include> is missing attribute 'href'",
          p + ":8:36: error: unknown attribute 'src' on <include>", p + ":9:24: error: duplicate id 'here'",
          s + "bad-root.xml:1:1: error: an included file's root must be <section> or <sections>, not <plan>",
          s + "broken.xml:3:1: error: malformed XML: closing tag </section> does not match <p> opened at 2:3",
          s + "dup.xml:1:22: note: 'here' first defined here",
          s + "mistakes.xml:2:24: error: unknown attribute 'titel' on <section>",
          s + "mistakes.xml:3:8: error: undefined variable 'undefined'",
          s + "mistakes.xml:5:3: error: unexpected <p> in <sections>; it holds <section> and <include> "
              "elements"});
  CHECK(l.hints_of("missing.xml") == std::vector<std::string>{"looked for " + s + "missing.xml"});
  REQUIRE(l.plan != nullptr);
  // What could be read is there: the section with the mistakes, dup.xml's and the plan's own.
  CHECK(l.plan->sections.size() == 3);
}

TEST_CASE("a file included twice: its ids clash, and the message says why") {
  const Loaded l = plantest::load(data + "include-twice/plan.xml");
  CHECK(l.lines() == std::vector<std::string>{data + "include-twice/s.xml:1:22: error: duplicate id 's': " +
                                              data + "include-twice/s.xml is included more than once"});
}
