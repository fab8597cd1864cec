// The bad-input contract, one kind of mistake per file in tests/data/bad-input/: the run
// fails with its documented exit code, names the place (file:line:col) and the problem like
// a compiler, and leaves a PDF already at the output path byte-for-byte untouched.
#include "harness.hpp"

#include <doctest/doctest.h>

namespace {

struct BadInput {
  const char* plan;  // under tests/data/bad-input/
  int exit_code;
  const char* expected;  // "line:col: error: message" as printed after "file:"
};

const BadInput kCases[] = {
    {"malformed-xml.xml", 1,
     "6:3: error: malformed XML: closing tag </section> does not match <p> opened at 5:5"},
    {"wrong-root.xml", 1, "2:1: error: the root element is <document>"},
    {"unknown-format.xml", 1, "2:7: error: unsupported plan format '7'"},
    {"missing-format.xml", 1, "2:1: error: <plan> is missing attribute 'format'"},
    {"duplicate-id.xml", 1, "5:24: error: duplicate id 'intro'"},
    {"dangling-ref.xml", 1, "5:17: error: reference to unknown id 'nowhere'"},
    {"kpi-unknown-goal.xml", 1, "6:80: error: kpi 'fcr' references unknown goal 'g-x'"},
    {"undefined-var.xml", 1, "5:17: error: undefined variable 'horizon'"},
    {"undefined-entity.xml", 1, "5:25: error: undefined entity '&chips;'"},
    {"duplicate-attribute.xml", 1, "4:41: error: duplicate attribute 'title'"},
    {"unknown-meta-element.xml", 1, "4:5: error: unknown element <auther> in <meta>"},
    {"bad-meta-date.xml", 1, "4:5: error: invalid date '2026-02-30'"},
    {"bad-status.xml", 1, "4:5: error: status must be draft, review or final, not 'finished'"},
    {"missing-logo.xml", 1, "4:5: error: logo file 'assets/none.png' not found"},
    {"corrupt-logo.xml", 1, "4:5: error: cannot use logo 'corrupt.png': PNG data is corrupt"},
    {"unknown-section-type.xml", 1, "4:12: error: no plugin provides section type 'kpi'"},
    {"section-without-type.xml", 1, "4:3: error: section 'k' is missing attribute 'type'"},
    {"rollout-end-before-start.xml", 1,
     "5:49: error: phase 'p1' ends (Mar 2027) before it starts (Jun 2027)"},
    {"reports-to-cycle.xml", 1, "5:27: error: reporting lines form a cycle"},
    {"importance-out-of-range.xml", 1,
     "5:39: error: attribute 'importance' of need 'n1' must be between 1 and 5, not 7"},
    {"text-unknown-element.xml", 1, "5:5: error: unknown element <paragraph> in <section>"},
    {"kpi-baseline-not-number.xml", 1,
     "5:39: error: attribute 'baseline' of kpi 'fcr' is not a number: 'sixty'"},
    {"empty-file.xml", 1, " error: file is empty"},
    {"invalid-utf8.xml", 1, "4:47: error: invalid UTF-8: byte 0xE9"},
    {"include-missing/plan.xml", 1, "4:3: error: included file 'sections/none.xml' not found"},
    {"include-outside/plan/plan.xml", 1, "4:3: error: include '../outside.xml' is outside the plan's folder"},
};

}  // namespace

TEST_CASE("bad input: every kind of mistake is located, exits with its code and writes nothing") {
  for (const auto& c : kCases) {
    CAPTURE(c.plan);
    pf::TempDir tmp;
    const auto out = tmp / "plan.pdf";
    const std::string previous = "%PDF-1.4 the previous, good version of the plan\n";
    pf::write_text(out, previous);
    const std::string plan = pf::data(std::string("bad-input/") + c.plan);
    const auto r = pf::planforge({"render", plan, "-o", out.string()});
    INFO(r.describe());
    CHECK(r.exit_code == c.exit_code);
    CHECK(pf::contains(r.err, plan + ":" + c.expected));
    CHECK(pf::read_text(out) == previous);
    // Only the output's own folder entries: no temporary file left behind.
    CHECK(std::distance(pf::fs::directory_iterator(tmp.path()), pf::fs::directory_iterator()) == 1);
  }
}

TEST_CASE("bad input: an include cycle names the chain, in the file that closes it") {
  const std::string dir = pf::data("bad-input/include-cycle");
  const auto r = pf::planforge_exits(1, {"validate", dir + "/plan.xml"});
  CHECK(pf::contains(r.err, dir + "/b.xml:3:3: error: include cycle: a.xml → b.xml → a.xml"));
}

TEST_CASE("bad input: validate reports all three mistakes of a plan, not only the first") {
  pf::TempDir tmp;
  const auto plan = tmp / "three.xml";
  pf::write_text(plan, R"(<?xml version="1.0" encoding="UTF-8"?>
<plan format="1" id="p" version="1.0.0">
  <meta><title>T</title><client>C</client><prepared-by>P</prepared-by><date>2026-11-15</date><status>final</status></meta>
  <section type="text" id="a" title="A">
    <p>See <ref to="nowhere"/> and ${undefined}.</p>
  </section>
  <section type="kpis" id="k">
    <kpi id="fcr" name="FCR" unit="%" baseline="62" target="80" direction="sideways"/>
  </section>
</plan>
)");
  const auto r = pf::planforge_exits(1, {"validate", plan.string()});
  CHECK(pf::contains(r.err, plan.string() + ":5:"));
  CHECK(pf::missing(r.err, {"reference to unknown id 'nowhere'", "undefined variable 'undefined'"}) == "");
  CHECK(pf::contains(r.err, plan.string() + ":8:"));
  CHECK(pf::missing(r.err, {"sideways", "3 errors"}) == "");
}
