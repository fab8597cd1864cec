// The TrueType checks that stand between a font file and libharu: the shipped fonts pass,
// and each corruption libharu would mishandle is refused with its reason.
#include "input/truetype_check.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

using namespace planforge::detail;

namespace {

std::string read(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string regular = read(PLANFORGE_SOURCE_DIR "/templates/default/fonts/OpenSans-Regular.ttf");

std::uint32_t u32(const std::string& f, std::size_t at) {
  return (std::uint32_t{static_cast<unsigned char>(f[at])} << 24) |
         (std::uint32_t{static_cast<unsigned char>(f[at + 1])} << 16) |
         (std::uint32_t{static_cast<unsigned char>(f[at + 2])} << 8) | static_cast<unsigned char>(f[at + 3]);
}
std::uint16_t u16(const std::string& f, std::size_t at) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(f[at]) << 8) |
                                    static_cast<unsigned char>(f[at + 1]));
}
void put16(std::string& f, std::size_t at, std::uint16_t v) {
  f[at] = static_cast<char>(v >> 8);
  f[at + 1] = static_cast<char>(v & 0xFF);
}

// Where a table starts, from the table directory.
std::size_t table(const std::string& f, const char* tag) {
  for (std::size_t i = 0, n = u16(f, 4); i < n; ++i)
    if (f.compare(12 + 16 * i, 4, tag) == 0) return u32(f, 12 + 16 * i + 8);
  FAIL("no table " << tag);
  return 0;
}

}  // namespace

TEST_CASE("the shipped fonts and their subsets pass") {
  REQUIRE(regular.size() > 100'000);
  CHECK(truetype_problem(regular) == "");
  for (const char* f : {"OpenSans-Bold.ttf", "OpenSans-Italic.ttf", "OpenSans-BoldItalic.ttf"})
    CHECK(truetype_problem(read(std::string(PLANFORGE_SOURCE_DIR "/templates/default/fonts/") + f)) == "");
  CHECK(truetype_problem(read(PLANFORGE_SOURCE_DIR "/tests/fuzz/font/opensans-italic-tiny.ttf")) == "");
}

TEST_CASE("hhea.numberOfHMetrics beyond the glyph count (libharu's heap overflow) is refused") {
  std::string f = regular;
  const std::uint16_t glyphs = u16(f, table(f, "maxp") + 4);
  put16(f, table(f, "hhea") + 34, static_cast<std::uint16_t>(glyphs + 1));
  CHECK(truetype_problem(f) == "is corrupt: hhea numberOfHMetrics (" + std::to_string(glyphs + 1) +
                                   ") exceeds the number of glyphs (" + std::to_string(glyphs) + ")");
}

TEST_CASE("each table libharu trusts is checked") {
  std::string no_glyphs = regular;
  put16(no_glyphs, table(no_glyphs, "maxp") + 4, 0);
  CHECK(truetype_problem(no_glyphs) == "has no glyphs");

  std::string upem = regular;
  put16(upem, table(upem, "head") + 18, 0);
  CHECK(truetype_problem(upem) == "has an invalid units-per-em of 0 (16–16384)");

  std::string loca = regular;
  put16(loca, table(loca, "head") + 50, 7);
  CHECK(truetype_problem(loca) == "has an invalid 'head' indexToLocFormat (7)");

  std::string licence = regular;
  put16(licence, table(licence, "OS/2") + 8, 0x0002);
  CHECK(truetype_problem(licence) ==
        "may not be embedded: its licence flags (OS/2 fsType 0x0002) forbid embedding or subsetting it");

  CHECK(truetype_problem(regular.substr(0, 8)) == "is not a TrueType font (too short)");
  CHECK(truetype_problem(regular.substr(0, 2000)).starts_with("is truncated (table '"));
  CHECK(truetype_problem(regular.substr(0, 12 + 16)).starts_with("is truncated (its table directory"));
  CHECK(truetype_problem("OTTO" + regular.substr(4)) ==
        "is an OpenType font with PostScript (CFF) outlines; a TrueType (.ttf) font is needed");
  CHECK(truetype_problem(std::string("this is not a font at all")) == "is not a TrueType font");
}

TEST_CASE("a character map whose last segment does not end at U+FFFF is refused") {
  std::string f = regular;
  const std::size_t cmap = table(f, "cmap");
  // Find the (3,1) format 4 subtable and zero its last end code.
  for (std::size_t i = 0, n = u16(f, cmap + 2); i < n; ++i) {
    const std::size_t record = cmap + 4 + 8 * i;
    const std::size_t sub = cmap + u32(f, record + 4);
    if (u16(f, record) == 3 && u16(f, record + 2) == 1 && u16(f, sub) == 4) {
      const std::size_t segments = u16(f, sub + 6) / 2;
      put16(f, sub + 14 + 2 * (segments - 1), 0x1234);
    }
  }
  CHECK(truetype_problem(f) == "has a corrupt character map (its last segment does not end at U+FFFF)");
}

TEST_CASE("random corruption of a font never reads outside it") {
  // Under the sanitizers this is the proof that the checker itself is safe.
  std::uint32_t seed = 12345;
  const auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 300; ++round) {
    std::string f = regular.substr(0, 4000 + next() % 8000);
    for (int k = 0; k < 20; ++k) f[next() % f.size()] = static_cast<char>(next());
    (void)truetype_problem(f);
  }
}
