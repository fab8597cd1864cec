// Wrapped rich-text boxes in a figure (FigTextBox), rendered through a plugin and read back
// as a reader gets them: the words wrapped into their boxes, the ellipsis of a box held to
// two lines, the hyphenated long word, the clickable link and reference inside the figure's
// structure element.
#include "harness.hpp"

#include <doctest/doctest.h>

namespace {

// The PDF of the fixture plan with the figure-text plugin, rendered once.
const pf::fs::path& rendered() {
  static pf::TempDir tmp;
  static const pf::fs::path out = [] {
    const pf::fs::path pdf = tmp / "figure-text.pdf";
    const auto r = pf::planforge({"render", pf::data("integration/uses-figure-text.xml"), "-o", pdf.string(),
                                  "--plugin-path", pf::fixture_dir("figure-text")});
    INFO(r.describe());
    REQUIRE(r.exit_code == 0);
    return pdf;
  }();
  return out;
}

// The text without line ends and the hyphens the breaker added at them.
std::string unwrapped(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '-' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      continue;
    }
    out += text[i] == '\n' ? ' ' : text[i];
  }
  return out;
}

}  // namespace

TEST_CASE("figure text boxes: a reader sees the wrapped words, the ellipsis and the broken long word") {
  const std::string text = pf::pdf_text(rendered(), false);
  INFO(text);
  // Wrapped: the sentence of the justified box comes back whole, over several lines.
  CHECK(pf::contains(unwrapped(text),
                     "agents resolve most calls at first contact, as the service charter "
                     "promises, and customers say so in every survey we run."));
  CHECK_FALSE(
      pf::contains(text, "agents resolve most calls at first contact, as the service charter promises"));
  // Held to two lines: the rest is left out behind an ellipsis.
  CHECK(pf::contains(text, "Weaknesses: repeat calls"));
  CHECK(pf::contains(text, "\u2026"));
  CHECK_FALSE(pf::contains(unwrapped(text), "nobody trusts any more."));
  // The reference shows its target's title, without a page number.
  CHECK(pf::contains(text, "Opportunities: see Introduction"));
  CHECK_FALSE(pf::contains(text, "Introduction (p."));
  // A word wider than its box is broken with a hyphen, as in paragraphs (pdftotext joins the
  // pieces again when it reads in order; laid out, the line shows the hyphen).
  CHECK(pf::contains(text, "Kundenzufriedenheitsbefragungsergebnisse"));
  const std::string laid_out = pf::pdf_text(rendered(), true);
  CHECK(pf::contains(laid_out, "-\n"));
  CHECK_FALSE(pf::contains(laid_out, "Kundenzufriedenheitsbefragungsergebnisse"));
  CHECK(pf::qpdf_check(rendered()));
}

TEST_CASE("figure text boxes: the link and the reference are annotations inside the figure's structure") {
  const std::string json = pf::run_program("/usr/bin/qpdf", {"--json", rendered().string()}).out;
  CHECK(pf::contains(json, "\"/URI\": \"u:https://example.com/charter\""));
  // Two links on the figure's page: the charter (a URI) and the reference (a destination).
  const std::string page = pf::run_program("/usr/bin/pdfinfo", {"-struct", rendered().string()}).out;
  INFO(page);
  const std::size_t figure = page.find("Figure");
  REQUIRE(figure != std::string::npos);
  // The links are the figure's children: tagged as part of it, not beside it.
  const std::size_t caption = page.find("Caption", figure);
  const std::size_t first_link = page.find("Link", figure);
  REQUIRE(first_link != std::string::npos);
  CHECK(page.find("Link", first_link + 4) != std::string::npos);
  CHECK(pf::count(page, "Figure") == 1);
  (void)caption;
}
