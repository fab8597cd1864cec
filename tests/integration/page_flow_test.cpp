// Page flow read back from the PDF: sections that continue on a page, explicit breaks, and
// landscape pages (a wide MediaBox, the running footer across the long side).
#include "harness.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

namespace {

struct PageSize {
  double width = 0, height = 0;
};

// Every page's size as pdfinfo reports it.
std::vector<PageSize> page_sizes(const pf::fs::path& pdf, int pages) {
  const auto r = pf::run_program("/usr/bin/pdfinfo", {"-f", "1", "-l", std::to_string(pages), pdf.string()});
  REQUIRE(r.exit_code == 0);
  std::vector<PageSize> out;
  const std::regex line(R"(Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts)");
  std::istringstream in(r.out);
  for (std::string l; std::getline(in, l);) {
    std::smatch m;
    if (std::regex_search(l, m, line)) out.push_back({std::stod(m[1]), std::stod(m[2])});
  }
  return out;
}

// The 1-based page whose text holds `needle` (after the contents, which list headings too).
int page_of(const pf::fs::path& pdf, int pages, const std::string& needle) {
  for (int p = 3; p <= pages; ++p)
    if (pf::contains(pf::pdf_page_text(pdf, p, false), needle)) return p;
  return -1;
}

}  // namespace

TEST_CASE("page flow: continued sections, explicit breaks and landscape pages") {
  pf::TempDir tmp;
  const auto out = tmp / "flow.pdf";
  pf::render_ok(pf::data("sections/page-flow/valid.xml"), out);
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(out, &report), report);
  const int pages = pf::pdf_pages(out);
  const auto sizes = page_sizes(out, pages);
  REQUIRE(static_cast<int>(sizes.size()) == pages);
  auto landscape = [&](int page) { return sizes[page - 1].width > sizes[page - 1].height; };

  // The revision history shares the contents' page; the short section the overview's.
  CHECK(pf::contains(pf::pdf_page_text(out, 2), "Revision history"));
  const int overview = page_of(out, pages, "Opening words of the overview.");
  CHECK(page_of(out, pages, "Shares the overview's page.") == overview);
  CHECK(page_of(out, pages, "Opens the steps") ==
        page_of(out, pages, "The table below belongs with this sentence."));

  // The wide table gets a landscape page of its own (A4 turned: 841.89 × 595.276 pt), with
  // the page number at the right of the long side; the text after it is portrait again.
  const int wide = page_of(out, pages, "Foundation: division and leadership");
  REQUIRE(wide > overview);
  CHECK(landscape(wide));
  CHECK(sizes[wide - 1].width == doctest::Approx(841.89).epsilon(0.001));
  CHECK(sizes[wide - 1].height == doctest::Approx(595.276).epsilon(0.001));
  CHECK_FALSE(landscape(wide - 1));
  const std::string wide_text = pf::pdf_page_text(out, wide);
  CHECK(pf::contains(wide_text, "Page " + std::to_string(wide) + " of " + std::to_string(pages)));
  // With -layout the seven columns come out on one line: the table took the wide column.
  CHECK(std::regex_search(wide_text,
                          std::regex(R"(Foundation: division and leadership\s+Jan 2027\s+Mar 2027)")));
  const int back = page_of(out, pages, "Back on a portrait page.");
  CHECK(back == wide + 1);
  CHECK_FALSE(landscape(back));

  // page-break-before on a subsection; a landscape subsection and a landscape section.
  CHECK(page_of(out, pages, "A subsection on a new page") == back + 1);
  const int sub = page_of(out, pages, "This subsection, heading and all");
  CHECK(landscape(sub));
  const int rollout = page_of(out, pages, "Rollout timeline");
  // The default theme's section start is auto: the landscape subsection's page is nearly
  // empty, so the (landscape) rollout section continues on it rather than open another.
  CHECK(rollout == sub);
  CHECK(landscape(rollout));
  const int closing = page_of(out, pages, "The last section, on a portrait page again.");
  CHECK(closing == pages);
  CHECK_FALSE(landscape(closing));
}
