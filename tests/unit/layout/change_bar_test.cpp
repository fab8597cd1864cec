// render --changes-since: rows and headings of changed elements get a bar in the margin.
#include "layout_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace planforge;
using namespace planforge::test;

namespace {

// The change bars on a page: accent-coloured rectangles left of the text column.
std::vector<const detail::PlacedRect*> bars(const detail::Page& page) {
  std::vector<const detail::PlacedRect*> out;
  for (const auto& item : page.items)
    if (const auto* r = std::get_if<detail::PlacedRect>(&item))
      if (r->fill && *r->fill == test_theme().palette.accent && r->x + r->width < test_theme().margin_left)
        out.push_back(r);
  return out;
}

}  // namespace

TEST_CASE("change bars: beside the rows and headings of what changed, nowhere else") {
  detail::DocumentInput in = base_input();
  in.body.push_back(heading(1, "Scorecard", "1", "kpis"));
  in.body.push_back(heading(2, "Help desk", "1.1", "grp"));
  Table t;
  for (const char* id : {"k-a", "k-b", "k-c"}) {
    TableRow row;
    row.anchor = id;
    row.cells.push_back(Cell{plain(std::string("KPI ") + id)});
    t.rows.push_back(row);
  }
  in.body.push_back(t);

  // Nothing changed: no bar.
  auto set = lay_out(in);
  for (const auto& page : set.pages) CHECK(bars(page).empty());

  in.changed = {"k-b", "grp"};
  set = lay_out(in);
  const auto page = pages_with(set, "KPI k-b");
  REQUIRE(page.size() == 1);
  const auto marks = bars(set.pages[page[0]]);
  REQUIRE(marks.size() == 2);
  // One beside the heading "Help desk", one beside the row of k-b and not k-a or k-c.
  const auto* row_text = find_text(set.pages[page[0]], "KPI k-b");
  const auto* above = find_text(set.pages[page[0]], "KPI k-a");
  const auto* below = find_text(set.pages[page[0]], "KPI k-c");
  const auto* head = find_text(set.pages[page[0]], "Help desk");
  REQUIRE((row_text && above && below && head));
  auto spans = [](const detail::PlacedRect* r, double baseline) {
    return r->y < baseline && baseline < r->y + r->height;
  };
  CHECK(std::count_if(marks.begin(), marks.end(), [&](auto* r) { return spans(r, row_text->baseline); }) ==
        1);
  CHECK(std::count_if(marks.begin(), marks.end(), [&](auto* r) { return spans(r, head->baseline); }) == 1);
  CHECK(std::none_of(marks.begin(), marks.end(),
                     [&](auto* r) { return spans(r, above->baseline) || spans(r, below->baseline); }));
}
