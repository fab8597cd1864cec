// Generic blocks: <p>, <list>, <table>, <note> → document blocks, and their checks.
#include "plan_test_util.hpp"
#include "plan/view_access.hpp"

using planforge::Element;
using plantest::Loaded;
using plantest::TempDir;

namespace {

struct Section {
  TempDir dir;
  std::string f;
  Loaded l;
  explicit Section(const std::string& body) {
    const auto p = dir.write(
        "plan.xml", plantest::plan_with("<section type=\"text\" id=\"s\">\n" + body + "\n</section>"));
    f = p.generic_string();
    l = plantest::load(p);
    REQUIRE_MESSAGE(l.plan != nullptr, plantest::dump(l));
  }
  Element section() const { return planforge::detail::element_of(l.plan->sections.at(0).node); }
  std::vector<std::string> check() const {
    planforge::Diagnostics diags;
    const planforge::PlanView view = planforge::detail::view_of(l.plan.get());
    planforge::detail::check_generic_blocks(section(), diags, view);
    std::vector<std::string> out;
    for (const auto& d : diags.sorted())
      out.push_back(d.location.to_string() + ": " + planforge::to_string(d.severity) + ": " + d.message);
    return out;
  }
  std::vector<std::string> hints_of(const std::string& text) const {
    planforge::Diagnostics diags;
    const planforge::PlanView view = planforge::detail::view_of(l.plan.get());
    planforge::detail::check_generic_blocks(section(), diags, view);
    for (const auto& d : diags.sorted())
      if (d.message.find(text) != std::string::npos) return d.hints;
    return {};
  }
};

}  // namespace

TEST_CASE("generic_block builds paragraphs, lists, tables and callouts") {
  Section s(
      "<p id=\"p1\">Hello <b>world</b></p>\n"
      "<list ordered=\"true\"><item "
      "id=\"i1\">One<list><item>Sub</item></list></item><item>Two</item></list>\n"
      "<table caption=\"Costs\" id=\"t1\"><row header=\"true\"><cell>Item</cell><cell "
      "align=\"right\">Cost</cell></row>"
      "<row><cell colspan=\"2\">Total</cell></row></table>\n"
      "<note kind=\"warning\" title=\"Mind\"><p>A</p><p>B</p></note>\n"
      "<note>Plain note</note>\n"
      "<subsection title=\"S\"><p>x</p></subsection>\n"
      "<goal/>");
  CHECK_MESSAGE(s.l.lines().empty(), plantest::dump(s.l));
  CHECK(s.check().empty());
  const auto blocks = s.section().children();
  REQUIRE(blocks.size() == 7);

  const auto p = planforge::detail::generic_block(blocks[0]);
  REQUIRE(p);
  const auto& para = std::get<planforge::Paragraph>(*p);
  CHECK(para.anchor == "p1");
  REQUIRE(para.text.size() == 2);
  CHECK(para.text[1].bold);

  const auto list_block = planforge::detail::generic_block(blocks[1]);
  const auto& list = std::get<planforge::List>(list_block.value());
  CHECK(list.ordered);
  REQUIRE(list.items.size() == 2);
  CHECK(planforge::to_plain_text(list.items[0].text) == "One");
  CHECK(list.items[0].anchor == "i1");
  REQUIRE(list.items[0].children.size() == 1);
  CHECK(planforge::to_plain_text(list.items[0].children[0].items.at(0).text) == "Sub");
  CHECK_FALSE(list.items[0].children[0].ordered);

  const auto table_block = planforge::detail::generic_block(blocks[2]);
  const auto& table = std::get<planforge::Table>(table_block.value());
  CHECK(table.caption == "Costs");
  CHECK(table.anchor == "t1");
  REQUIRE(table.rows.size() == 2);
  CHECK(table.rows[0].header);
  CHECK(table.rows[0].cells.at(1).align == planforge::Align::right);
  CHECK(table.rows[1].cells.at(0).colspan == 2);
  CHECK_FALSE(table.rows[1].header);

  const auto warn_block = planforge::detail::generic_block(blocks[3]);
  const auto& warn = std::get<planforge::Callout>(warn_block.value());
  CHECK(warn.kind == planforge::CalloutKind::warning);
  CHECK(warn.title == "Mind");
  CHECK(warn.paragraphs.size() == 2);
  const auto info_block = planforge::detail::generic_block(blocks[4]);
  const auto& info = std::get<planforge::Callout>(info_block.value());
  CHECK(info.kind == planforge::CalloutKind::info);
  REQUIRE(info.paragraphs.size() == 1);
  CHECK(planforge::to_plain_text(info.paragraphs[0]) == "Plain note");

  // Subsections are the section builder's (they need heading levels); others are no block.
  CHECK_FALSE(planforge::detail::generic_block(blocks[5]));
  CHECK(blocks[5].is_generic_block());
  CHECK_FALSE(planforge::detail::generic_block(blocks[6]));
  CHECK_FALSE(blocks[6].is_generic_block());
}

TEST_CASE("check_generic_blocks reports every mistake in the blocks, wherever they stand") {
  Section s(
      "<p align=\"left\">x<strong>y</strong></p>\n"
      "<list ordered=\"yes\"><li>a</li></list>\n"
      "<list/>\n"
      "<table><row><cell>a</cell><cell>b</cell></row><row><cell colspan=\"0\">c</cell></row><row "
      "header=\"true\"><cell align=\"middle\">d</cell><cell>e</cell></row></table>\n"
      "<table/>\n"
      "<note kind=\"tip\">loose <p>and para</p></note>\n"
      "<subsection><para>z</para></subsection>\n"
      "<goal><description><p><bogus/></p></description></goal>");
  CHECK_MESSAGE(s.l.lines().empty(), plantest::dump(s.l));
  const std::string f = s.f;
  CHECK(s.check() ==
        std::vector<std::string>{
            f + ":4:4: error: unknown attribute 'align' on <p>",
            f + ":4:18: error: unknown element <strong> in <p>", f + ":5:1: error: <list> has no <item>",
            f + ":5:7: error: attribute 'ordered' of <list> must be 'true' or 'false', not 'yes'",
            f + ":5:21: error: unknown element <li> in <list>", f + ":6:1: error: <list> has no <item>",
            f + ":7:47: error: row spans 1 column but the first row spans 2",
            f + ":7:58: error: colspan must be a whole number of at least 1, not '0'",
            f + ":7:84: warning: header row below body rows",
            f + ":7:109: error: attribute 'align' of <cell> must be left, center or right, not 'middle'",
            f + ":8:1: error: <table> has no <row>",
            f + ":9:1: error: <note> holds either text or <p> paragraphs, not both",
            f + ":9:7: error: attribute 'kind' of <note> must be info or warning, not 'tip'",
            f + ":10:1: error: <subsection> is missing attribute 'title'",
            f + ":10:1: warning: <subsection> is empty",
            f + ":10:13: error: unknown element <para> in <subsection>",
            f + ":11:23: error: unknown element <bogus> in <p>"});
  CHECK(s.hints_of("<strong>") == std::vector<std::string>{"did you mean 'b'?"});
  CHECK(s.hints_of("<li>") == std::vector<std::string>{"did you mean 'item'?"});
  CHECK(s.hints_of("<para>") == std::vector<std::string>{"did you mean 'p'?"});
  CHECK(s.hints_of("<bogus>") == std::vector<std::string>{"<p> holds b, i, sub, sup, br, link and ref"});
  CHECK(s.hints_of("'align' on <p>") ==
        std::vector<std::string>{
            "<p> takes id, page-break-before, keep-with-next, keep-together and orientation"});
}
