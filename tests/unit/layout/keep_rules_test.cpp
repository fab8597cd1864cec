// The keep and break rules of keep_rules.hpp, each pushed through every position on a page
// by filler lines of every count.
#include "layout_fixture.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>

using namespace planforge;
using namespace planforge::test;

namespace {

// A table of `rows` body rows named prefix0, prefix1, … of `lines` lines each.
Table table_of(const std::string& prefix, int rows, int lines = 2) {
  Table t;
  t.rows.push_back(row_of({"Item", "Note"}, true));
  std::string note = "line";
  for (int l = 1; l < lines; ++l) note += "\nline";
  for (int r = 0; r < rows; ++r) t.rows.push_back(row_of({prefix + std::to_string(r), note}));
  return t;
}

std::map<int, int> rows_per_page(const detail::PageSet& set, const std::string& prefix, int rows) {
  std::map<int, int> out;
  for (int r = 0; r < rows; ++r) ++out[page_of(set, prefix + std::to_string(r))];
  return out;
}

}  // namespace

TEST_CASE("a small table moves to the next page whole rather than split") {
  int moved = 0;
  for (int filler = 20; filler < 50; ++filler) {
    auto in = with_filler(filler);
    in.body.push_back(table_of("small-", 4));
    const auto set = lay_out(in);
    CAPTURE(filler);
    CHECK(rows_per_page(set, "small-", 4).size() == 1);
    moved += page_of(set, "small-0") > page_of(set, "Filler line " + std::to_string(filler - 1));
  }
  CHECK(moved > 0);  // some filler did leave too little room for it
}

TEST_CASE("keep_together = no lets a small table split, two rows on each side") {
  int split = 0;
  for (int filler = 20; filler < 50; ++filler) {
    auto in = with_filler(filler);
    Table t = table_of("loose-", 4);
    t.flow.keep_together = Choice::no;
    in.body.push_back(t);
    const auto set = lay_out(in);
    const auto pages = rows_per_page(set, "loose-", 4);
    split += pages.size() > 1;
    for (const auto& [page, n] : pages) CHECK(n == (pages.size() > 1 ? 2 : 4));
  }
  CHECK(split > 0);
}

TEST_CASE("a soft keep gives way rather than leave a page less than a third full") {
  // Six rows of nine lines nearly fill a page: moving them whole would leave the heading
  // and one line alone on their page.
  auto in = base_input();
  in.body.push_back(heading(1, "Tall table", "1"));
  in.body.push_back(paragraph("Introduction"));
  in.body.push_back(table_of("tall-", 6, 9));
  auto set = lay_out(in);
  auto pages = rows_per_page(set, "tall-", 6);
  REQUIRE(pages.size() == 2);
  CHECK(pages.begin()->first == page_of(set, "Introduction"));
  for (const auto& [page, n] : pages) CHECK(n >= 2);
  CHECK(set.pages[page_of(set, "Introduction")].fill >= 1.0 / 3);

  // Asked to stay together, it moves whole and the page stays short.
  std::get<Table>(in.body.back()).flow.keep_together = Choice::yes;
  set = lay_out(in);
  pages = rows_per_page(set, "tall-", 6);
  CHECK(pages.size() == 1);
  CHECK(pages.begin()->first == page_of(set, "Introduction") + 1);
}

TEST_CASE("a group row keeps its first two rows — a total row keeps the row above it") {
  for (int filler = 10; filler < 50; ++filler) {
    auto in = with_filler(filler);
    Table t;
    t.rows.push_back(row_of({"Item", "Value"}, true));
    for (const std::string group : {"A", "B"}) {
      TableRow g = row_of({"Group " + group, ""});
      g.emphasis = true;
      t.rows.push_back(g);
      for (int r = 0; r < 8; ++r) t.rows.push_back(row_of({group + "-" + std::to_string(r), "two\nlines"}));
    }
    TableRow total = row_of({"Total", "16"});
    total.emphasis = true;
    t.rows.push_back(total);
    in.body.push_back(t);
    const auto set = lay_out(in);
    CAPTURE(filler);
    for (const std::string group : {"A", "B"}) {
      CHECK(page_of(set, "Group " + group) == page_of(set, group + "-0"));
      CHECK(page_of(set, "Group " + group) == page_of(set, group + "-1"));
    }
    CHECK(page_of(set, "Total") == page_of(set, "B-7"));
  }
}

TEST_CASE("a heading keeps a table's header and first two rows — explicit keeps hold") {
  for (int filler = 10; filler < 50; ++filler) {
    auto in = with_filler(filler);
    in.body.push_back(heading(2, "Kept heading", "1.1"));
    Table t = table_of("row-", 20);
    t.rows[6].keep_with_next = true;  // row-5 stays with row-6
    in.body.push_back(t);
    Paragraph intro = paragraph("Introduces the next table");
    intro.flow.keep_with_next = true;
    in.body.push_back(intro);
    in.body.push_back(table_of("next-", 20));
    const auto set = lay_out(in);
    CAPTURE(filler);
    CHECK(page_of(set, "Kept heading") == page_of(set, "row-1"));
    CHECK(page_of(set, "row-5") == page_of(set, "row-6"));
    CHECK(page_of(set, "Introduces the next table") == page_of(set, "next-0"));
  }
}

TEST_CASE("page_break_before and min_space start a new page — a break never adds an empty one") {
  auto in = with_filler(30);
  Paragraph broken = paragraph("After a break");
  broken.flow.page_break_before = Choice::yes;
  in.body.push_back(broken);
  Paragraph roomy = paragraph("Needs half a page");
  roomy.flow.min_space = 0.5;
  in.body.push_back(roomy);
  const auto set = lay_out(in);
  CHECK(page_of(set, "After a break") == page_of(set, "Filler line 29") + 1);
  CHECK(page_of(set, "Needs half a page") == page_of(set, "After a break"));  // room enough

  auto tight = with_filler(30);
  tight.body.push_back(roomy);
  const auto set2 = lay_out(tight);
  CHECK(page_of(set2, "Needs half a page") == page_of(set2, "Filler line 29") + 1);
}

TEST_CASE("sections share a page when the theme continues them and room remains") {
  detail::Theme theme = test_theme();
  theme.section_start = detail::PartStart::continue_on_page;
  theme.min_space = 0.3;
  auto in = base_input();
  in.body.push_back(heading(1, "Short one", "1"));
  in.body.push_back(paragraph("A short section."));
  in.body.push_back(heading(1, "Short two", "2"));
  in.body.push_back(paragraph("Another short section."));
  Heading own = heading(1, "On its own page", "3");
  own.flow.page_break_before = Choice::yes;  // the plan's start="new-page"
  in.body.push_back(own);
  for (int i = 0; i < 28; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
  in.body.push_back(heading(1, "Too little room", "4"));
  in.body.push_back(paragraph("Starts a page."));
  auto set = lay_out_with(in, theme);
  CHECK(page_of(set, "Short two") == page_of(set, "Short one"));
  CHECK(page_of(set, "On its own page") == page_of(set, "Short two") + 1);
  CHECK(page_of(set, "Too little room") == page_of(set, "Filler line 27") + 1);
  CHECK(set.pages[page_of(set, "Short two")].end == detail::PageEnd::part);

  // A theme of new pages puts every section on one, unless the plan says continue.
  theme.section_start = detail::PartStart::new_page;
  set = lay_out_with(in, theme);
  CHECK(page_of(set, "Short two") == page_of(set, "Short one") + 1);
  std::get<Heading>(in.body[2]).flow.page_break_before = Choice::no;
  set = lay_out_with(in, theme);
  CHECK(page_of(set, "Short two") == page_of(set, "Short one"));
  CHECK(page_of(set, "Too little room") == page_of(set, "Filler line 27") + 1);
}

TEST_CASE("auto: a section starts a new page unless the page before is less than a third full") {
  // The built-in theme's choice.
  REQUIRE(test_theme().section_start == detail::PartStart::automatic);
  for (int filler : {3, 12, 28}) {
    auto in = with_filler(filler);
    in.body.push_back(heading(1, "Next section", "2"));
    in.body.push_back(paragraph("Its text."));
    const auto set = lay_out(in);
    const int last = page_of(set, "Filler line " + std::to_string(filler - 1));
    CAPTURE(filler);
    const bool short_page = filler < 12;  // 3 lines and a heading: less than a third full
    CHECK(page_of(set, "Next section") == (short_page ? last : last + 1));
  }
}

TEST_CASE("the revision history follows short contents unless the theme gives it a page") {
  auto in = base_input();
  in.revisions.push_back({"1.0", "2026-01-01", "J. Ortiz", plain("First issue")});
  in.body.push_back(heading(1, "Only section", "1"));
  in.body.push_back(paragraph("Body text."));
  auto set = lay_out(in);
  CHECK(page_of(set, "First issue") == pages_with(set, "Contents").front());
  CHECK(page_of(set, "Body text.") == page_of(set, "First issue") + 1);

  detail::Theme theme = test_theme();
  theme.front_matter_start = detail::PartStart::new_page;
  set = lay_out_with(in, theme);
  CHECK(page_of(set, "First issue") == pages_with(set, "Contents").front() + 1);
}

TEST_CASE("a landscape block gets pages of its own, with the header and footer across them") {
  auto in = base_input();
  in.body.push_back(heading(1, "Wide", "1"));
  in.body.push_back(paragraph("Before the wide table."));
  Table wide;
  TableRow h = row_of({"Phase", "Start", "End", "Owner", "Budget", "Depends on", "Delivers"}, true);
  wide.rows.push_back(h);
  for (int r = 0; r < 5; ++r)
    wide.rows.push_back(row_of({"wide-" + std::to_string(r), "2027-01", "2027-06", "J. Ortiz", "$1.2 M",
                                "Phase 1 and the help desk pilot", "A consolidated service desk"}));
  wide.flow.landscape = true;
  in.body.push_back(wide);
  in.body.push_back(paragraph("After the wide table."));
  const auto set = lay_out(in);

  const int before = page_of(set, "Before the wide table.");
  const int table = page_of(set, "wide-0");
  const int after = page_of(set, "After the wide table.");
  CHECK(table == before + 1);
  CHECK(after == table + 1);
  const auto& portrait = set.pages[before];
  const auto& landscape = set.pages[table];
  CHECK(portrait.width < portrait.height);
  CHECK(landscape.width == doctest::Approx(portrait.height));
  CHECK(landscape.height == doctest::Approx(portrait.width));
  CHECK(set.pages[after].width == doctest::Approx(portrait.width));
  CHECK(portrait.end == detail::PageEnd::forced);
  CHECK(landscape.end == detail::PageEnd::forced);

  // The footer's page number ends at the wide page's right margin; the rows use its width.
  const auto* number = find_text(landscape, "Page " + std::to_string(table + 1) + " of");
  REQUIRE(number != nullptr);
  CHECK(number->x + width_of(*number) ==
        doctest::Approx(landscape.width - test_theme().margin_right).epsilon(0.01));
  const auto* delivers = find_text(landscape, "A consolidated service desk");
  REQUIRE(delivers != nullptr);
  CHECK(delivers->x > portrait.width - test_theme().margin_right);
  for (const auto* t : texts(landscape)) CHECK(t->baseline < landscape.height);
}

TEST_CASE("each page says how full it is and why it ended") {
  auto in = with_filler(40);  // runs onto a second page, about a third of it
  in.body.push_back(heading(1, "Next", "2"));
  in.body.push_back(paragraph("Last words."));
  detail::Theme theme = test_theme();
  theme.section_start = detail::PartStart::new_page;
  auto set = lay_out_with(in, theme);
  const int first = page_of(set, "Filler line 0");
  CHECK(set.pages[1].end == detail::PageEnd::part);  // the contents
  CHECK(set.pages[first].end == detail::PageEnd::flow);
  CHECK(set.pages[first].fill > 0.9);
  CHECK(set.pages[first + 1].end == detail::PageEnd::part);
  CHECK(set.pages.back().end == detail::PageEnd::document);
  CHECK(set.pages.back().fill < 0.2);
  CHECK(set.table_splits.empty());
  const double tail_alone = set.pages[first + 1].fill;

  // Under the built-in theme's auto start the short second page takes the next section,
  // and so ends the document itself, fuller.
  set = lay_out(in);
  CHECK(page_of(set, "Next") == first + 1);
  CHECK(set.pages[first + 1].end == detail::PageEnd::document);
  CHECK(set.pages[first + 1].fill > tail_alone);
}

TEST_CASE("a figure is drawn smaller rather than leave a page less than a third full") {
  auto figure = [](double height) {
    Figure f;
    f.width = 300;
    f.height = height;
    f.add(FigText{{10, 20}, "inside-figure", 10});
    f.caption = "A tall chart";
    return f;
  };
  // A heading and one line, then a figure a little taller than the room left.
  auto in = base_input();
  in.body.push_back(heading(1, "Chart", "1"));
  in.body.push_back(paragraph("One line of introduction."));
  in.body.push_back(figure(650));
  auto set = lay_out(in);
  const int page = page_of(set, "One line of introduction.");
  CHECK(page_of(set, "inside-figure") == page);
  const auto* text = find_text(set.pages[page], "inside-figure");
  REQUIRE(text != nullptr);
  CHECK(text->size < 10);
  CHECK(text->size >= 8);  // never below 80 %
  CHECK(find_text(set.pages[page], "A tall chart")->baseline <=
        test_theme().page_height - test_theme().margin_bottom);

  // A page already a third full keeps its figure's size: the figure moves on.
  auto full = with_filler(20);
  full.body.push_back(figure(350));
  set = lay_out(full);
  CHECK(page_of(set, "inside-figure") == page_of(set, "Filler line 19") + 1);
  CHECK(find_text(set.pages[page_of(set, "inside-figure")], "inside-figure")->size == doctest::Approx(10));
}

TEST_CASE("rows taller than half a page are cut rather than leave one alone on a page") {
  auto in = base_input();
  in.body.push_back(heading(1, "Giant rows", "1"));
  Table t = table_of("giant-", 4, 38);  // each row about 60 % of a page
  in.body.push_back(t);
  const auto set = lay_out(in);
  for (const auto& s : set.table_splits) {
    CAPTURE(s.page);
    CHECK(s.rows_before >= 2);
    CHECK(s.rows_after >= 2);
  }
  CHECK(set.table_splits.size() >= 2);
}

TEST_CASE("a short subsection moves to the next page whole: a goal stays with its table") {
  int moved = 0;
  for (int filler = 15; filler < 40; ++filler) {
    auto in = with_filler(filler);
    in.body.push_back(heading(2, "Goal heading", "G1"));
    in.body.push_back(paragraph("What the goal is about, in one line."));
    Table t = table_of("objective-", 3);
    in.body.push_back(t);
    in.body.push_back(heading(2, "Next goal", "G2"));
    in.body.push_back(paragraph("Something else."));
    const auto set = lay_out(in);
    CAPTURE(filler);
    CHECK(page_of(set, "Goal heading") == page_of(set, "objective-2"));
    moved += page_of(set, "Goal heading") > page_of(set, "Filler line " + std::to_string(filler - 1));
  }
  CHECK(moved > 0);
}

TEST_CASE("keep_together on a heading keeps its whole subsection on one page") {
  auto in = with_filler(25);
  Heading h = heading(2, "Whole subsection", "1.1");
  h.flow.keep_together = Choice::yes;
  in.body.push_back(h);
  for (int i = 0; i < 20; ++i) in.body.push_back(paragraph("Sub line " + std::to_string(i)));
  in.body.push_back(heading(2, "After", "1.2"));
  const auto set = lay_out(in);
  CHECK(page_of(set, "Whole subsection") == page_of(set, "Filler line 24") + 1);
  CHECK(page_of(set, "Sub line 19") == page_of(set, "Whole subsection"));
}

TEST_CASE("on a landscape theme a landscape block needs no page of its own") {
  detail::Theme theme = test_theme();
  std::swap(theme.page_width, theme.page_height);
  auto in = base_input();
  in.body.push_back(heading(1, "Wide", "1"));
  in.body.push_back(paragraph("Before the table."));
  Table t = table_of("wide-", 3);
  t.flow.landscape = true;
  in.body.push_back(t);
  const auto set = lay_out_with(in, theme);
  CHECK(page_of(set, "wide-0") == page_of(set, "Before the table."));
  CHECK(set.pages[page_of(set, "wide-0")].width == doctest::Approx(theme.page_width));
}
