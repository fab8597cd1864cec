// Per-element suppression: which warnings a `suppress` attribute covers, what it refuses and
// what it reports about itself.
#include "plan/suppressions.hpp"

#include "plan_test_util.hpp"

using plantest::Loaded;
using plantest::TempDir;
using namespace planforge;

namespace {

constexpr DiagnosticCode unmeasured{"kpis/goal-unmeasured", Severity::warning, "a goal no KPI measures"};
constexpr DiagnosticCode empty_text{"text/empty", Severity::warning, "an empty text section"};
constexpr DiagnosticCode wrong_way{"kpis/target-wrong-way", Severity::error, "a target the wrong way"};

detail::KnownCodes known() {
  detail::KnownCodes k;
  for (const DiagnosticCode& c : {unmeasured, empty_text, wrong_way}) k.codes.emplace(c.id, c.severity);
  k.codes.emplace("plan/unknown-attribute", Severity::error);
  k.codes.emplace("suppress/unused", Severity::warning);
  return k;
}

struct Case {
  TempDir dir;
  std::string f;
  Loaded l;
  detail::Suppressions s;

  explicit Case(const std::string& body, const std::string& root_attrs = "") {
    const std::string text =
        "<plan format=\"1\"" + root_attrs + ">\n<meta><title>T</title></meta>\n" + body + "\n</plan>\n";
    f = dir.write("plan.xml", text).generic_string();
    l = plantest::load(f);
    REQUIRE_MESSAGE(l.plan, plantest::dump(l));
    s.collect(*l.plan, known(), l.diags);
  }
  // "line:col: severity: message [code]" of what is left after apply().
  std::vector<std::string> after_apply() {
    s.apply(l.diags);
    std::vector<std::string> out;
    for (const Diagnostic& d : l.diags.sorted())
      out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " +
                    to_string(d.severity) + ": " + d.message + (d.code.empty() ? "" : " [" + d.code + "]"));
    return out;
  }
  void report(const DiagnosticCode& code, std::uint32_t line, std::uint32_t column, std::string message) {
    l.diags.report(code, {f, line, column}, std::move(message));
  }
};

}  // namespace

TEST_CASE("a suppression covers its element and everything inside it, up to its end tag") {
  Case r(
      "<section type=\"kpis\" id=\"s\">\n"                                              // 3
      "  <goal id=\"g1\" suppress=\"kpis/goal-unmeasured: measured by the survey\">\n"  // 4
      "    <objective>One</objective>\n"                                                // 5
      "  </goal>\n"                                                                     // 6
      "  <goal id=\"g2\"/>\n"                                                           // 7
      "</section>");
  r.report(unmeasured, 4, 3, "goal 'g1' has no KPI measuring it");  // at the element
  r.report(unmeasured, 4, 13, "at an attribute of g1");             // at its attribute
  r.report(unmeasured, 5, 5, "inside g1");                          // at a child
  r.report(unmeasured, 7, 3, "goal 'g2' has no KPI measuring it");  // a sibling: not covered
  r.report(empty_text, 5, 5, "another code inside g1");             // another code: not covered
  r.report(unmeasured, 3, 1, "the section");                        // the parent: not covered
  CHECK(r.after_apply() ==
        std::vector<std::string>{"3:1: warning: the section [kpis/goal-unmeasured]",
                                 "5:5: warning: another code inside g1 [text/empty]",
                                 "7:3: warning: goal 'g2' has no KPI measuring it [kpis/goal-unmeasured]"});
  CHECK(r.s.suppressed() == 3);
}

TEST_CASE("several codes share one reason — a note goes with the warning it belongs to") {
  Case r(
      "<section type=\"text\" suppress=\"text/empty kpis/goal-unmeasured: drafted in the workshop\"/>\n"
      "<section type=\"text\"/>");
  r.report(empty_text, 3, 1, "text section is empty");
  r.l.diags.note({r.f, 4, 1}, "a note about the suppressed warning");
  r.report(unmeasured, 3, 5, "covered too");
  r.report(empty_text, 4, 1, "the second section is not covered");
  r.l.diags.note({r.f, 3, 1}, "a note about a kept warning");
  CHECK(r.after_apply() ==
        std::vector<std::string>{"3:1: note: a note about a kept warning",
                                 "4:1: warning: the second section is not covered [text/empty]"});
}

TEST_CASE("a suppression on <plan> covers the whole plan") {
  Case r("<section type=\"text\"/>", " suppress=\"text/empty: every section is filled in later\"");
  r.report(empty_text, 3, 1, "text section is empty");
  CHECK(r.after_apply().empty());
}

TEST_CASE("errors, notes and uncoded warnings are never suppressed") {
  Case r("<section type=\"text\" suppress=\"text/empty: reason\"/>");
  r.l.diags.report({"text/empty", Severity::error, "as an error"}, {r.f, 3, 1}, "an error with the code");
  r.l.diags.warning({r.f, 3, 1}, "a warning without a code");
  const auto left = r.after_apply();
  CHECK(left == std::vector<std::string>{"3:1: error: an error with the code [text/empty]",
                                         "3:1: warning: a warning without a code"});
}

TEST_CASE("a suppression needs a reason and well-formed codes, and may not name an error") {
  Case r(
      "<section type=\"text\" suppress=\"text/empty\"/>\n"                         // 3
      "<section type=\"text\" suppress=\": no code\"/>\n"                          // 4
      "<section type=\"text\" suppress=\"Text empty: reason\"/>\n"                 // 5
      "<section type=\"text\" suppress=\"kpis/target-wrong-way: it is fine\"/>\n"  // 6
      "<section type=\"text\" suppress=\"text/emtpy: typo\"/>");                   // 7
  const auto lines = r.l.lines();
  const std::string f = r.f;
  CHECK(lines == std::vector<std::string>{
                     f + ":3:22: error: the suppression on <section> gives no reason",
                     f + ":4:22: error: the suppression on <section> names no code",
                     f + ":5:22: error: 'Text' in the suppression on <section> is not a diagnostic code",
                     f + ":5:22: error: 'empty' in the suppression on <section> is not a diagnostic code",
                     f + ":6:22: error: 'kpis/target-wrong-way' is an error, and errors cannot be suppressed",
                     f + ":7:22: warning: the suppression on <section> names the unknown code 'text/emtpy'"});
  CHECK(r.l.hints_of("unknown code") == std::vector<std::string>{"did you mean 'text/empty'?"});
}

TEST_CASE("an unused suppression is a warning, unless the plan has errors") {
  Case clean("<section type=\"text\" id=\"t\" suppress=\"text/empty: reason\"/>");
  CHECK(clean.after_apply() ==
        std::vector<std::string>{
            "3:29: warning: the suppression of 'text/empty' on section 't' suppressed nothing "
            "[suppress/unused]"});

  Case failing("<section type=\"text\" id=\"t\" suppress=\"text/empty: reason\"/>");
  failing.report(wrong_way, 3, 1, "an error elsewhere");
  CHECK(failing.after_apply() ==
        std::vector<std::string>{"3:1: error: an error elsewhere [kpis/target-wrong-way]"});
}

TEST_CASE("codes of a section type no plugin provides are not called unknown") {
  TempDir dir;
  const auto f =
      dir.write("plan.xml", plantest::plan_with("<section type=\"risks\" suppress=\"risks/x: reason\"/>"));
  Loaded l = plantest::load(f);
  detail::KnownCodes k = known();
  k.unavailable_areas.insert("risks");
  detail::Suppressions s;
  s.collect(*l.plan, k, l.diags);
  CHECK_MESSAGE(l.diags.empty(), plantest::dump(l));
}

TEST_CASE("suppress is an attribute of every element: no attribute check reports it") {
  TempDir dir;
  const auto f = dir.write(
      "plan.xml",
      plantest::plan_with(
          "<section type=\"text\" suppress=\"text/empty: r\"><p suppress=\"block/empty-paragraph: r\">x "
          "<b suppress=\"text/empty: r\">y</b></p></section>"));
  Loaded l = plantest::load(f);
  CHECK_MESSAGE(l.lines().empty(), plantest::dump(l));
}
