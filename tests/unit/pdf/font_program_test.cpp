// A font program without glyph names (font_program.hpp): the 'post' table becomes its
// 32-byte format 3 header, every other table stays byte for byte, every checksum holds; a
// font without names, or bytes that are no TrueType file, are left alone. A CIDToGIDMap
// keeps only the glyphs the subset holds.

#include "pdf/font_program.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

std::uint32_t get32(const std::string& s, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t b = 0; b < 4; ++b) v = v << 8 | static_cast<unsigned char>(s[at + b]);
  return v;
}

std::uint32_t checksum(std::string s) {
  s.append((4 - s.size() % 4) % 4, '\0');
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < s.size(); i += 4) sum += get32(s, i);
  return sum;
}

// Each table's bytes by tag; each table's recorded checksum checked on the way.
std::map<std::string, std::string> tables_of(const std::string& font) {
  std::map<std::string, std::string> tables;
  const std::size_t count = static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + 16 * i;
    const std::string tag = font.substr(record, 4);
    std::string data = font.substr(get32(font, record + 8), get32(font, record + 12));
    std::string counted = data;
    if (tag == "head") counted.replace(8, 4, 4, '\0');  // its checksum counts the adjustment as 0
    CHECK_MESSAGE(checksum(counted) == get32(font, record + 4), tag);
    tables[tag] = data;
  }
  return tables;
}

}  // namespace

TEST_CASE("a font program without glyph names: a format 3 'post', everything else the same") {
  const std::string font = read_text(default_font_files()[0]);
  const auto before = tables_of(font);
  REQUIRE(before.count("post"));
  REQUIRE(get32(before.at("post"), 0) == 0x00020000);  // Open Sans names its glyphs

  const auto slim = without_glyph_names(font);
  REQUIRE(slim);
  CHECK(slim->size() < font.size() - before.at("post").size() + 64);  // the names are gone
  const auto after = tables_of(*slim);
  CHECK(after.size() == before.size());
  CHECK(after.at("post").size() == 32);
  CHECK(get32(after.at("post"), 0) == 0x00030000);
  CHECK(after.at("post").substr(4) == before.at("post").substr(4, 28));  // angle, underline, pitch
  for (const auto& [tag, data] : before)
    if (tag != "post" && tag != "head") CHECK_MESSAGE(after.at(tag) == data, tag);
  CHECK(checksum(*slim) == 0xB1B0AFBA);  // the whole file, through head's adjustment

  CHECK_FALSE(without_glyph_names(*slim));  // no names left: nothing to do
}

TEST_CASE("bytes that are no TrueType file with names are left alone") {
  CHECK_FALSE(without_glyph_names(""));
  CHECK_FALSE(without_glyph_names("OTTO and some more bytes"));
  std::string font = read_text(default_font_files()[0]);
  CHECK_FALSE(without_glyph_names(font.substr(0, 200)));  // its tables lie outside it
  font[4] = '\x7F';                                       // more table records than bytes
  CHECK_FALSE(without_glyph_names(font.substr(0, 1000)));
}

TEST_CASE("a CIDToGIDMap keeps the glyphs the subset holds and maps every other character to 0") {
  // CIDs 0–4 map to glyphs 0, 3, 2, 7 and 300; glyphs 2 and 3 are used, 300 is past the font.
  std::string map("\x00\x00\x00\x03\x00\x02\x00\x07\x01\x2C", 10);
  const HPDF_BYTE used[8] = {0, 0, 1, 1, 0, 0, 0, 0};
  unmap_unused_glyphs(map, used, 8);
  CHECK(map == std::string("\x00\x00\x00\x03\x00\x02\x00\x00\x00\x00", 10));
}
