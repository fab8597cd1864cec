// planforge lint: every rule finds its planted gap in tests/data/lint/gaps.xml (expected
// findings inline) and nothing else; the example is complete; rules switch off per run
// (--disable) and per element (suppress="lint/…: reason"); findings carry their rule's code
// in every format.
#include "expectations.hpp"
#include "harness.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>
#include <set>

namespace {

const std::string gaps = pf::data("lint/gaps.xml");

// The rules' codes `planforge lint --list-rules` prints.
std::set<std::string> rule_ids() {
  const auto r = pf::planforge({"lint", "--list-rules"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.describe());
  static const std::regex row(R"(^  (lint/[a-z-]+)\s+(warning|error)\s)");
  std::set<std::string> ids;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, m, row)) ids.insert(m[1]);
  }
  return ids;
}

}  // namespace

TEST_CASE("lint: every rule finds its planted gap, at its place, and nothing else is reported") {
  const auto r = pf::planforge({"lint", gaps});
  INFO(r.describe());
  for (const std::string& problem : pf::expectation_mismatches(pf::read_text(gaps), r.err))
    FAIL_CHECK(problem);
  CHECK(r.exit_code == 1);  // the placeholder is an error

  // Every rule of the catalogue has its planted gap among the expectations.
  const auto ids = rule_ids();
  CHECK(ids.size() == 12);
  std::set<std::string> planted;
  for (const pf::Expected& e : pf::expectations(pf::read_text(gaps))) {
    const auto open = e.text.rfind("[lint/");
    if (open != std::string::npos) planted.insert(e.text.substr(open + 1, e.text.size() - open - 2));
  }
  for (const std::string& id : ids) CHECK_MESSAGE(planted.count(id) == 1, "no planted gap for " << id);
}

TEST_CASE("lint: the example is complete") {
  const auto r = pf::planforge({"lint", pf::source("examples/acme-cs/plan.xml")});
  CHECK_MESSAGE(r.exit_code == 0, r.describe());
  CHECK_MESSAGE(pf::contains(r.err, "0 errors, 0 warnings"), r.describe());
}

TEST_CASE("lint: --disable switches a rule off for the run — an unknown rule is a usage error") {
  const auto all = pf::planforge({"lint", gaps});
  REQUIRE(pf::contains(all.err, "[lint/goal-unmeasured]"));
  // By its code, or by the code without its area.
  const auto off =
      pf::planforge({"lint", gaps, "--disable", "lint/goal-unmeasured", "--disable", "placeholder"});
  CHECK(off.exit_code == 0);
  CHECK(!pf::contains(off.err, "[lint/goal-unmeasured]"));
  CHECK(!pf::contains(off.err, "[lint/placeholder]"));
  CHECK(pf::contains(off.err, "[lint/goal-without-objectives]"));
  const auto typo = pf::planforge({"lint", gaps, "--disable", "goal-unmesured"});
  CHECK_MESSAGE(typo.exit_code == 2, typo.describe());
  CHECK(pf::contains(typo.err, "there is no lint rule 'goal-unmesured'"));
}

TEST_CASE("lint: findings carry their rule's code in JSON, SARIF and GitHub annotations") {
  const auto json = pf::planforge({"lint", gaps, "--format", "json"});
  CHECK(pf::missing(json.out, {"\"code\": \"lint/need-unaddressed\"", "\"command\": \"lint\""}) == "");
  const auto sarif = pf::planforge({"lint", gaps, "--format", "sarif"});
  CHECK(pf::contains(sarif.out, "\"ruleId\": \"lint/phase-outside-period\""));
  const auto github = pf::planforge({"lint", gaps, "--format", "github"});
  CHECK(pf::contains(github.out, "::warning file=" + gaps));
  CHECK(pf::missing(github.out, {"title=planforge lint/offering-undelivered::offering 'off-manuals'",
                                 "::error file="}) == "");
}

TEST_CASE("lint: a plan with errors is reported, not linted") {
  pf::TempDir dir;
  pf::write_text(dir / "plan.xml",
                 "<plan format=\"1\" id=\"x\"><meta><title>T</title></meta><sektion/></plan>");
  const auto r = pf::planforge({"lint", (dir / "plan.xml").string()});
  CHECK(r.exit_code == 1);
  CHECK(pf::contains(r.err, "sektion"));
  CHECK(!pf::contains(r.err, "[lint/area-missing]"));
}

TEST_CASE("lint and validate share the plan's suppressions, each judging only its own codes") {
  // validate accepts the lint suppressions of gaps.xml (used, unused and unknown) silently.
  const auto validate = pf::planforge({"validate", gaps});
  CHECK_MESSAGE(validate.exit_code == 0, validate.describe());
  CHECK_MESSAGE(!pf::contains(validate.err, "[suppress/"), validate.describe());

  // lint leaves validate's codes to validate (it loads no plugin), applies its own, and
  // refuses to suppress an error or to take a suppression without its reason.
  pf::TempDir dir;
  std::string text = pf::read_text(gaps);
  const auto swap = [&](const std::string& from, const std::string& to) {
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), to);
  };
  swap("<section type=\"context\" id=\"context\">",
       "<section type=\"context\" id=\"context\" suppress=\"lint/context-missing context/no-factors: no "
       "season here\">");
  swap("<section type=\"text\" id=\"operations\" title=\"Service Operations\">",
       "<section type=\"text\" id=\"operations\" title=\"Service Operations\" suppress=\"lint/placeholder: a "
       "draft\">");
  swap("<section type=\"text\" id=\"tools\" title=\"Operational Tools\">",
       "<section type=\"text\" id=\"tools\" title=\"Operational Tools\" suppress=\"lint/area-missing\">");
  pf::write_text(dir / "plan.xml", text);
  const auto r = pf::planforge({"lint", (dir / "plan.xml").string()});
  INFO(r.describe());
  CHECK(!pf::contains(r.err, "[lint/context-missing]"));
  CHECK(!pf::contains(r.err, "context/no-factors"));  // neither unknown nor unused to lint
  CHECK(pf::contains(r.err,
                     "'lint/placeholder' is an error, and errors cannot be suppressed [suppress/error]"));
  CHECK(pf::missing(r.err, {"placeholder 'TODO' left in the plan [lint/placeholder]",
                            "gives no reason [suppress/no-reason]"}) == "");
  CHECK(r.exit_code == 1);
}

TEST_CASE("validate keeps to correctness: completeness gaps are lint's alone") {
  // gaps.xml is a correct plan with one gap per lint rule, among them a context without its
  // 'environment' variable, which validate once warned about itself (context/missing-factor).
  const auto validate = pf::planforge({"validate", gaps});
  CHECK_MESSAGE(pf::contains(validate.err, "0 errors, 0 warnings"), validate.describe());
  const auto lint = pf::planforge({"lint", gaps});
  CHECK_MESSAGE(
      pf::contains(lint.err,
                   "does not describe the patterns and seasons of its environment [lint/context-missing]"),
      lint.describe());
}
