// The flagship example, read back as a reader would: every contents entry points at the
// page its heading is on, headings come in order, a table that breaks repeats its header,
// the PDF is valid and reproducible.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

namespace {

struct TocEntry {
  std::string number, title;
  int page = 0;
};

// Lines such as "6.2   Help desk ........ 15" from the contents pages.
std::vector<TocEntry> contents_entries(const pf::fs::path& pdf, int pages) {
  std::vector<TocEntry> entries;
  const std::regex line(
      R"(^\s*([0-9]+(?:\.[0-9]+)*|[A-Z](?:\.[0-9]+)*|G[0-9]+)\s+(.+?)\s*(?:\.\s*){3,}([0-9]+)\s*$)");
  for (int p = 2; p <= pages; ++p) {
    const std::string text = pf::pdf_page_text(pdf, p);
    if (p > 2 && !pf::contains(text, "Contents")) break;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) {
      std::smatch m;
      if (std::regex_match(l, m, line)) entries.push_back({m[1], m[2], std::stoi(m[3])});
    }
  }
  return entries;
}

}  // namespace

TEST_CASE("example: the acme-cs plan renders, and its contents tell the truth") {
  pf::TempDir tmp;
  const auto out = tmp / "acme.pdf";
  pf::RunSettings settings{.env = {{"SOURCE_DATE_EPOCH", "1767225600"}}};
  pf::render_ok(pf::source("examples/acme-cs/plan.xml"), out, {}, settings);
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(out, &report), report);
  const int pages = pf::pdf_pages(out);
  CHECK(pages >= 20);

  const auto toc = contents_entries(out, pages);
  REQUIRE(toc.size() >= 15);
  int last_page = 0;
  for (const auto& e : toc) {
    CAPTURE(e.number);
    CAPTURE(e.title);
    CHECK(e.page >= last_page);  // headings in document order
    last_page = e.page;
    REQUIRE(e.page <= pages);
    // The heading stands on the page the contents give, with its number.
    const std::string page_text = pf::pdf_page_text(out, e.page, false);
    const std::string start = e.title.substr(0, std::min<std::size_t>(e.title.size(), 18));
    CHECK(pf::contains(page_text, e.number));
    CHECK(pf::contains(page_text, start));
  }
  // Every body page carries "Page X of Y".
  CHECK(pf::contains(pf::pdf_page_text(out, pages),
                     "Page " + std::to_string(pages) + " of " + std::to_string(pages)));

  // One minus sign: a negative number is written with U+2212 wherever it comes from (the
  // KPI scorecard, chart axes, the plan's own values), never with a hyphen-minus beside it.
  CHECK(pf::hyphen_minus_number(pf::pdf_text(out)) == "");

  // The KPI scorecard runs over more than one page: its header row is on each.
  int scorecard_pages = 0;
  for (int p = 1; p <= pages; ++p) {
    const std::string t = pf::pdf_page_text(out, p);
    if (pf::contains(t, "Baseline") && pf::contains(t, "Target") && pf::contains(t, "Latest"))
      ++scorecard_pages;
  }
  CHECK(scorecard_pages >= 2);

  // Reproducible: the same input and SOURCE_DATE_EPOCH give the same bytes.
  const auto again = tmp / "again.pdf";
  REQUIRE(pf::planforge({"render", pf::source("examples/acme-cs/plan.xml"), "-o", again.string()}, settings)
              .exit_code == 0);
  CHECK(pf::read_bytes(out) == pf::read_bytes(again));
}
