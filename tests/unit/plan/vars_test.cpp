// ${name} variables: <var>s, built-ins, $${, --set, and the errors each can raise.
#include "plan_test_util.hpp"
#include "plan/view_access.hpp"

using plantest::Loaded;
using plantest::TempDir;

namespace {

struct One : plantest::OnePlan {
  using OnePlan::OnePlan;
  std::string text_of_first_p() const {
    const planforge::Element p = planforge::detail::element_of(l.plan->sections.at(0).node).child("p");
    return p.text();
  }
};

const std::string vars_plan =
    "<plan format=\"1\" version=\"2.0\">\n"
    "<meta><title>Plan for "
    "${client}</title><client>Acme</client><date>2026-11-15</date><status>draft</status></meta>\n"
    "<section type=\"text\" title=\"Horizon ${horizon}\"><p>v${version} ${date} ${status} $${horizon} "
    "${title} $$x ${span}</p></section>\n"
    "<vars><var name=\"horizon\">\n  2027–2029\n</var><var name=\"span\">${horizon} "
    "(${version})</var></vars>\n"
    "</plan>\n";

}  // namespace

TEST_CASE("variables and built-ins expand in text and attributes — $${ is a literal ${") {
  One t(vars_plan);
  CHECK_MESSAGE(t.l.lines().empty(), plantest::dump(t.l));
  REQUIRE(t.l.plan != nullptr);
  CHECK(t.l.plan->sections.at(0).title == "Horizon 2027–2029");
  CHECK(t.text_of_first_p() == "v2.0 2026-11-15 draft ${horizon} Plan for Acme $$x 2027–2029 (2.0)");
  CHECK(t.l.plan->meta.title == "Plan for Acme");
  const auto& vars = t.l.plan->vars;
  CHECK(planforge::test::mismatches(vars, {{"horizon", "2027–2029"},
                                           {"span", "2027–2029 (2.0)"},
                                           {"title", "Plan for Acme"},
                                           {"version", "2.0"},
                                           {"subtitle", ""}}) == "");
}

TEST_CASE("--set overrides a variable and the version — values are taken literally") {
  One t(vars_plan, {{"horizon", "2030 ${x}"}, {"version", "9.9.9-3-gabc"}});
  CHECK_MESSAGE(t.l.lines().empty(), plantest::dump(t.l));
  REQUIRE(t.l.plan != nullptr);
  CHECK(t.l.plan->version == "9.9.9-3-gabc");
  CHECK(t.l.plan->sections.at(0).title == "Horizon 2030 ${x}");
  CHECK(t.text_of_first_p() ==
        "v9.9.9-3-gabc 2026-11-15 draft ${horizon} Plan for Acme $$x 2030 ${x} (9.9.9-3-gabc)");
}

TEST_CASE("--set version works when the plan has no version") {
  One t("<plan format=\"1\"><meta><title>${version}</title></meta><section type=\"text\"/></plan>",
        {{"version", "1.0.1"}});
  CHECK_MESSAGE(t.l.lines().empty(), plantest::dump(t.l));
  REQUIRE(t.l.plan != nullptr);
  CHECK(t.l.plan->meta.title == "1.0.1");
  CHECK(t.l.plan->version == "1.0.1");
}

TEST_CASE("--set of an undeclared variable or a built-in is an error") {
  One t(vars_plan, {{"horizn", "x"}, {"title", "y"}});
  CHECK(t.l.lines() ==
        std::vector<std::string>{"command line: error: --set horizn: the plan declares no variable 'horizn'",
                                 "command line: error: --set title: the built-in 'title' cannot be set; only "
                                 "'version' and the plan's <var>s can"});
  CHECK(t.l.hints_of("horizn") ==
        std::vector<std::string>{"did you mean 'horizon'?",
                                 "declare it in the plan: <vars><var name=\"horizn\">…</var></vars>"});
}

TEST_CASE("undefined and malformed ${…} are reported at their exact column, after entities") {
  One t(
      plantest::plan_with("<vars><var name=\"horizon\">x</var></vars>\n"
                          "<section type=\"text\" title=\"&amp; ${nope}\"><p>a &lt;&#233; ${horizn} ${bad "
                          "name} ${open</p></section>"));
  CHECK(t.lines() == std::vector<std::string>{"4:35: error: undefined variable 'nope'",
                                              "4:60: error: undefined variable 'horizn'",
                                              "4:70: error: invalid variable reference '${bad name}'",
                                              "4:82: error: unterminated '${'"});
  CHECK(t.l.hints_of("'horizn'") == std::vector<std::string>{"did you mean 'horizon'?"});
  // Undefined references stay visible as written.
  CHECK(t.text_of_first_p() == "a <é ${horizn} ${bad name} ${open");
}

TEST_CASE("a variable that refers to itself, directly or through others") {
  One t(plantest::plan_with(
      "<vars><var name=\"a\">${b}</var><var name=\"b\">x ${a}</var><var name=\"c\">${c}</var></vars>\n"
      "<section type=\"text\"/>"));
  CHECK(t.lines() == std::vector<std::string>{"3:12: error: variable 'a' refers to itself: a → b → a",
                                              "3:62: error: variable 'c' refers to itself: c → c"});
}

TEST_CASE("<var> names: defined twice, built-in, invalid, missing") {
  One t(
      plantest::plan_with("<vars><var name=\"x\">1</var><var name=\"x\">2</var><var "
                          "name=\"title\">t</var><var name=\"1x\">q</var><var>z</var></vars>\n"
                          "<section type=\"text\"/>"));
  CHECK(t.lines() == std::vector<std::string>{
                         "3:12: note: 'x' first defined here", "3:33: error: variable 'x' is defined twice",
                         "3:54: error: 'title' is a built-in variable; choose another name",
                         "3:79: error: invalid variable name '1x'",
                         "3:96: error: <var> is missing attribute 'name'"});
  // The first definition stands.
  CHECK(t.l.plan->vars.at("x") == "1");
}
