// Pages of their own size: a landscape page gets a wide MediaBox, its content is flipped with
// its own height, and links and bookmarks that land on it do too.

#include "pdf/pdf_writer.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

PlacedText text_at(double x, double baseline, std::string s) {
  PlacedText t;
  t.x = x;
  t.baseline = baseline;
  t.text = std::move(s);
  t.size = 10;
  return t;
}

}  // namespace

TEST_CASE("a landscape page has a wide MediaBox — links and bookmarks flip y with its height") {
  PageSet set;  // A4 portrait by default
  Page portrait;
  portrait.items.push_back(text_at(60, 100, "Portrait page"));
  LinkArea link;
  link.x = 60;
  link.y = 90;
  link.width = 100;
  link.height = 12;
  link.dest_page = 1;
  link.dest_y = 100;
  portrait.links.push_back(link);
  Page wide;
  wide.width = set.height;
  wide.height = set.width;
  wide.items.push_back(text_at(700, 100, "Far right on the wide page"));
  set.pages = {portrait, wide};
  set.outline.push_back({"Wide", 1, 1, 100});

  TempDir dir;
  const auto pdf = dir.write("wide.pdf", write_pdf(set, default_font_files()));
  const auto info = run("pdfinfo -f 1 -l 2 " + quoted(pdf));
  INFO(info.output);
  CHECK(missing(info.output,
                {"Page    1 size:  595.276 x 841.89 pts", "Page    2 size:  841.89 x 595.276 pts"}) == "");

  // The text sits where the PageSet put it, measured from the wide page's top.
  const auto bbox = run("pdftotext -f 2 -l 2 -bbox " + quoted(pdf) + " -");
  INFO(bbox.output);
  CHECK(missing(bbox.output, {"<page width=\"841.89", "xMin=\"700."}) == "");

  // Both destinations show y = 100 of the 595-point page: /FitH 595.276 − 100 + 12 (the
  // landing margin) = 507.276.
  const auto qdf = dir.path() / "wide.qdf.pdf";
  REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf)).status == 0);
  const std::string body = read_text(qdf);
  std::size_t fith = 0;
  for (auto at = body.find("/FitH"); at != std::string::npos; at = body.find("/FitH", at + 1)) {
    CHECK(contains(body.substr(at, 40), "507.27"));
    ++fith;
  }
  CHECK(fith == 2);
}
