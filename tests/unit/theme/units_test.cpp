// Lengths, font sizes and paper sizes as theme files write them.

#include "theme/units.hpp"

#include <doctest/doctest.h>

using namespace planforge::detail;

TEST_CASE("lengths convert to points") {
  CHECK(*parse_length("25.4mm").points == doctest::Approx(72));
  CHECK(*parse_length("2.54cm").points == doctest::Approx(72));
  CHECK(*parse_length("1in").points == doctest::Approx(72));
  CHECK(*parse_length(" 12 pt ").points == doctest::Approx(12));
  CHECK(*parse_length("0.5IN").points == doctest::Approx(36));
  CHECK(*parse_length("0").points == 0);
}

TEST_CASE("what is not a length says why") {
  CHECK(parse_length("12").problem == "needs a unit: mm, cm, pt or in");
  CHECK(parse_length("12px").problem == "has unknown unit 'px' (use mm, cm, pt or in)");
  for (const char* bad : {"", "mm", ".", "-1mm", "+1mm", "1e3pt", "inf", "nanpt", "1.2.3mm", "0x10pt"}) {
    INFO(bad);
    CHECK_FALSE(parse_length(bad).points);
  }
}

TEST_CASE("font sizes and factors") {
  CHECK(*parse_font_size("10").points == 10);
  CHECK(*parse_font_size("10.5pt").points == 10.5);
  CHECK_FALSE(parse_font_size("0pt").points);
  CHECK_FALSE(parse_font_size("3mm").points);
  CHECK(*parse_factor("1.4").points == doctest::Approx(1.4));
  CHECK_FALSE(parse_factor("1.4pt").points);
}

TEST_CASE("paper sizes, case-insensitive, portrait") {
  auto a4 = paper_size("a4");
  REQUIRE(a4);
  CHECK(a4->first == doctest::Approx(595.276).epsilon(1e-5));
  CHECK(a4->second == doctest::Approx(841.89).epsilon(1e-5));
  CHECK(paper_size("Letter")->first == 612);
  CHECK(paper_size("LEGAL")->second == 1008);
  CHECK_FALSE(paper_size("B5"));
}
