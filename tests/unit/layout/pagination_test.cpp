#include "layout_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace planforge;
using namespace planforge::test;

namespace {

const detail::Theme& theme = test_theme();

double body_top() { return theme.margin_top; }
double body_bottom() { return theme.page_height - theme.margin_bottom; }

// Body text items (the running header and footer lie outside the body on purpose).
std::vector<const detail::PlacedText*> body_texts(const detail::Page& page) {
  std::vector<const detail::PlacedText*> out;
  for (const auto* t : texts(page))
    if (t->baseline > body_top() && t->baseline < body_bottom() + 1) out.push_back(t);
  return out;
}

}  // namespace

TEST_CASE("a heading is never left alone at a page bottom: it keeps two lines of its text") {
  // Filler of every length pushes the heading through every position on the page.
  int heading_at_bottom_seen = 0;
  for (int filler = 20; filler < 60; ++filler) {
    auto in = input_with_section("Opening");
    for (int i = 0; i < filler; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
    in.body.push_back(heading(2, "Kept heading", "1.1"));
    in.body.push_back(words_paragraph("k", 60));
    const auto set = lay_out(in);
    auto hp = pages_with(set, "Kept heading");
    REQUIRE(hp.size() == 2);  // the contents, then the body
    hp.erase(hp.begin());
    CHECK(find_text(set.pages[hp[0]], "k0 k1") != nullptr);
    // The paragraph's second line ("k…" not on the first line) is on the same page too.
    int lines_on_page = 0;
    for (const auto* t : texts(set.pages[hp[0]]))
      if (t->text.rfind("k", 0) == 0 && t->text != "Kept heading") ++lines_on_page;
    CHECK(lines_on_page >= 2);
    const auto* h = find_text(set.pages[hp[0]], "Kept heading");
    if (h->baseline > body_bottom() - 80) ++heading_at_bottom_seen;
  }
  CHECK(heading_at_bottom_seen > 0);  // the loop did push the heading near a page end
}

TEST_CASE("a heading keeps a whole figure with it") {
  for (int filler = 30; filler < 50; filler += 2) {
    auto in = input_with_section("Opening");
    for (int i = 0; i < filler; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
    in.body.push_back(heading(2, "Chart heading", "1.1"));
    Figure f;
    f.width = 300;
    f.height = 250;
    f.add(FigText{{10, 20}, "inside-figure", 8});
    in.body.push_back(f);
    const auto set = lay_out(in);
    CHECK(pages_with(set, "Chart heading").back() == pages_with(set, "inside-figure").back());
  }
}

TEST_CASE("widows and orphans: no single line of a long paragraph alone at a page edge") {
  int split_seen = 0;
  for (int filler = 20; filler < 45; ++filler) {
    auto in = input_with_section("Opening");
    for (int i = 0; i < filler; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
    in.body.push_back(words_paragraph("z", 130));  // about five lines
    in.body.push_back(paragraph("After"));
    const auto set = lay_out(in);
    std::map<int, int> lines_per_page;
    for (std::size_t p = 0; p < set.pages.size(); ++p)
      for (const auto* t : body_texts(set.pages[p]))
        if (t->text.rfind("z", 0) == 0) ++lines_per_page[static_cast<int>(p)];
    int total = 0;
    split_seen += lines_per_page.size() > 1;
    for (const auto& [page, n] : lines_per_page) {
      total += n;
      if (lines_per_page.size() > 1) CHECK(n >= 2);
    }
    CHECK(total >= 4);
  }
  CHECK(split_seen >= 2);  // the paragraph did cross a page end
}

TEST_CASE("level-1 headings and page breaks start new pages, without empty pages") {
  auto in = input_with_section("First");
  in.body.push_back(paragraph("one"));
  in.body.push_back(PageBreak{});
  in.body.push_back(heading(1, "Second", "2"));  // the break must not add a blank page
  in.body.push_back(paragraph("two"));
  in.body.push_back(PageBreak{});
  in.body.push_back(paragraph("three"));
  const auto set = lay_out(in);
  // .back(): the contents list the headings too.
  const int first = pages_with(set, "First").back();
  CHECK(pages_with(set, "Second").back() == first + 1);
  CHECK(pages_with(set, "three").at(0) == first + 2);
  for (std::size_t p = 1; p < set.pages.size(); ++p) CHECK_FALSE(body_texts(set.pages[p]).empty());
}

TEST_CASE("the body starts on its own page even when it opens with a paragraph") {
  auto in = base_input();
  in.revisions.push_back({"1.0", "2026-01-01", "J. Ortiz", plain("First issue")});
  in.body.push_back(paragraph("Opening words before any heading."));
  in.body.push_back(heading(1, "Later", "1"));
  const auto set = lay_out(in);
  const int revision = pages_with(set, "First issue").at(0);
  const int opening = pages_with(set, "Opening words before any heading.").at(0);
  CHECK(opening == revision + 1);
  // The opening page is nearly empty, so under the built-in auto start the first section
  // continues on it; a theme of new pages gives the section its own.
  CHECK(pages_with(set, "Later").back() == opening);
  detail::Theme theme = test_theme();
  theme.section_start = detail::PartStart::new_page;
  const auto paged = lay_out_with(in, theme);
  CHECK(pages_with(paged, "Opening words before any heading.").at(0) == opening);
  CHECK(pages_with(paged, "Later").back() == opening + 1);
}

TEST_CASE("nothing runs into the margins or off the page") {
  auto in = base_input();
  in.body.push_back(heading(1,
                            "A section whose title is long enough to wrap onto a second line "
                            "when set at the size of a first-level heading",
                            "1"));
  for (int i = 0; i < 30; ++i) in.body.push_back(words_paragraph("m" + std::to_string(i) + "-", 40));
  Table t;
  t.caption = "Wide table";
  for (int r = 0; r < 60; ++r) {
    TableRow row;
    row.header = r == 0;
    for (int c = 0; c < 5; ++c)
      row.cells.push_back(
          Cell{plain("cell " + std::to_string(r) + "/" + std::to_string(c) + " with several words to wrap")});
    t.rows.push_back(row);
  }
  in.body.push_back(t);
  const auto set = lay_out(in);
  for (std::size_t p = 1; p < set.pages.size(); ++p) {
    for (const auto* t : texts(set.pages[p])) {
      CHECK(t->x >= theme.margin_left - 0.01);
      CHECK(t->x + width_of(*t) <= theme.page_width - theme.margin_right + 0.01);
      CHECK(t->baseline > 18);
      CHECK(t->baseline < theme.page_height - 18);
    }
    for (const auto* t : body_texts(set.pages[p])) CHECK(t->baseline <= body_bottom());
    for (const auto& item : set.pages[p].items)
      if (const auto* r = std::get_if<detail::PlacedRect>(&item)) {
        CHECK(r->y >= body_top() - 0.01);
        CHECK(r->y + r->height <= body_bottom() + 0.01);
      }
  }
}

TEST_CASE("the same input lays out identically") {
  auto in = input_with_section("Determinism");
  for (int i = 0; i < 40; ++i) in.body.push_back(words_paragraph("d", 30 + i));
  const auto a = lay_out(in), b = lay_out(in);
  REQUIRE(a.pages.size() == b.pages.size());
  for (std::size_t p = 0; p < a.pages.size(); ++p) {
    const auto ta = texts(a.pages[p]), tb = texts(b.pages[p]);
    REQUIRE(ta.size() == tb.size());
    for (std::size_t i = 0; i < ta.size(); ++i) {
      CHECK(ta[i]->text == tb[i]->text);
      CHECK(ta[i]->x == tb[i]->x);
      CHECK(ta[i]->baseline == tb[i]->baseline);
    }
  }
}

TEST_CASE("the cover has no running header or footer — every other page does, with Page X of Y") {
  auto in = base_input();
  in.watermark = "DRAFT";
  in.body.push_back(heading(1, "Only", "1"));
  for (int i = 0; i < 80; ++i) in.body.push_back(paragraph("line " + std::to_string(i)));
  const auto set = lay_out(in);
  const int total = static_cast<int>(set.pages.size());
  REQUIRE(total >= 4);
  CHECK(find_text(set.pages[0], "Page ") == nullptr);
  for (const auto& item : set.pages[0].items)
    CHECK_FALSE(std::holds_alternative<detail::PlacedWatermark>(item));
  for (int p = 1; p < total; ++p) {
    const std::string expected = "Page " + std::to_string(p + 1) + " of " + std::to_string(total);
    CHECK(find_text(set.pages[p], expected) != nullptr);
    CHECK(find_text(set.pages[p], "Strategic Plan") != nullptr);
    REQUIRE_FALSE(set.pages[p].items.empty());
    CHECK(std::holds_alternative<detail::PlacedWatermark>(set.pages[p].items.front()));
  }
}
