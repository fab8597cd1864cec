// The core-owned structure: <plan>, <vars>, <section> attributes, ids, inline markup.
#include "plan_test_util.hpp"

using plantest::Loaded;
using plantest::TempDir;

using One = plantest::OnePlan;

TEST_CASE("unknown elements and attributes of <plan> and <section> get did-you-mean hints") {
  One t(
      "<plan format=\"1\" id=\"t\" version=\"1.0\" lnag=\"en\">\n"
      "<meta><title>T</title></meta>\n"
      "<sectoin type=\"text\"/>\n"
      "<section type=\"text\" tilte=\"X\" appendix=\"yes\"/>\n"
      "</plan>\n");
  CHECK(t.lines() ==
        std::vector<std::string>{
            "1:39: error: unknown attribute 'lnag' on <plan>",
            "3:1: error: unknown element <sectoin> in <plan>",
            "4:22: error: unknown attribute 'tilte' on <section>",
            "4:32: error: attribute 'appendix' of <section> must be 'true' or 'false', not 'yes'"});
  CHECK(t.hints() ==
        std::vector<std::string>{"did you mean 'lang'?", "did you mean 'section'?", "did you mean 'title'?"});
}

TEST_CASE("an attribute far from every known one lists what is allowed") {
  One t(plantest::plan_with("<section type=\"text\" colour=\"red\"/>"));
  CHECK(t.lines() == std::vector<std::string>{"3:22: error: unknown attribute 'colour' on <section>"});
  CHECK(t.l.hints_of("colour") ==
        std::vector<std::string>{
            "<section> takes type, id, title, label, appendix, start, min-space and orientation"});
}

TEST_CASE("a section needs a type — its attributes fill the section list") {
  One t(
      plantest::plan_with("<section id=\"a\" title=\"  Alpha\n beta \" label=\"IV\" appendix=\"true\"/>\n"
                          "<section type=\"\"/>"));
  CHECK(t.lines() == std::vector<std::string>{"3:1: error: section 'a' is missing attribute 'type'",
                                              "5:10: error: attribute 'type' of <section> is empty"});
  REQUIRE(t.l.plan != nullptr);
  const auto& s = t.l.plan->sections;
  REQUIRE(s.size() == 2);
  CHECK(s[0].id == "a");
  CHECK(s[0].title == "Alpha beta");
  CHECK(s[0].label == "IV");
  CHECK(s[0].appendix);
  CHECK_FALSE(s[1].appendix);
}

TEST_CASE("<plan> holds one <meta>, at most one <vars>, and no loose text") {
  One t("<plan format=\"1\">\nstray words\n<section type=\"text\"/>\n<vars/>\n<vars/>\n</plan>");
  CHECK(t.lines() ==
        std::vector<std::string>{"1:1: error: <plan> has no <meta>", "2:1: error: unexpected text in <plan>",
                                 "4:1: note: first <vars> is here", "5:1: error: <vars> is given twice"});
}

TEST_CASE("a plan without sections is a warning") {
  One t(plantest::plan_with(""));
  CHECK(t.lines() == std::vector<std::string>{"1:1: warning: the plan has no sections"});
}

TEST_CASE("<vars> holds <var name> elements of plain text") {
  One t(plantest::plan_with(
      "<vars kind=\"x\"><variable name=\"a\"/><var name=\"b\" value=\"1\">x<b>y</b></var></vars>\n"
      "<section type=\"text\"/>"));
  CHECK(t.lines() ==
        std::vector<std::string>{"3:7: error: unknown attribute 'kind' on <vars>",
                                 "3:16: error: unknown element <variable> in <vars>",
                                 "3:50: error: unknown attribute 'value' on <var>",
                                 "3:61: error: <var> holds plain text; <b> is not allowed here"});
}

TEST_CASE("an invalid language tag") {
  One t("<plan format=\"1\" lang=\"english\"><meta><title>T</title></meta><section type=\"text\"/></plan>");
  CHECK(t.lines() == std::vector<std::string>{"1:18: error: invalid language tag 'english'"});
}

TEST_CASE("duplicate ids across the plan: error at the second, note at the first") {
  One t(
      plantest::plan_with("<section type=\"text\" id=\"a\"><p id=\"x\">one</p></section>\n"
                          "<section type=\"text\" id=\"x\"/>"));
  CHECK(t.lines() ==
        std::vector<std::string>{"3:32: note: 'x' first defined here", "4:22: error: duplicate id 'x'"});
  REQUIRE(t.l.plan != nullptr);
  // The first definition wins in the index.
  CHECK(t.l.plan->ids.find("x")->name == "p");
  CHECK(t.l.plan->ids.find("a")->name == "section");
}

TEST_CASE("ids are single non-empty words — <plan id> is not indexed") {
  One t(plantest::plan_with("<section type=\"text\" id=\"two words\"/><section type=\"text\" id=\" \"/>"));
  CHECK(t.lines() == std::vector<std::string>{"3:22: error: id 'two words' contains white space",
                                              "3:59: error: empty id on <section>"});
  REQUIRE(t.l.plan != nullptr);
  CHECK_FALSE(t.l.plan->ids.contains("t"));
}

TEST_CASE("<ref to> must name an existing id, with a hint for a near miss") {
  One t(plantest::plan_with("<section type=\"text\" id=\"intro\"><p>See <ref to=\"intr\"/>.</p></section>"));
  CHECK(t.lines() == std::vector<std::string>{"3:45: error: reference to unknown id 'intr'"});
  CHECK(t.l.hints_of("unknown id") == std::vector<std::string>{"did you mean 'intro'?"});
}

TEST_CASE("refs are checked in any element, whichever plugin owns it, and in included files") {
  One t(
      plantest::plan_with("<section type=\"mission\"><goal id=\"g\"><objective>Up <ref to=\"g\"/> <ref "
                          "to=\"nope\"/></objective></goal></section>"));
  CHECK(t.lines() == std::vector<std::string>{"3:71: error: reference to unknown id 'nope'"});
}

TEST_CASE("inline markup: allowed attributes and content") {
  One t(
      plantest::plan_with("<section type=\"text\"><p><b class=\"x\">a</b> <link>b</link> <i><p>c</p></i> "
                          "<ref/> <ref to=\"s\"><b>d</b></ref></p></section>",
                          ""));
  // The section has no id "s": the last ref is reported as unknown as well.
  CHECK(t.lines() ==
        std::vector<std::string>{
            "3:28: error: unknown attribute 'class' on <b>",
            "3:44: error: <link> is missing attribute 'href'", "3:62: error: unknown element <p> in <i>",
            "3:75: error: <ref> is missing attribute 'to'", "3:87: error: reference to unknown id 's'",
            "3:94: error: <ref> holds plain text; <b> is not allowed here"});
}

TEST_CASE("<include> where no section may stand") {
  One t(plantest::plan_with("<section type=\"text\"><include href=\"x.xml\"/></section>"));
  CHECK(t.lines() == std::vector<std::string>{"3:22: error: <include> is not allowed inside <section>"});
}

TEST_CASE("namespace declarations and xsi: attributes (an editor's schema hint) are accepted") {
  One t(
      "<plan format=\"1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "      xsi:noNamespaceSchemaLocation=\"../docs/planforge.xsd\">\n"
      "<meta><title>T</title></meta><section type=\"text\" xml:lang=\"en\"/></plan>");
  CHECK_MESSAGE(t.l.lines().empty(), plantest::dump(t.l));
}
