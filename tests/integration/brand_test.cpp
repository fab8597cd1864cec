// A brand set only in a plan's <meta>: colours, fonts and logo change without a theme file.

#include "harness.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

// minimal.xml as plan.xml in `folder`, with `brand` added to its <meta>.
pf::fs::path branded_plan(const pf::fs::path& folder, const std::string& brand) {
  std::string text = pf::read_text(pf::data("integration/minimal.xml"));
  const std::string anchor = "<status>final</status>";
  text.replace(text.find(anchor), anchor.size(), anchor + "\n    " + brand);
  pf::fs::create_directories(folder);
  pf::write_text(folder / "plan.xml", text);
  return folder / "plan.xml";
}

// The PDF's page content, uncompressed (qpdf --qdf), to find colour operators in.
std::string uncompressed(const pf::fs::path& pdf) {
  const auto qdf = pdf.parent_path() / (pdf.stem().string() + ".qdf.pdf");
  pf::run_program("/usr/bin/qpdf", {"--qdf", "--object-streams=disable", pdf.string(), qdf.string()});
  return pf::read_text(qdf);
}

std::string fonts_of(const pf::fs::path& pdf) {
  return pf::run_program("/usr/bin/pdffonts", {pdf.string()}).out;
}
// Images drawn (pdfimages -list rows of type "image"; an alpha channel adds an "smask").
std::size_t images_in(const pf::fs::path& pdf) {
  std::istringstream rows(pf::run_program("/usr/bin/pdfimages", {"-list", pdf.string()}).out);
  std::size_t n = 0;
  for (std::string row; std::getline(rows, row);) {
    std::istringstream cells(row);
    std::string page, num, type;
    if (cells >> page >> num >> type && type == "image") ++n;
  }
  return n;
}

// #0B5563 and #E07A5F as libharu writes a fill colour.
const std::string teal_fill = "0.04314 0.33333 0.38824 rg";
const std::string coral_fill = "0.87843 0.47843 0.37255 rg";

}  // namespace

TEST_CASE("brand: <brand> in a plan's meta changes the colours, the fonts and the logo") {
  pf::TempDir tmp;
  const auto plain = branded_plan(tmp / "plain", "");
  const auto branded = branded_plan(tmp / "branded",
                                    "<brand primary=\"#0B5563\" accent=\"#E07A5F\" font=\"Charis SIL\" "
                                    "heading-font=\"EB Garamond 12\" logo=\"firm.png\"/>");
  pf::fs::copy_file(pf::source("examples/acme-cs/assets/logo.png"), tmp / "branded" / "firm.png");

  const auto before = tmp / "plain.pdf", after = tmp / "branded.pdf";
  REQUIRE(pf::planforge({"render", plain.string(), "-o", before.string()}).exit_code == 0);
  pf::render_ok(branded.string(), after);

  const std::string plain_pages = uncompressed(before), branded_pages = uncompressed(after);
  CHECK_FALSE(pf::contains(plain_pages, teal_fill));
  CHECK(pf::contains(branded_pages, teal_fill));   // the cover band, table headers
  CHECK(pf::contains(branded_pages, coral_fill));  // the accent under the band
  CHECK(pf::contains(fonts_of(before), "OpenSans"));
  const std::string fonts = fonts_of(after);
  CHECK(pf::missing(fonts, {"CharisSIL", "EBGaramond12-Regular"}) == "");
  CHECK_FALSE(pf::contains(fonts, "OpenSans"));
  CHECK(images_in(before) == 0);
  CHECK(images_in(after) == 1);  // the firm's logo on the cover
}

TEST_CASE("brand: validate reports a brand's mistakes at the plan's line and column, exit 1") {
  pf::TempDir tmp;
  const auto plan = branded_plan(tmp / "p", "<brand primary=\"#0B556\" font=\"Latto\"/>");
  const auto r = pf::planforge_exits(1, {"validate", plan.string()});
  CHECK(pf::contains(r.err, "plan.xml:10:12: error: primary '#0B556' is not a colour"));
  CHECK(pf::contains(r.err,
                     "plan.xml:10:29: error: font family 'Latto' is not installed "
                     "[meta/font-not-installed]\n  hint: did you mean 'Lato'?"));
}
