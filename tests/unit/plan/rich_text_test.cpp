// Element::rich_text and Element::text: markup to runs, white space as a reader expects.
#include "plan_test_util.hpp"
#include "plan/view_access.hpp"

using plantest::Loaded;
using plantest::TempDir;

namespace {

// Loads a text section holding `content` and returns its first child element.
struct Content {
  TempDir dir;
  Loaded l;
  explicit Content(const std::string& content) {
    l = plantest::load(
        dir.write("plan.xml",
                  plantest::plan_with(
                      "<section type=\"text\" id=\"s\">" + content +
                      "</section>\n"
                      "<section type=\"text\" id=\"a\" title=\"Alpha\"/><section type=\"text\" id=\"b\"/>")));
    REQUIRE_MESSAGE(l.plan != nullptr, plantest::dump(l));
  }
  planforge::Element first() const {
    return planforge::detail::element_of(l.plan->sections.at(0).node).children().at(0);
  }
};

struct R {  // a run, compactly: text and its styles
  std::string text;
  std::string
      style;  // "", "b", "i", "bi", "^" superscript, "_" subscript, "link:URL", "ref:ID", "ref-:ID" (no page)
  friend bool operator==(const R&, const R&) = default;
};

std::vector<R> runs(const planforge::RichText& text) {
  std::vector<R> out;
  for (const auto& r : text) {
    std::string style = r.bold ? "b" : "";
    if (r.italic) style += "i";
    if (r.script == planforge::Script::superscript) style += "^";
    if (r.script == planforge::Script::subscript) style += "_";
    if (!r.link.empty()) style += "link:" + r.link;
    if (!r.ref.empty()) style += (r.show_page ? "ref:" : "ref-:") + r.ref;
    out.push_back({r.text, style});
  }
  return out;
}

}  // namespace

namespace doctest {
template <>
struct StringMaker<std::vector<R>> {
  static String convert(const std::vector<R>& v) {
    std::string out = "{";
    for (const auto& r : v) out += " [" + r.text + "|" + r.style + "]";
    return String((out + " }").c_str());
  }
};
}  // namespace doctest

TEST_CASE("white space collapses to single spaces, trimmed at the block's ends, outside markup") {
  Content c("<p>\n    Hello   <b>bold\n   text</b>  and <i>it<b>al</b></i>.\n  </p>");
  CHECK(runs(c.first().rich_text()) ==
        std::vector<R>{
            {"Hello ", ""}, {"bold text", "b"}, {" and ", ""}, {"it", "i"}, {"al", "bi"}, {".", ""}});
  CHECK(c.first().text() == "Hello bold text and ital.");
}

TEST_CASE("space only inside markup at the ends of a block disappears") {
  Content c("<p>  <b> x </b>  </p>");
  CHECK(runs(c.first().rich_text()) == std::vector<R>{{"x", "b"}});
}

TEST_CASE("a space between two styled runs goes to the first") {
  Content c("<p><b>bold</b> <i>italic</i></p>");
  CHECK(runs(c.first().rich_text()) == std::vector<R>{{"bold ", "b"}, {"italic", "i"}});
}

TEST_CASE("links: their text and address — spaces inside one link stay in it") {
  Content c(
      "<p>Visit <link href=\" https://x.org \">our <b>site</b></link> today, or <link "
      "href=\"mailto:a@b.c\"/>.</p>");
  CHECK(runs(c.first().rich_text()) == std::vector<R>{{"Visit ", ""},
                                                      {"our ", "link:https://x.org"},
                                                      {"site", "blink:https://x.org"},
                                                      {" today, or ", ""},
                                                      {"mailto:a@b.c", "link:mailto:a@b.c"},
                                                      {".", ""}});
}

TEST_CASE("refs are runs of their own, with optional text, never holding a neighbour's space") {
  Content c("<p>See <ref to=\"a\"/>, <ref to=\"b\">the  other\n one</ref> <ref to=\"a\"/></p>");
  CHECK(runs(c.first().rich_text()) ==
        std::vector<R>{
            {"See ", ""}, {"", "ref:a"}, {", ", ""}, {"the other one", "ref:b"}, {" ", ""}, {"", "ref:a"}});
}

TEST_CASE("a nested list is not part of its item's text — CDATA is text") {
  Content c(
      "<list><item>One\n<list><item>Sub</item></list>\n</item><item><![CDATA[a <b> & c]]> d</item></list>");
  const auto items = c.first().children("item");
  REQUIRE(items.size() == 2);
  CHECK(runs(items[0].rich_text()) == std::vector<R>{{"One", ""}});
  CHECK(runs(items[1].rich_text()) == std::vector<R>{{"a <b> & c d", ""}});
  // text() keeps all words, blocks separated like words.
  CHECK(items[0].text() == "One Sub");
}

TEST_CASE("text() separates block elements that were only indented apart") {
  Content c("<note>\n  <p>First.</p>\n  <p>Second.</p>\n</note>");
  CHECK(c.first().text() == "First. Second.");
}

TEST_CASE("a reference takes the style around it and may leave out its page") {
  Content c(
      "<p><b>See <ref to=\"a\"/></b> (<ref to=\"b\" page=\"no\">the second</ref>), "
      "<i><ref to=\"a\" page=\"yes\"/></i>.</p>");
  CHECK(runs(c.first().rich_text()) == std::vector<R>{{"See ", "b"},
                                                      {"", "bref:a"},
                                                      {" (", ""},
                                                      {"the second", "ref-:b"},
                                                      {"), ", ""},
                                                      {"", "iref:a"},
                                                      {".", ""}});
}

TEST_CASE("<br/> is a newline with the white space around it dropped") {
  Content c("<p>First line <br/>  second <b>bold<br/></b> third<br/><br/>after a blank</p>");
  CHECK(runs(c.first().rich_text()) ==
        std::vector<R>{{"First line\nsecond ", ""}, {"bold\n", "b"}, {"third\n\nafter a blank", ""}});
  CHECK(c.first().text() == "First line second bold third after a blank");
  CHECK(planforge::to_plain_text(c.first().rich_text()) == "First line second bold third  after a blank");
}

TEST_CASE("<sup> and <sub> raise and lower runs, and nest with the other markup") {
  Content c(
      "<p>2,400 m<sup>2</sup>, CO<sub>2</sub> and <b>1<sup>st</sup></b> <sup><ref to=\"a\"/></sup></p>");
  CHECK(runs(c.first().rich_text()) == std::vector<R>{{"2,400 m", ""},
                                                      {"2", "^"},
                                                      {", CO", ""},
                                                      {"2", "_"},
                                                      {" and ", ""},
                                                      {"1", "b"},
                                                      {"st ", "b^"},
                                                      {"", "^ref:a"}});
}

TEST_CASE("the new markup is checked like the rest") {
  TempDir dir;
  const auto f = dir.write(
      "plan.xml",
      plantest::plan_with(
          "<section type=\"text\" id=\"s\"><p><br>x</br><ref to=\"s\" page=\"false\"/>"
          "<sup x=\"1\">a</sup><link href=\"https://a.example\"><ref to=\"s\"/></link></p></section>"));
  const Loaded l = plantest::load(f);
  const std::string p = f.generic_string();
  CHECK(l.lines() ==
        std::vector<std::string>{p + ":3:36: error: unexpected text in <br>",
                                 p + ":3:54: error: attribute 'page' of <ref> must be yes or no, not 'false'",
                                 p + ":3:73: error: unknown attribute 'x' on <sup>",
                                 p + ":3:117: error: unknown element <ref> in <link>"});
}
