#include "layout_fixture.hpp"
#include "layout/context.hpp"
#include "layout/table_model.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <numeric>

using namespace planforge;
using namespace planforge::test;
using detail::ColumnNeed;

namespace {

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

}  // namespace

TEST_CASE("column widths: preferred widths plus a proportional share of the rest") {
  const auto w = detail::distribute_widths({{10, 50}, {20, 150}}, {}, 400);
  CHECK(sum(w) == doctest::Approx(400));
  CHECK(w[0] == doctest::Approx(50 + 200 * 50 / 200.0));
  CHECK(w[1] == doctest::Approx(150 + 200 * 150 / 200.0));
}

TEST_CASE("column widths: short of room, each keeps its minimum and shares the rest") {
  const auto w = detail::distribute_widths({{40, 300}, {60, 100}}, {}, 200);
  CHECK(sum(w) == doctest::Approx(200));
  CHECK(w[0] >= 40);
  CHECK(w[1] >= 60);
  // 100 to share over (260 + 40) of wanted growth.
  CHECK(w[0] == doctest::Approx(40 + 260 * 100 / 300.0));
}

TEST_CASE("column widths: below the minimums everything shrinks in proportion") {
  const auto w = detail::distribute_widths({{100, 200}, {300, 400}}, {}, 200);
  CHECK(w[0] == doctest::Approx(50));
  CHECK(w[1] == doctest::Approx(150));
}

TEST_CASE("column widths: fixed fractions are honoured, the others share the rest") {
  const auto w = detail::distribute_widths({{10, 20}, {10, 20}, {10, 60}}, {0.5, 0, 0}, 400);
  CHECK(w[0] == doctest::Approx(200));
  CHECK(w[1] + w[2] == doctest::Approx(200));
  CHECK(w[2] == doctest::Approx(3 * w[1]));
}

TEST_CASE("balanced widths: room goes where it shortens rows, not to the longest text") {
  // Ten rows of a 150 pt name beside a 200 pt description, and one 1500 pt description.
  std::vector<ColumnNeed> needs{{50, 160}, {60, 1510}};
  std::vector<detail::CellNeed> cells;
  for (int r = 0; r < 10; ++r) {
    cells.push_back({0, 1, 150, 1, 10});
    cells.push_back({1, 1, 200, 1, 10});
  }
  cells.push_back({0, 1, 40, 1, 10});
  cells.push_back({1, 1, 1500, 1, 10});
  const auto classic = detail::distribute_widths(needs, {}, 300);
  const auto balanced = detail::balance_widths(needs, cells, {}, 300);
  CHECK(sum(balanced) == doctest::Approx(300));
  CHECK(balanced[0] >= needs[0].min);
  CHECK(balanced[1] >= needs[1].min);
  // Proportional sharing leaves the names about 70 pt: three lines on every row. Balanced,
  // names and descriptions both take two lines.
  auto lines = [](double text, double width) { return std::ceil(text / ((width - 10) * 0.9)); };
  CHECK(lines(150, classic[0]) >= 3);
  CHECK(lines(150, balanced[0]) <= 2);
  CHECK(lines(200, balanced[1]) <= 2);
}

TEST_CASE("a fixed share too narrow for its longest word is widened from the others") {
  const auto w = detail::balance_widths({{45, 45}, {20, 300}, {20, 40}}, {}, {0.05, 0, 0}, 300);
  CHECK(sum(w) == doctest::Approx(300));
  CHECK(w[0] == doctest::Approx(45));
  CHECK(w[1] >= 20);
  CHECK(w[2] >= 20);
}

TEST_CASE("column widths come from content: long text gets the room, short numbers do not") {
  Table t;
  t.rows.push_back(row_of({"KPI", "Description", "Target"}, true));
  t.rows.push_back(row_of({"FCR",
                           "Share of contacts resolved at the first contact without any "
                           "transfer, callback or escalation to a second line team",
                           "80"}));
  t.rows.push_back(row_of({"CSAT", "Customer satisfaction after a closed ticket", "4.5"}));
  auto in = base_input();
  Diagnostics diags;
  detail::LayoutContext ctx(in, test_theme(), test_fonts(), diags);
  const auto grid = detail::make_grid(t, 400, ctx);
  REQUIRE(grid.widths.size() == 3);
  CHECK(sum(grid.widths) == doctest::Approx(400));
  CHECK(grid.widths[1] > 2 * grid.widths[0]);
  CHECK(grid.widths[1] > 2 * grid.widths[2]);
  // No column is narrower than its longest word.
  const double description = test_fonts().text_width("Description", grid.size, FontStyle::bold);
  CHECK(grid.widths[1] >= description);
}

TEST_CASE("a long table repeats its header rows on every page it continues onto") {
  auto in = input_with_section("Scorecard");
  Table t;
  t.caption = "All indicators";
  t.rows.push_back(row_of({"Indicator", "Owner", "Target"}, true));
  for (int r = 0; r < 150; ++r)
    t.rows.push_back(row_of({"kpi-" + std::to_string(r), "Help desk lead", std::to_string(r)}));
  in.body.push_back(t);
  const auto set = lay_out(in);
  const auto first = pages_with(set, "kpi-0"), last = pages_with(set, "kpi-149");
  REQUIRE(first.size() == 1);
  REQUIRE(last.size() == 1);
  CHECK(last[0] >= first[0] + 2);
  for (int p = first[0]; p <= last[0]; ++p) {
    const auto* header = find_text(set.pages[p], "Indicator");
    REQUIRE_MESSAGE(header != nullptr, "page " << p);
    CHECK(header->color == Color{255, 255, 255});
    // The header is the first row on the page: above every body row.
    for (const auto* t : texts(set.pages[p]))
      if (t->text.rfind("kpi-", 0) == 0) CHECK(t->baseline > header->baseline);
  }
  // The caption is not repeated, the rows are all there exactly once.
  CHECK(pages_with(set, "All indicators").size() == 1);
  for (int r = 0; r < 150; ++r) CHECK(pages_with(set, "kpi-" + std::to_string(r)).size() == 1);
}

TEST_CASE("a split table keeps at least two body rows on each page it spans") {
  int crossings = 0;
  for (int filler = 10; filler < 40; ++filler) {
    auto in = input_with_section("Rows");
    for (int i = 0; i < filler; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
    Table t;
    t.rows.push_back(row_of({"Item", "Note"}, true));
    for (int r = 0; r < 14; ++r) t.rows.push_back(row_of({"row-" + std::to_string(r), "two\nlines"}));
    in.body.push_back(t);
    const auto set = lay_out(in);
    std::map<int, int> rows_per_page;
    for (int r = 0; r < 14; ++r) ++rows_per_page[pages_with(set, "row-" + std::to_string(r)).at(0)];
    crossings += rows_per_page.size() > 1;
    if (rows_per_page.size() > 1)
      for (const auto& [page, n] : rows_per_page)
        CHECK_MESSAGE(n >= 2, "filler " << filler << " page " << page << " rows " << n << " of "
                                        << rows_per_page.size() << " pages");
  }
  CHECK(crossings > 0);
}

TEST_CASE("a row taller than a page is split across pages, nothing lost or overflowing") {
  auto in = input_with_section("Giant row");
  Table t;
  t.rows.push_back(row_of({"Area", "Narrative"}, true));
  std::string narrative;
  const int words = 1800;
  for (int i = 0; i < words; ++i) narrative += (i ? " " : "") + std::string("g") + std::to_string(i);
  t.rows.push_back(row_of({"Operations", narrative}));
  t.rows.push_back(row_of({"After", "the giant"}));
  in.body.push_back(t);
  const auto set = lay_out(in);
  const double bottom = test_theme().page_height - test_theme().margin_bottom;
  std::set<std::string> seen;
  std::set<int> pages;
  for (std::size_t p = 1; p < set.pages.size(); ++p) {
    for (const auto* t : texts(set.pages[p])) {
      if (t->text.rfind("g", 0) != 0) continue;
      pages.insert(static_cast<int>(p));
      CHECK(t->baseline <= bottom);
      std::istringstream words_in(t->text);
      for (std::string w; words_in >> w;) seen.insert(w);
    }
  }
  CHECK(pages.size() >= 2);
  CHECK(seen.size() == static_cast<std::size_t>(words));
  for (int p : pages) CHECK(find_text(set.pages[p], "Narrative") != nullptr);
  // Fills of the split row stay inside the body on every page.
  for (int p : pages)
    for (const auto& item : set.pages[p].items)
      if (const auto* r = std::get_if<detail::PlacedRect>(&item)) CHECK(r->y + r->height <= bottom + 0.01);
}

TEST_CASE("cells: markers, colspans, emphasis rows and fills") {
  auto in = input_with_section("Cells");
  Table t;
  t.rows.push_back(row_of({"Name", "Status", "Note"}, true));
  TableRow r1 = row_of({"FCR", "On track", "fine"});
  r1.cells[1].marker = Color{0x2e, 0x7d, 0x32};
  r1.cells[2].fill = Color{0xff, 0xee, 0xee};
  t.rows.push_back(r1);
  TableRow r2;
  r2.emphasis = true;
  Cell span{plain("Total across the whole table")};
  span.colspan = 3;
  r2.cells.push_back(span);
  t.rows.push_back(r2);
  in.body.push_back(t);
  const auto set = lay_out(in);
  const int p = pages_with(set, "FCR").at(0);
  bool dot = false, fill = false;
  for (const auto& item : set.pages[p].items) {
    if (const auto* c = std::get_if<detail::PlacedCircle>(&item))
      dot = dot || c->fill == Color{0x2e, 0x7d, 0x32};
    if (const auto* r = std::get_if<detail::PlacedRect>(&item))
      fill = fill || r->fill == Color{0xff, 0xee, 0xee};
  }
  CHECK(dot);
  CHECK(fill);
  const auto* status = find_text(set.pages[p], "On track");
  const auto* name = find_text(set.pages[p], "FCR");
  const auto* total = find_text(set.pages[p], "Total across the whole table");
  REQUIRE(total);
  CHECK(total->style == FontStyle::bold);
  CHECK(status->x > name->x);
}
