#include "test_fonts.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace planforge;
using namespace planforge::detail;

namespace {

std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string read_all(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("advances are the font's hmtx widths in 1/1000 em, truncated like libharu") {
  const auto& fonts = test::default_fonts();
  const auto& regular = fonts.face(FontStyle::regular);
  // Open Sans has 2048 units per em; 'A' advances 1296 units: 632.8 -> 632.
  CHECK(regular.advance(U'A') == 632);
  CHECK(regular.advance(U' ') == 259);
  CHECK(regular.advance(U'W') == 925);
  CHECK(regular.advance(0x20AC) == 589);  // euro sign
  CHECK(fonts.face(FontStyle::bold).advance(U'A') == 689);
  CHECK(regular.has_glyph(0x2022));
  CHECK_FALSE(regular.has_glyph(0x4E2D));  // no CJK in Open Sans
  CHECK(regular.ascender() > 1000);
  CHECK(regular.descender() < 0);
  CHECK(regular.cap_height() > 600);
}

TEST_CASE("text width sums advances at the size, decoding UTF-8") {
  const auto& fonts = test::default_fonts();
  CHECK(fonts.text_width("AW", 10, FontStyle::regular) == doctest::Approx((632 + 925) / 100.0));
  CHECK(fonts.text_width("\xE2\x82\xAC", 20, FontStyle::regular) == doctest::Approx(589 * 0.02));
  CHECK(fonts.text_width("", 10, FontStyle::bold) == 0);
}

TEST_CASE("a missing, non-font or truncated file is a FontError naming the file") {
  auto message_of = [](const std::filesystem::path& file) {
    try {
      FontFace::load(file);
    } catch (const FontError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const auto missing = std::filesystem::temp_directory_path() / "pf-no-such-font.ttf";
  CHECK(message_of(missing).find("pf-no-such-font.ttf") != std::string::npos);
  CHECK(message_of(missing).find("not found") != std::string::npos);

  const auto text = write_temp("pf-not-a-font.ttf", "this is not a font at all\n");
  CHECK(message_of(text).find("pf-not-a-font.ttf") != std::string::npos);

  const std::string real = read_all(test::font_dir() / "OpenSans-Regular.ttf");
  const auto truncated = write_temp("pf-truncated.ttf", real.substr(0, 300));
  CHECK(message_of(truncated).find("pf-truncated.ttf") != std::string::npos);
  const auto tiny = write_temp("pf-tiny.ttf", real.substr(0, 8));
  CHECK(message_of(tiny).find("pf-tiny.ttf") != std::string::npos);
}

TEST_CASE("FontSet refuses a set with one bad face") {
  const auto dir = test::font_dir();
  const auto bad = write_temp("pf-bad-face.ttf", "junk");
  CHECK_THROWS_AS(FontSet({dir / "OpenSans-Regular.ttf", dir / "OpenSans-Bold.ttf", bad,
                           dir / "OpenSans-BoldItalic.ttf"}),
                  FontError);
}

TEST_CASE("malformed UTF-8 is replaced, valid text is untouched") {
  CHECK(sanitize_utf8("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(sanitize_utf8("a\xC3") == "a\xEF\xBF\xBD");
  CHECK(sanitize_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(sanitize_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(is_valid_utf8("\xF0\x9F\x98\x80"));
  CHECK_FALSE(is_valid_utf8("\xF8\x88\x80\x80\x80"));
}
