#include "layout_fixture.hpp"

#include <doctest/doctest.h>

#include <regex>

using namespace planforge;
using namespace planforge::test;

namespace {

// The page number printed at the right edge of the contents entry whose title is `title`.
int toc_number(const detail::PageSet& set, const std::string& title) {
  const double right = test_theme().page_width - test_theme().margin_right;
  for (int p = 1; p < static_cast<int>(set.pages.size()); ++p) {
    const auto all = texts(set.pages[p]);
    for (const auto* t : all) {
      if (t->text != title) continue;
      for (const auto* n : all)
        if (std::abs(n->x + width_of(*n) - right) < 0.01 && n->baseline >= t->baseline - 0.01 &&
            n->baseline < t->baseline + 40 && std::isdigit(static_cast<unsigned char>(n->text[0])))
          return std::stoi(n->text);
    }
  }
  return -1;
}

detail::DocumentInput many_sections(int sections) {
  auto in = base_input();
  for (int s = 1; s <= sections; ++s) {
    in.body.push_back(
        heading(1, "Section " + std::to_string(s), std::to_string(s), "sec-" + std::to_string(s)));
    for (int i = 0; i < s * 7; ++i) in.body.push_back(words_paragraph("s" + std::to_string(s) + "w", 25));
    in.body.push_back(heading(2, "Detail " + std::to_string(s), std::to_string(s) + ".1"));
    in.body.push_back(paragraph("detail text"));
  }
  return in;
}

}  // namespace

TEST_CASE("the contents print the page each heading landed on, and link there") {
  auto in = many_sections(12);
  const auto set = lay_out(in);
  for (int s = 1; s <= 12; ++s) {
    for (const std::string& title : {"Section " + std::to_string(s), "Detail " + std::to_string(s)}) {
      const auto found = pages_with(set, title);
      REQUIRE(found.size() == 2);  // the contents and the body
      const int printed = toc_number(set, title);
      CHECK_MESSAGE(printed == found[1] + 1, title);
    }
  }
  // Every contents entry is a link to a body page.
  int internal_links = 0;
  for (const auto& link : set.pages[1].links)
    if (link.uri.empty() && link.dest_page > 1) ++internal_links;
  CHECK(internal_links > 10);
}

TEST_CASE("contents span several pages when long, and still print the right numbers") {
  auto in = base_input();
  for (int s = 1; s <= 40; ++s) {
    in.body.push_back(heading(1, "Chapter " + std::to_string(s), std::to_string(s)));
    for (int k = 1; k <= 3; ++k)
      in.body.push_back(heading(2, "Part " + std::to_string(s) + "." + std::to_string(k),
                                std::to_string(s) + "." + std::to_string(k)));
  }
  const auto set = lay_out(in);
  int contents_pages = 0;  // pages with dot leaders
  for (const auto& page : set.pages) contents_pages += find_text(page, ". . .") != nullptr;
  CHECK(contents_pages >= 3);
  for (int s : {1, 20, 40}) {
    const std::string title = "Chapter " + std::to_string(s);
    CHECK(toc_number(set, title) == pages_with(set, title).back() + 1);
  }
}

TEST_CASE("a cross-reference prints its target's title and page and links to it") {
  auto in = many_sections(6);
  Paragraph p;
  p.text = {Run{"See "}, Run{"", false, false, "", "target-kpi"}, Run{" and "},
            Run{"the sixth section", false, false, "", "sec-6"}, Run{"."}};
  in.body.insert(in.body.begin() + 1, p);
  Paragraph anchor = paragraph("The anchored paragraph.");
  anchor.anchor = "target-kpi";
  in.body.push_back(anchor);
  in.ref_titles["target-kpi"] = "First contact resolution";
  in.ref_titles["sec-6"] = "Section 6";
  const auto set = lay_out(in);

  const int target_page = pages_with(set, "The anchored paragraph.").at(0);
  const int section_page = pages_with(set, "Section 6").back();
  std::string first_page_text;
  int ref_page = -1;
  for (std::size_t pg = 0; pg < set.pages.size() && ref_page < 0; ++pg)
    if (find_text(set.pages[pg], "See")) ref_page = static_cast<int>(pg);
  REQUIRE(ref_page >= 0);
  for (const auto* t : texts(set.pages[ref_page])) first_page_text += t->text + "|";
  CHECK(first_page_text.find("First contact resolution (p.\u00A0" + std::to_string(target_page + 1) + ")") !=
        std::string::npos);
  CHECK(first_page_text.find("the sixth section (p.\u00A0" + std::to_string(section_page + 1) + ")") !=
        std::string::npos);
  bool linked = false;
  for (const auto& link : set.pages[ref_page].links) linked = linked || link.dest_page == target_page;
  CHECK(linked);
}

TEST_CASE("a ref falls back to the heading the engine names — a ref to nowhere is a warning") {
  auto in = many_sections(3);
  Paragraph p;
  p.text = {Run{"", false, false, "", "obj-1"}, Run{" "}, Run{"", false, false, "", "ghost"}};
  in.body.insert(in.body.begin() + 1, p);
  in.ref_titles["obj-1"] = "Renewal objective";
  in.fallback_anchor["obj-1"] = "sec-3";
  Diagnostics diags;
  const auto set = lay_out(in, diags);
  const int sec3 = pages_with(set, "Section 3").back();
  int ref_page = pages_with(set, "Renewal objective (p.\u00A0" + std::to_string(sec3 + 1) + ")").size();
  CHECK(ref_page == 1);
  CHECK(diags.warning_count() == 1);
  CHECK(diags.sorted().at(0).message.find("'ghost'") != std::string::npos);
}

TEST_CASE("bookmarks mirror the headings with their numbers, after Contents") {
  auto in = many_sections(3);
  in.revisions.push_back({"1.0", "2026-01-01", "J. Ortiz", plain("First issue")});
  const auto set = lay_out(in);
  REQUIRE(set.outline.size() == 2 + 6);
  CHECK(set.outline[0].title == "Contents");
  CHECK(set.outline[1].title == "Revision history");
  CHECK(set.outline[2].title == "1 Section 1");
  CHECK(set.outline[2].level == 1);
  CHECK(set.outline[3].title == "1.1 Detail 1");
  CHECK(set.outline[3].level == 2);
  CHECK(set.outline[2].page == pages_with(set, "Section 1").back());
  CHECK(pages_with(set, "Revision history").size() == 1);
  CHECK(pages_with(set, "First issue").size() == 1);
}

TEST_CASE("external links become link areas with the URI") {
  auto in = input_with_section("Links");
  Paragraph p;
  p.text = {Run{"Read the "}, Run{"service charter", false, false, "https://example.com/charter"}, Run{"."}};
  in.body.push_back(p);
  const auto set = lay_out(in);
  const int page = pages_with(set, "service charter").at(0);
  REQUIRE(set.pages[page].links.size() == 1);
  const auto& link = set.pages[page].links[0];
  CHECK(link.uri == "https://example.com/charter");
  const auto* t = find_text(set.pages[page], "service charter");
  CHECK(link.x == doctest::Approx(t->x));
  CHECK(link.width == doctest::Approx(width_of(*t)));
}
