// Grids in the page flow: how their rows keep together (keep_rules.cpp, rule 4 for grids),
// each pushed through every position on a page by filler lines of every count, and pictures
// in their cells.
#include "layout_fixture.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace planforge;
using namespace planforge::test;

namespace {

// A boxed cell of `lines` lines, the first reading `name`.
GridCell cell_named(const std::string& name, int lines = 3) {
  GridCell c;
  std::string text = name;
  for (int l = 1; l < lines; ++l) text += "\nline " + std::to_string(l) + " of " + name;
  c.blocks.push_back(Paragraph{plain(text)});
  c.border = Color{90, 90, 90};
  return c;
}

// A band: one cell across the grid's columns.
GridCell band(const std::string& name, int columns) {
  GridCell c = cell_named(name, 1);
  c.colspan = columns;
  c.fill = Color{220, 230, 240};
  return c;
}

}  // namespace

TEST_CASE("a split grid leaves at least two rows on each side: a row never stands alone") {
  for (int filler = 0; filler < 60; ++filler) {
    auto in = with_filler(filler);
    Grid g;
    g.flow.keep_together = Choice::no;  // not moved whole, so that it splits wherever it falls
    for (int r = 0; r < 8; ++r)
      for (int c = 0; c < 2; ++c)
        g.cells.push_back(cell_named("r" + std::to_string(r) + "c" + std::to_string(c)));
    in.body.push_back(g);
    const auto set = lay_out(in);
    CAPTURE(filler);
    std::map<int, int> rows;
    for (int r = 0; r < 8; ++r) {
      const int p = page_of(set, "r" + std::to_string(r) + "c0");
      CHECK(page_of(set, "r" + std::to_string(r) + "c1") == p);            // a row is one piece
      CHECK(page_of(set, "line 2 of r" + std::to_string(r) + "c0") == p);  // and never cut
      ++rows[p];
    }
    for (const auto& [page, count] : rows) CHECK(count >= 2);
  }
}

TEST_CASE("a band keeps the row under it — a band closing the grid keeps the row above") {
  bool split_seen = false;
  for (int filler = 0; filler < 60; ++filler) {
    auto in = with_filler(filler);
    Grid g;
    g.columns = 3;
    g.flow.keep_together = Choice::no;
    for (const std::string group : {"A", "B", "C"}) {
      g.cells.push_back(band("Group " + group, 3));
      for (int i = 0; i < 6; ++i) g.cells.push_back(cell_named(group + "-" + std::to_string(i), 4));
    }
    g.cells.push_back(band("Grid total", 3));
    in.body.push_back(g);
    const auto set = lay_out(in);
    CAPTURE(filler);
    for (const std::string group : {"A", "B", "C"})
      CHECK(page_of(set, "Group " + group) == page_of(set, group + "-0"));
    CHECK(page_of(set, "Grid total") == page_of(set, "C-5"));
    split_seen = split_seen || page_of(set, "Group A") != page_of(set, "Grid total");
  }
  CHECK(split_seen);  // the grid did break across pages at some fillers
}

TEST_CASE("GridRow: keep_with_next holds two rows together — keep_together = false lets a tall row be cut") {
  for (int filler = 0; filler < 60; filler += 3) {
    auto in = with_filler(filler);
    Grid g;
    g.flow.keep_together = Choice::no;
    for (int r = 0; r < 10; ++r)
      for (int c = 0; c < 2; ++c)
        g.cells.push_back(cell_named("k" + std::to_string(r) + "c" + std::to_string(c)));
    g.rows.resize(5);
    g.rows[4].keep_with_next = true;  // row 4 stays with row 5
    in.body.push_back(g);
    const auto set = lay_out(in);
    CAPTURE(filler);
    CHECK(page_of(set, "k4c0") == page_of(set, "k5c0"));
  }
  // A row of about half a page in the middle of five (rule 2 holds the two at each end): kept
  // whole by default (it moves to the next page), cut where the page ends when its GridRow
  // allows it.
  for (const bool together : {true, false}) {
    auto in = with_filler(25);
    Grid g;
    g.columns = 1;
    for (const char* name : {"first", "second"}) g.cells.push_back(cell_named(name, 2));
    g.cells.push_back(cell_named("tall", 30));
    for (const char* name : {"fourth", "fifth"}) g.cells.push_back(cell_named(name, 2));
    g.rows.resize(3);
    g.rows[2].keep_together = together;
    g.flow.keep_together = Choice::no;
    in.body.push_back(g);
    const auto set = lay_out(in);
    CAPTURE(together);
    const bool cut = page_of(set, "tall") != page_of(set, "line 29 of tall");
    CHECK(cut == !together);
    CHECK(page_of(set, "first") == page_of(set, "second"));
    CHECK(page_of(set, "fourth") == page_of(set, "fifth"));
  }
}

TEST_CASE("an image in a grid cell: inside the cell at most its width, with its caption and alt") {
  auto in = base_input();
  in.body.push_back(heading(1, "Pictures", "1"));
  detail::RasterImage picture;
  picture.width = 800;
  picture.height = 400;
  picture.rgb.assign(800 * 400 * 3, 200);
  in.picture_index["/plans/site.png"] = in.pictures.size();
  in.pictures.push_back(picture);
  Grid g;
  GridCell left = cell_named("Beside the picture");
  left.fill = Color{240, 240, 240};
  GridCell right;
  right.fill = Color{230, 240, 250};
  right.blocks.push_back(Image{.file = "/plans/site.png", .alt = "The depot floor", .caption = "The depot"});
  g.cells = {left, right};
  in.body.push_back(g);
  Diagnostics diags;
  const auto set = lay_out(in, diags);
  CHECK(diags.empty());
  const int p = page_of(set, "The depot");
  const detail::PlacedRect* box = nullptr;
  const detail::PlacedImage* image = nullptr;
  for (const auto& item : set.pages[p].items) {
    if (const auto* r = std::get_if<detail::PlacedRect>(&item); r && r->fill == Color{230, 240, 250}) box = r;
    if (const auto* i = std::get_if<detail::PlacedImage>(&item)) image = i;
  }
  REQUIRE(box);
  REQUIRE(image);
  // Natural size (600 pt) is wider than the cell: the picture takes the cell's inside.
  const double pad = test_theme().body_size * 0.8;
  CHECK(image->x >= box->x + pad - 0.01);
  CHECK(image->x + image->width <= box->x + box->width - pad + 0.01);
  CHECK(image->width == doctest::Approx(box->width - 2 * pad).epsilon(0.01));
  CHECK(image->height == doctest::Approx(image->width / 2).epsilon(0.01));
  CHECK(image->y >= box->y);
  CHECK(find_text(set.pages[p], "The depot")->baseline > image->y + image->height);  // caption under it
  CHECK(page_of(set, "Beside the picture") == p);
  bool alt = false;
  for (const auto& e : set.structure.elements()) alt = alt || e.alt == "The depot floor";
  CHECK(alt);
}
