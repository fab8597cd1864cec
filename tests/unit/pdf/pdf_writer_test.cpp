// write_pdf read back the way users read PDFs: qpdf checks the structure, pdftotext the text,
// pdfinfo the document info, qpdf --json the outline, and pdftoppm renders page 1 so that
// colours at known points prove where things were painted.

#include "image/image.hpp"
#include "pdf/pdf_writer.hpp"
#include "test_files.hpp"
#include "sample_document.hpp"

#include <doctest/doctest.h>

#include <cstdlib>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

// The sample written once per test binary run; tests only read it.
struct Written {
  TempDir dir;
  std::filesystem::path pdf;

  Written() {
    auto bytes = write_pdf(sample_document(), default_font_files());
    pdf = dir.write("sample.pdf", bytes);
    // Set PF_PDF_TEST_OUT to a folder to keep the PDF for a human to look at.
    if (const char* keep = std::getenv("PF_PDF_TEST_OUT"))
      std::filesystem::copy_file(pdf, std::filesystem::path(keep) / "sample.pdf",
                                 std::filesystem::copy_options::overwrite_existing);
  }
};

const Written& sample_pdf() {
  static const Written written;
  return written;
}

// The PDF with object streams and compression undone, for looking at dictionaries.
std::string uncompressed(const std::filesystem::path& pdf) {
  auto qdf = pdf.parent_path() / (pdf.stem().string() + ".qdf.pdf");
  auto r = run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf));
  REQUIRE_MESSAGE(r.status == 0, r.output);
  return read_text(qdf);
}

}  // namespace

TEST_CASE("the PDF passes qpdf --check") {
  auto r = run("qpdf --check " + quoted(sample_pdf().pdf));
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK(contains(r.output, "No syntax or stream encoding errors found"));
}

TEST_CASE("pdftotext reads the UTF-8 text back: accents, euro, dashes, quotes") {
  auto r = run("pdftotext -enc UTF-8 " + quoted(sample_pdf().pdf) + " -");
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(missing(r.output, {"Café – 5 € – niño – Zürich", "Italic “quotes”", "1 Mission — what we stand for",
                           "62 % → 80 %", "Rotated label"}) == "");
  CHECK_FALSE(contains(r.output, "Syntax Warning"));  // libharu's broken ToUnicode map, repaired
}

TEST_CASE("the watermark is painted first, under the content, as filled outlines, not text") {
  auto qdf = uncompressed(sample_pdf().pdf);
  // Two contours (each closed) filled with the nonzero rule, before anything else is drawn.
  auto start = qdf.find(
      "250 541.89001 m\n350 541.89001 l\n380 541.89001 400 511.89001 400 481.89001 c\n"
      "250 481.89001 l\nh\n270 521.89001 m\n270 501.89001 l\n330 501.89001 l\nh\nf\n");
  REQUIRE(start != std::string::npos);
  auto first_rect = qdf.find(" re\nf");
  REQUIRE(first_rect != std::string::npos);
  CHECK(start < first_rect);
  auto r = run("pdftotext -enc UTF-8 " + quoted(sample_pdf().pdf) + " -");
  CHECK_FALSE(contains(r.output, "DRAFT"));
}

TEST_CASE("pdfinfo shows the document info in UTF-8, the UTC dates and the page count") {
  auto r = run("TZ=UTC pdfinfo -isodates " + quoted(sample_pdf().pdf));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(missing(r.output, {"Title:           Customer Service & Support Strategic Plan 2027–2029",
                           "Author:          Northwind Advisory",
                           "Subject:         Acme Industrial Controls — service strategy",
                           "Keywords:        customer service, strategy, KPIs",
                           "Creator:         planforge unit test", "Producer:        planforge ",
                           "CreationDate:    2026-11-15T09:30:00Z", "ModDate:         2026-11-15T09:30:00Z",
                           "Pages:           3", "Page size:       595.276 x 841.89 pts (A4)"}) == "");
}

TEST_CASE("XMP metadata says what the document info says, the title marked with the plan's language") {
  auto doc = sample_document();
  doc.info.language = "de-CH";
  doc.info.title = "Kundenservice <Strategie> & Plan 2027–2029";
  TempDir dir;
  const auto pdf = dir.write("de.pdf", write_pdf(doc, default_font_files()));
  auto r = run("pdfinfo -meta " + quoted(pdf));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const std::string title = "Kundenservice &lt;Strategie&gt; &amp; Plan 2027–2029";
  CHECK(contains(r.output, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + title +
                               "</rdf:li><rdf:li xml:lang=\"de-CH\">" + title +
                               "</rdf:li></rdf:Alt></dc:title>"));
  CHECK(contains(r.output, "<dc:language><rdf:Bag><rdf:li>de-CH</rdf:li></rdf:Bag></dc:language>"));
  CHECK(
      contains(r.output, "<dc:creator><rdf:Seq><rdf:li>Northwind Advisory</rdf:li></rdf:Seq></dc:creator>"));
  CHECK(missing(r.output,
                {"<pdf:Keywords>customer service, strategy, KPIs</pdf:Keywords>", "<pdf:Producer>planforge ",
                 "<xmp:CreateDate>2026-11-15T09:30:00Z</xmp:CreateDate>"}) == "");
  // The packet is well-formed XML, and the file says PDF 1.7: /Metadata and /Lang began with
  // 1.4, the tagged structure's header scopes and /Tabs with 1.5, PDF/UA-1 reads ISO 32000-1.
  auto xml = run("pdfinfo -meta " + quoted(pdf) +
                 " | python3 -c 'import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read())'");
  CHECK_MESSAGE(xml.status == 0, xml.output);
  const std::string raw = uncompressed(pdf);
  CHECK(raw.rfind("%PDF-1.7", 0) == 0);
  CHECK(contains(r.output, "<pdfuaid:part>1</pdfuaid:part>"));
  CHECK(missing(raw, {"/Lang (de-CH)", "/Subtype /XML"}) == "");
}

TEST_CASE("the outline nests by level and points at the right pages") {
  auto r = run("qpdf --json --json-key=outlines " + quoted(sample_pdf().pdf));
  INFO(r.output);
  REQUIRE(r.status == 0);
  // qpdf prints an entry's kids before its title (keys are sorted), so nesting shows as
  // indentation: each level is one object deeper.
  auto indent = [&](const std::string& title) -> long {
    auto at = r.output.find("\"title\": \"" + title + "\"");
    if (at == std::string::npos) return -1;
    auto line_start = r.output.rfind('\n', at) + 1;
    return static_cast<long>(at - line_start);
  };
  long mission = indent("1 Mission"), goals = indent("1.1 Goals – ambition"),
       details = indent("1.1.1 Détails"), kpis = indent("2 KPIs in €");
  REQUIRE(mission > 0);
  CHECK(goals > mission);
  CHECK(details > goals);
  CHECK(kpis == mission);
  CHECK(r.output.find("\"title\": \"1 Mission\"") < r.output.find("\"title\": \"2 KPIs in €\""));
  CHECK(missing(r.output, {"\"destpageposfrom1\": 2", "\"destpageposfrom1\": 3"}) == "");
  auto qdf = uncompressed(sample_pdf().pdf);
  CHECK(contains(qdf, "/PageMode /UseOutlines"));
}

TEST_CASE("links: an internal jump and a percent-encoded URI, without a visible border") {
  auto qdf = uncompressed(sample_pdf().pdf);
  CHECK(missing(qdf, {"/Subtype /Link", "/URI (https://example.com/caf%C3%A9%20menu?q=a%20b)",
                      "/Border [\n    0\n    0\n    0\n  ]", "/FitH"}) == "");
  // Two link annotations on page 1, none on the others.
  std::size_t links = 0;
  for (auto at = qdf.find("/Subtype /Link"); at != std::string::npos; at = qdf.find("/Subtype /Link", at + 1))
    ++links;
  CHECK(links == 2);
}

TEST_CASE("fonts are embedded and the content is compressed") {
  auto r = run("pdffonts " + quoted(sample_pdf().pdf));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(contains(r.output, "+OpenSans "));  // the regular face's PostScript name
  CHECK(missing(r.output, {"+OpenSans-Bold", "OpenSans-Italic", "OpenSans-BoldItalic"}) == "");
  CHECK_FALSE(contains(r.output, " no  "));  // every font embedded ("emb" column says yes)
  auto raw = read_text(sample_pdf().pdf);
  CHECK(contains(raw, "/FlateDecode"));
  CHECK(raw.size() < 600'000);
}

TEST_CASE("only the faces the pages draw with are embedded") {
  PageSet set;
  Page page;
  page.items.push_back(PlacedText{72, 72, "Regular only", FontStyle::regular, 12, {}, 0});
  set.pages.push_back(page);
  TempDir dir;
  const auto pdf = dir.write("regular.pdf", write_pdf(set, default_font_files()));
  const std::string raw = uncompressed(pdf);
  std::size_t files = 0;
  for (std::size_t at = raw.find("/FontFile2"); at != std::string::npos; at = raw.find("/FontFile2", at + 1))
    ++files;
  CHECK(files == 1);
  const auto r = run("pdffonts " + quoted(pdf));
  CHECK(contains(r.output, "+OpenSans "));
  CHECK_FALSE(contains(r.output, "OpenSans-Bold"));
  CHECK_FALSE(contains(r.output, "OpenSans-Italic"));
}

TEST_CASE("identical input gives identical bytes — another date gives other bytes") {
  auto doc = sample_document();
  auto first = write_pdf(doc, default_font_files());
  auto second = write_pdf(doc, default_font_files());
  CHECK(first == second);
  doc.info.creation_time += 86400;
  CHECK(write_pdf(doc, default_font_files()) != first);
}

TEST_CASE("rendered page 1 has every shape where the PageSet put it") {
  const auto& w = sample_pdf();
  auto prefix = w.dir.path() / "page1";
  auto r = run("pdftoppm -r 60 -png -f 1 -l 1 -singlefile " + quoted(w.pdf) + " " + quoted(prefix));
  INFO(r.output);
  REQUIRE(r.status == 0);
  auto png = prefix;
  png += ".png";
  if (const char* keep = std::getenv("PF_PDF_TEST_OUT"))
    std::filesystem::copy_file(png, std::filesystem::path(keep) / "sample-page1.png",
                               std::filesystem::copy_options::overwrite_existing);
  auto img = decode_image(png);
  CHECK(img.width == 497);  // 595.276 pt at 60 dpi, rounded up
  CHECK(img.height == 702);
  // Colour at a point given in PDF points from the top-left, as the PageSet places things.
  auto at = [&](double x, double y) {
    auto px = static_cast<std::size_t>(x * 60 / 72), py = static_cast<std::size_t>(y * 60 / 72);
    std::size_t i = (py * img.width + px) * 3;
    return Color{img.rgb[i], img.rgb[i + 1], img.rgb[i + 2]};
  };
  auto near = [](Color a, Color b) {
    return std::abs(a.r - b.r) <= 6 && std::abs(a.g - b.g) <= 6 && std::abs(a.b - b.b) <= 6;
  };
  auto show = [](Color c) {
    return std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b);
  };
  const Color white{255, 255, 255};
  INFO("band ", show(at(400, 30)), " circle ", show(at(450, 350)), " panel ", show(at(150, 340)));
  CHECK(near(at(400, 30), band_navy));  // the band at the top, not the bottom
  CHECK(near(at(400, 800), white));
  CHECK(near(at(450, 350), circle_green));
  CHECK(near(at(150, 340), panel_grey));
  CHECK(near(at(50.5, 300.5), white));     // the panel's corner is rounded off
  CHECK(near(at(410, 458), {255, 0, 0}));  // image quadrants: not mirrored or flipped
  CHECK(near(at(470, 458), {0, 0, 255}));
  CHECK(near(at(410, 482), {0, 160, 0}));
  CHECK(near(at(470, 482), {255, 255, 0}));
  CHECK(near(at(300, 505), {0xC8, 0x77, 0x3A}));  // inside the filled triangle
}
