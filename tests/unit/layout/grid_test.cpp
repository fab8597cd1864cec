// Grid blocks: cells of ordinary blocks in columns, with fill, border, padding, alignment.
#include "layout_fixture.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::test;

namespace {

const detail::Theme& theme = test_theme();

std::vector<const detail::PlacedRect*> rects_filled(const detail::Page& page, Color fill) {
  std::vector<const detail::PlacedRect*> out;
  for (const auto& item : page.items)
    if (const auto* r = std::get_if<detail::PlacedRect>(&item); r && r->fill == fill) out.push_back(r);
  return out;
}

GridCell cell_of(std::vector<CellBlock> blocks, Color fill) {
  GridCell c;
  c.blocks = std::move(blocks);
  c.fill = fill;
  c.border = Color{10, 10, 10};
  return c;
}

}  // namespace

TEST_CASE("a 2x2 grid: cells side by side inside the column, rows as tall as their tallest cell") {
  auto in = base_input();
  in.body.push_back(heading(1, "Grid", "1"));
  Grid g;
  const Color fills[] = {{200, 230, 200}, {230, 200, 200}, {200, 200, 230}, {230, 230, 200}};
  List list;
  for (int i = 0; i < 3; ++i) list.items.push_back(ListItem{plain("item " + std::to_string(i)), {}, {}});
  g.cells.push_back(cell_of({Paragraph{bold("Strengths")}, list}, fills[0]));
  g.cells.push_back(cell_of({words_paragraph("long", 80)}, fills[1]));
  g.cells.push_back(cell_of({Paragraph{plain("Opportunities")}}, fills[2]));
  GridCell centred = cell_of({Paragraph{plain("Threats")}}, fills[3]);
  centred.align = Align::right;
  centred.valign = VAlign::bottom;
  g.cells.push_back(centred);
  in.body.push_back(g);
  const auto set = lay_out(in);
  const int p = pages_with(set, "Strengths").at(0);
  std::vector<const detail::PlacedRect*> boxes;
  for (const Color& c : fills) {
    const auto found = rects_filled(set.pages[p], c);
    REQUIRE(found.size() == 1);
    boxes.push_back(found[0]);
  }
  const double left = theme.margin_left, right = theme.page_width - theme.margin_right;
  CHECK(boxes[0]->x >= left - 0.01);
  CHECK(boxes[1]->x + boxes[1]->width <= right + 0.01);
  CHECK(boxes[0]->x + boxes[0]->width < boxes[1]->x);  // the gap between columns
  CHECK(boxes[0]->width == doctest::Approx(boxes[1]->width));
  CHECK(boxes[0]->height == doctest::Approx(boxes[1]->height));  // the row shares one height
  CHECK(boxes[2]->y > boxes[0]->y + boxes[0]->height);           // second row below the first
  // The long cell's text is wrapped by the paragraphs' line breaker inside its box.
  for (const auto* t : texts(set.pages[p]))
    if (t->text.find("long") != std::string::npos) {
      CHECK(t->x >= boxes[1]->x);
      CHECK(t->x + width_of(*t) <= boxes[1]->x + boxes[1]->width + 0.01);
    }
  // List items keep their markers; the right-aligned, bottom cell ends at its box's right.
  CHECK(find_text(set.pages[p], "item 2"));
  const auto* threats = find_text(set.pages[p], "Threats");
  REQUIRE(threats);
  const double pad = theme.body_size * 0.8;
  CHECK(threats->x + width_of(*threats) ==
        doctest::Approx(boxes[3]->x + boxes[3]->width - pad).epsilon(0.01));
  const auto* opportunities = find_text(set.pages[p], "Opportunities");
  CHECK(threats->baseline >= opportunities->baseline - 0.01);
}

TEST_CASE("grid rows are units: a row never splits from a two-row grid's other row when small") {
  for (int filler = 30; filler < 44; filler += 2) {
    auto in = base_input();
    in.body.push_back(heading(1, "Grid", "1"));
    for (int i = 0; i < filler; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
    Grid g;
    g.columns = 3;
    g.widths = {2, 1, 1};
    for (int i = 0; i < 6; ++i)
      g.cells.push_back(cell_of({Paragraph{plain("Cell " + std::to_string(i))}}, Color{1, 2, 3}));
    g.anchor = "grid";
    in.body.push_back(g);
    const auto set = lay_out(in);
    const int p = pages_with(set, "Cell 0").at(0);
    CHECK(pages_with(set, "Cell 5").at(0) == p);  // small blocks move whole
    const auto cells = rects_filled(set.pages[p], Color{1, 2, 3});
    REQUIRE(cells.size() == 6);
    CHECK(cells[0]->width > 1.9 * cells[1]->width);  // widths are shares
  }
}

TEST_CASE("a grid cell's colspan spans columns — odd cells start a new row — bad sizes are tamed") {
  auto in = base_input();
  in.body.push_back(heading(1, "Grid", "1"));
  Grid g;
  g.columns = 0;  // clamped to 1 .. 12
  g.gap = -5;
  g.cells.push_back(cell_of({Paragraph{plain("alone")}}, Color{4, 5, 6}));
  Grid spans;
  spans.columns = 3;
  GridCell wide = cell_of({Paragraph{plain("wide")}}, Color{7, 8, 9});
  wide.colspan = 2;
  spans.cells = {cell_of({Paragraph{plain("one")}}, Color{1, 1, 1}), wide,
                 cell_of({Paragraph{plain("next row")}}, Color{2, 2, 2})};
  in.body.push_back(g);
  in.body.push_back(spans);
  in.body.push_back(Grid{});  // empty: nothing drawn, nothing breaks
  Diagnostics diags;
  const auto set = lay_out(in, diags);
  CHECK(diags.empty());
  const int p = pages_with(set, "wide").at(0);
  const auto one = rects_filled(set.pages[p], Color{1, 1, 1});
  const auto two = rects_filled(set.pages[p], Color{7, 8, 9});
  const auto next = rects_filled(set.pages[p], Color{2, 2, 2});
  REQUIRE((one.size() == 1 && two.size() == 1 && next.size() == 1));
  CHECK(two[0]->width > 1.9 * one[0]->width);
  CHECK(next[0]->y > one[0]->y + one[0]->height);
  const auto alone = rects_filled(set.pages[pages_with(set, "alone").at(0)], Color{4, 5, 6});
  REQUIRE(alone.size() == 1);
  CHECK(alone[0]->width ==
        doctest::Approx(theme.page_width - theme.margin_left - theme.margin_right).epsilon(0.01));
}

TEST_CASE(
    "a grid cell draws the tables, key-values and callouts in it, whose rows are drawn only when placed") {
  auto in = base_input();
  in.body.push_back(heading(1, "Grid of boxes", "1"));
  Table table;
  table.rows = {row_of({"Quarter", "Target"}, true), row_of({"Q1 2027", "85 %"})};
  KeyValues kv;
  kv.items = {{"Owner", plain("Head of Service")}};
  Callout callout;
  callout.title = "Watch";
  callout.paragraphs.push_back(plain("callout body text"));
  Grid g;
  g.cells.push_back(cell_of({table}, Color{200, 230, 200}));
  g.cells.push_back(cell_of({kv, callout}, Color{230, 200, 200}));
  in.body.push_back(g);
  const auto set = lay_out(in);
  const int p = pages_with(set, "Quarter").at(0);
  for (const char* text :
       {"Target", "Q1 2027", "85 %", "Owner", "Head of Service", "Watch", "callout body text"})
    CHECK_MESSAGE(find_text(set.pages[p], text), text);
}
