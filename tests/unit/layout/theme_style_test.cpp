// What the theme's <headings>, <tables> and <links> settings do to the laid-out page.

#include "layout_fixture.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::test;

namespace {

detail::PageSet lay_out_with(const detail::Theme& theme, const detail::DocumentInput& in) {
  Diagnostics diags;
  return detail::layout_document(in, theme, test_fonts(), diags);
}

Table striped_table() {
  Table t;
  t.striped = true;
  TableRow head;
  head.header = true;
  head.cells = {Cell{plain("Measure")}, Cell{plain("Today")}};
  t.rows.push_back(head);
  for (const char* name : {"Renewal rate", "First contact resolution", "Depot turnaround", "Satisfaction"}) {
    TableRow r;
    r.cells = {Cell{plain(name)}, Cell{plain("71 %")}};
    t.rows.push_back(r);
  }
  return t;
}

// The last page holding `text` (the body, not the contents), and the text item itself.
std::pair<const detail::Page*, const detail::PlacedText*> find(const detail::PageSet& set,
                                                               const std::string& text) {
  for (auto page = set.pages.rbegin(); page != set.pages.rend(); ++page)
    if (const auto* t = find_text(*page, text)) return {&*page, t};
  return {nullptr, nullptr};
}

std::size_t filled_rects(const detail::Page& page, Color colour) {
  std::size_t n = 0;
  for (const auto& item : page.items)
    if (const auto* r = std::get_if<detail::PlacedRect>(&item); r && r->fill == colour) ++n;
  return n;
}

}  // namespace

TEST_CASE("table header styles: filled, tinted and ruled — stripes only where the theme allows") {
  detail::DocumentInput in = base_input();
  in.body.push_back(heading(1, "Numbers", "1"));
  in.body.push_back(striped_table());
  detail::Theme theme = test_theme();
  const Palette& pal = theme.palette;

  auto filled = lay_out_with(theme, in);
  auto [page, head] = find(filled, "Measure");
  REQUIRE(head);
  CHECK(head->color == Color{255, 255, 255});
  CHECK(filled_rects(*page, pal.primary) >= 2);  // the header cells
  CHECK(filled_rects(*page, pal.subtle) >= 2);   // stripes

  theme.tables.header = detail::TableStyle::Header::tinted;
  auto tinted = lay_out_with(theme, in);
  std::tie(page, head) = find(tinted, "Measure");
  CHECK(head->color == pal.primary);
  CHECK(filled_rects(*page, pal.primary.tint(0.88)) >= 2);

  theme.tables.header = detail::TableStyle::Header::ruled;
  theme.tables.stripes = false;
  auto ruled = lay_out_with(theme, in);
  std::tie(page, head) = find(ruled, "Measure");
  CHECK(head->color == pal.text);
  CHECK(filled_rects(*page, pal.primary) == 0);
  CHECK(filled_rects(*page, pal.subtle) == 0);
}

TEST_CASE("headings: the heading face down to face-levels, the heading colour, a bar under sections") {
  detail::DocumentInput in = base_input();
  in.body.push_back(heading(1, "Executive Summary", "1"));
  in.body.push_back(heading(2, "Goals at a glance", "1.1"));
  in.body.push_back(heading(3, "Retain the base", "1.1.1"));
  detail::Theme theme = test_theme();
  theme.headings.display_levels = 2;
  theme.headings.color = detail::PaletteRole::accent;
  theme.headings.rule = detail::HeadingStyle::Rule::bar;
  auto set = lay_out_with(theme, in);
  auto [page, h1] = find(set, "Executive Summary");
  REQUIRE(h1);
  CHECK(h1->style == FontStyle::heading);
  CHECK(h1->color == theme.palette.accent);
  CHECK(find(set, "Goals at a glance").second->style == FontStyle::heading);
  CHECK(find(set, "Retain the base").second->style == FontStyle::bold);
  bool bar = false;
  for (const auto& item : page->items)
    if (const auto* r = std::get_if<detail::PlacedRect>(&item);
        r && r->fill == theme.palette.primary && r->height > 2)
      bar = bar || r->width < 100;
  CHECK(bar);
}

TEST_CASE("links and references take the theme's link colour") {
  detail::DocumentInput in = base_input();
  in.body.push_back(heading(1, "Tools", "1"));
  Paragraph p;
  p.text = plain("See ");
  Run link;
  link.text = "the portal";
  link.link = "https://support.example";
  p.text.push_back(link);
  in.body.push_back(p);
  detail::Theme theme = test_theme();
  theme.link_color = detail::PaletteRole::accent;
  auto set = lay_out_with(theme, in);
  const auto* t = find(set, "the portal").second;
  REQUIRE(t);
  CHECK(t->color == theme.palette.accent);
}
