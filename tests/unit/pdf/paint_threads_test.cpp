// Pages painted on several threads (pdf/page_workers.hpp): handed over strictly in page
// order, errors at their page's turn, and the PDF the same bytes for any number of threads.
// And what a painted page's content stream holds, read back from the PDF with qpdf.

#include "pdf/page_workers.hpp"
#include "pdf/pdf_writer.hpp"
#include "sample_document.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <stdexcept>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

// 90 pages whose fonts and images are first used in a different order from page to page (so
// each page's /Resources are numbered differently), with marked content on each.
PageSet varied_document() {
  PageSet set = sample_document();
  const Page cover = set.pages[0];
  set.structure.add(StructType::document);
  for (int i = 0; i < 90; ++i) {
    Page page;
    const int paragraph = set.structure.add(StructType::paragraph, 0);
    const auto style = static_cast<FontStyle>(i % 5);
    if (i % 3 == 0) page.items.push_back(PlacedImage{0, 300, 400, 40, 20, content_of(paragraph)});
    page.items.push_back(PlacedText{72, 100, "Page " + std::to_string(i) + " – Zürich", style, 10.0 + i % 4,
                                    Color{0, 0, static_cast<std::uint8_t>(i)}, 0, content_of(paragraph)});
    page.items.push_back(PlacedText{72,
                                    120,
                                    "“second line” ✓",
                                    static_cast<FontStyle>((i + 2) % 5),
                                    11,
                                    {},
                                    0,
                                    artifact(ArtifactKind::footer)});
    if (i % 4 == 1) page.items.insert(page.items.begin(), cover.items.begin(), cover.items.end());
    set.pages.push_back(std::move(page));
  }
  return set;
}

PaintedPage numbered(std::size_t i) {
  PaintedPage page;
  page.mcids = {static_cast<int>(i)};
  return page;
}

}  // namespace

TEST_CASE("pages are handed over in page order, however many threads paint them") {
  for (int threads : {1, 2, 3, 8}) {
    std::vector<int> order;
    std::atomic<int> painted = 0;
    paint_in_order(
        500, threads,
        [&](std::size_t i) {
          ++painted;
          return numbered(i);
        },
        [&](std::size_t i, PaintedPage&& page) {
          REQUIRE(page.mcids.size() == 1);
          CHECK(page.mcids[0] == static_cast<int>(i));
          order.push_back(static_cast<int>(i));
        });
    CHECK(painted == 500);
    REQUIRE(order.size() == 500);
    for (int i = 0; i < 500; ++i) CHECK(order[static_cast<std::size_t>(i)] == i);
  }
}

TEST_CASE("a page that cannot be painted fails at its turn, and a failed handover stops the painting") {
  for (int threads : {1, 2, 4}) {
    std::vector<std::size_t> taken;
    auto paint = [](std::size_t i) {
      if (i == 37) throw PdfError("page 37 is bad");
      return numbered(i);
    };
    CHECK_THROWS_WITH_AS(
        paint_in_order(100, threads, paint, [&](std::size_t i, PaintedPage&&) { taken.push_back(i); }),
        "page 37 is bad", PdfError);
    CHECK(taken.size() == 37);

    std::atomic<std::size_t> painted = 0;
    CHECK_THROWS_AS(paint_in_order(
                        10000, threads,
                        [&](std::size_t i) {
                          ++painted;
                          return numbered(i);
                        },
                        [](std::size_t i, PaintedPage&&) {
                          if (i == 5) throw std::runtime_error("no room");
                        }),
                    std::runtime_error);
    CHECK(painted < 200);  // the workers stopped within their window ahead
  }
}

TEST_CASE("the PDF is the same bytes painted on one thread or several") {
  const PageSet set = varied_document();
  const auto fonts = default_font_files();
  const auto one = write_pdf(set, fonts, {}, nullptr, 1);
  for (int threads : {2, 3, 4}) CHECK(write_pdf(set, fonts, {}, nullptr, threads) == one);
  CHECK(write_pdf(set, fonts) == one);  // the default
  TempDir dir;
  const auto file = dir.write("varied.pdf", one);
  const auto check = run("qpdf --check " + quoted(file));
  INFO(check.output);
  CHECK(check.status == 0);
  const auto text = run("pdftotext -f 92 -l 93 " + quoted(file) + " -");
  CHECK(contains(text.output, "Page 88 – Zürich"));
  CHECK(contains(text.output, "Page 89 – Zürich"));
}

TEST_CASE("a watch's deflate cache shared by the painting threads: the same bytes, kept contents found") {
  const PageSet set = varied_document();
  const auto fonts = default_font_files();
  const auto fresh = write_pdf(set, fonts, {}, nullptr, 1);
  DeflateCache cache;
  for (int round = 0; round < 2; ++round) {
    CHECK(PdfDocument(set, fonts, {}, nullptr, &cache, 4).bytes() == fresh);
  }
  CHECK(cache.hits() >= set.pages.size());  // the second render found every page's content
}

TEST_CASE("a painted page's content stream, as a reader reads it back") {
  PageSet set;
  set.structure.add(StructType::document);
  const int heading = set.structure.add(StructType::heading, 0);
  set.structure[heading].level = 1;
  const int figure = set.structure.add(StructType::figure, 0);
  set.images.push_back(RasterImage{2, 1, {255, 0, 0, 0, 0, 255}});
  Page page;
  page.items.push_back(
      PlacedText{72, 100, "Hé", FontStyle::bold, 12, Color{255, 0, 0}, 0, content_of(heading)});
  page.items.push_back(
      PlacedRect{72, 110, 100, 20, Color{0, 0, 255}, std::nullopt, 0.5, 0, content_of(figure)});
  page.items.push_back(PlacedLine{72, 140, 172, 140, Color{0, 255, 0}, 1.5, true, content_of(figure)});
  page.items.push_back(
      PlacedPath{{{72, 150}, {100, 170}, {72, 170}}, true, std::nullopt, Color{}, 2, content_of(figure)});
  page.items.push_back(
      PlacedCircle{200, 200, 10, Color{255, 255, 255}, std::nullopt, 0.5, content_of(figure)});
  page.items.push_back(PlacedImage{0, 300, 300, 40, 20, content_of(figure)});
  page.items.push_back(
      PlacedText{72, 800, "7", FontStyle::regular, 9, Color{}, 0, artifact(ArtifactKind::footer)});
  set.pages.push_back(page);

  TempDir dir;
  const auto file = dir.write("one.pdf", write_pdf(set, default_font_files()));
  const auto qdf = dir.path() / "one.qdf.pdf";
  REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(file) + " " + quoted(qdf)).status == 0);
  const std::string raw(std::istreambuf_iterator<char>(std::ifstream(qdf, std::ios::binary).rdbuf()), {});
  // y flipped about the A4 page's 841.89 pt, in float as libharu took numbers; the dash
  // grown with the line; the image placed by its matrix; each item in its element's
  // marked-content sequence, the footer an artifact (qpdf writes the hex digits in lower case).
  INFO(raw.substr(raw.find("/H1 <<"), 900));
  CHECK(contains(raw,
                 "/H1 <</MCID 0>> BDC\n"
                 "BT\n/F1 12 Tf\n1 0 0 rg\n1 0 0 1 72 741.89001 Tm\n<004800e9> Tj\nET\n"
                 "EMC\n"
                 "/Figure <</MCID 1>> BDC\n"
                 "0 0 1 rg\n72 711.89001 100 20 re\nf\n"
                 "0 1 0 RG\n1.5 w\n[5 3 ] 0 d\n72 701.89001 m\n172 701.89001 l\nS\n"
                 "0 0 0 RG\n2 w\n[] 0 d\n72 691.89001 m\n100 671.89001 l\n72 671.89001 l\nh\nS\n"
                 "1 1 1 rg\n190 641.89001 m\n"
                 "190 647.41003 194.48 651.89001 200 651.89001 c\n"
                 "205.52 651.89001 210 647.41003 210 641.89001 c\n"
                 "210 636.37 205.52 631.89001 200 631.89001 c\n"
                 "194.48 631.89001 190 636.37 190 641.89001 c\nf\n"
                 "q\n40 0 0 20 300 521.89001 cm\n/X1 Do\nQ\nEMC\n"
                 "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n"
                 "BT\n/F2 9 Tf\n0 0 0 rg\n1 0 0 1 72 41.89 Tm\n<0037> Tj\nET\nEMC\n"));
  const auto text = run("pdftotext " + quoted(file) + " -");
  CHECK(contains(text.output, "Hé"));
  const auto structure = run("pdfinfo -struct " + quoted(file));
  CHECK(contains(structure.output, "H1"));
  CHECK(contains(structure.output, "Figure"));
}
