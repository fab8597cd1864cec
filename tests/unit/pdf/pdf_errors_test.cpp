// Bad fonts and bad PageSets become PdfError, never a crash; and the small helpers the
// writer relies on (URI encoding, UTC dates, UTF-8 cleaning).

#include "pdf/navigation.hpp"
#include "pdf/pdf_writer.hpp"
#include "pdf/utf8_clean.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <iterator>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

PageSet one_page() {
  PageSet set;
  Page page;
  page.items.push_back(PlacedText{72, 72, "Hello", FontStyle::regular, 12, {}, 0});
  set.pages.push_back(page);
  return set;
}

std::string error_with_regular_font(const std::filesystem::path& font) {
  auto fonts = default_font_files();
  fonts[0] = font;
  try {
    write_pdf(one_page(), fonts);
    return "written";
  } catch (const PdfError& e) {
    return e.what();
  }
}

std::vector<std::uint8_t> head_of(const std::filesystem::path& file, std::size_t n) {
  std::ifstream in(file, std::ios::binary);
  std::vector<std::uint8_t> bytes(n);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(n));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

}  // namespace

TEST_CASE("a missing font file is a PdfError naming it") {
  auto message = error_with_regular_font("/nonexistent/planforge/Font.ttf");
  CHECK(message == "font file /nonexistent/planforge/Font.ttf not found");
}

TEST_CASE("font files that crash or fool libharu are refused before it opens them") {
  TempDir dir;
  // 6–11 bytes segfault libharu; a truncated TTF makes it return NULL without a reason.
  auto tiny = dir.write("tiny.ttf", std::vector<std::uint8_t>{0, 1, 0, 0, 0, 9, 0, 0});
  CHECK(error_with_regular_font(tiny) ==
        "font file " + tiny.string() + " is not a TrueType font (too short)");

  auto regular = default_font_files()[0];
  auto cut = dir.write("cut.ttf", head_of(regular, 2000));
  auto message = error_with_regular_font(cut);
  CHECK(message.rfind("font file " + cut.string() + " is truncated", 0) == 0);

  auto directory_only = dir.write("dir-only.ttf", head_of(regular, 12 + 16 * 3));
  CHECK(error_with_regular_font(directory_only).find("is truncated") != std::string::npos);

  auto text = dir.write("text.ttf", std::string("this is not a font at all, just text"));
  CHECK(error_with_regular_font(text) == "font file " + text.string() + " is not a TrueType font");

  CHECK(error_with_regular_font(dir.path()) ==
        "font file " + dir.path().string() + " is a directory, not a file");
}

TEST_CASE("one font file may serve several styles") {
  auto fonts = default_font_files();
  fonts[2] = fonts[0];
  fonts[3] = fonts[1];
  auto bytes = write_pdf(one_page(), fonts);
  CHECK(bytes.size() > 1000);
}

TEST_CASE("PageSets the layout should never produce are PdfErrors, not crashes") {
  auto fonts = default_font_files();
  CHECK_THROWS_WITH_AS(write_pdf(PageSet{}, fonts), "the document has no pages", PdfError);

  auto bad_link = one_page();
  bad_link.pages[0].links.push_back(LinkArea{0, 0, 10, 10, "", 5, 0});
  CHECK_THROWS_WITH_AS(write_pdf(bad_link, fonts), "a link points at page 6 of a 1-page document", PdfError);

  auto bad_outline = one_page();
  bad_outline.outline.push_back({"Lost", 1, -1, 0});
  CHECK_THROWS_AS(write_pdf(bad_outline, fonts), PdfError);

  auto bad_image = one_page();
  bad_image.pages[0].items.push_back(PlacedImage{3, 0, 0, 10, 10});
  CHECK_THROWS_WITH_AS(write_pdf(bad_image, fonts), "page refers to image 3 of 0", PdfError);

  auto short_pixels = one_page();
  short_pixels.images.push_back(RasterImage{2, 2, {1, 2, 3}});
  short_pixels.pages[0].items.push_back(PlacedImage{0, 0, 0, 10, 10});
  CHECK_THROWS_AS(write_pdf(short_pixels, fonts), PdfError);

  auto huge_font = one_page();
  std::get<PlacedText>(huge_font.pages[0].items[0]).size = 5000;
  auto message = [&] {
    try {
      write_pdf(huge_font, fonts);
      return std::string("written");
    } catch (const PdfError& e) {
      return std::string(e.what());
    }
  }();
  // Refused with libharu's own limit, which the painter checks (it writes the operators).
  CHECK(message == "a text of 5000 pt is outside the font sizes PDF allows (up to 600 pt)");

  auto not_a_number = one_page();
  not_a_number.pages[0].items.push_back(PlacedRect{std::nan(""), 0, 10, 10, Color{}, std::nullopt, 1, 0});
  CHECK_THROWS_WITH_AS(write_pdf(not_a_number, fonts),
                       "a page item has a coordinate or size that is not a number", PdfError);
  auto nan_link = one_page();
  nan_link.pages[0].links.push_back(LinkArea{0, std::nan(""), 10, 10, "https://x.org", -1, 0});
  CHECK_THROWS_AS(write_pdf(nan_link, fonts), PdfError);

  auto no_size = one_page();
  no_size.width = 0;
  CHECK_THROWS_AS(write_pdf(no_size, fonts), PdfError);
}

TEST_CASE("text that is not clean UTF-8 is repaired, not passed to libharu") {
  CHECK(clean_utf8("Café – €") == "Café – €");
  CHECK(clean_utf8("a\tb\nc") == "a b c");
  CHECK(clean_utf8(std::string("a\0b", 3)) == "ab");
  CHECK(clean_utf8("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
  CHECK(clean_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(clean_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  auto set = one_page();
  std::get<PlacedText>(set.pages[0].items[0]).text = "broken \xFF\xFE text\x01";
  CHECK(write_pdf(set, default_font_files()).size() > 1000);
}

TEST_CASE("URIs are percent-encoded where a reader needs it") {
  CHECK(percent_encode_uri("https://example.com/a b") == "https://example.com/a%20b");
  CHECK(percent_encode_uri("https://example.com/café") == "https://example.com/caf%C3%A9");
  CHECK(percent_encode_uri("https://x.org/?q=%41&r=50%") == "https://x.org/?q=%41&r=50%25");
  CHECK(percent_encode_uri("mailto:a@b.c?subject=\"hi\"") == "mailto:a@b.c?subject=%22hi%22");
  CHECK(percent_encode_uri("https://x.org/(a)#frag") == "https://x.org/(a)#frag");
}

TEST_CASE("epoch seconds to UTC civil time") {
  auto t = utc_from_epoch(1794735000);
  CHECK(t.year == 2026);
  CHECK(t.month == 11);
  CHECK(t.day == 15);
  CHECK(t.hour == 9);
  CHECK(t.minute == 30);
  CHECK(t.second == 0);
  auto leap = utc_from_epoch(951782400);  // 2000-02-29 00:00:00
  CHECK(leap.year == 2000);
  CHECK(leap.month == 2);
  CHECK(leap.day == 29);
  auto before = utc_from_epoch(-1);
  CHECK(before.year == 1969);
  CHECK(before.month == 12);
  CHECK(before.day == 31);
  CHECK(before.second == 59);
}
