// Colours: parsing, tints and shades, and the WCAG contrast rule every label set on a fill
// keeps (color.hpp).
#include <planforge/color.hpp>

#include <doctest/doctest.h>

using namespace planforge;

namespace {
const Color black{0, 0, 0}, white{255, 255, 255};
}  // namespace

TEST_CASE("colours parse from hex, tint toward white and darken toward black") {
  CHECK(Color::parse("#1F3A5F") == Color{0x1f, 0x3a, 0x5f});
  CHECK(Color::parse("1f3a5f") == Color{0x1f, 0x3a, 0x5f});
  CHECK_FALSE(Color::parse("#12345"));
  CHECK_FALSE(Color::parse("#12345g"));
  CHECK(black.tint(1.0) == white);
  CHECK(Color{100, 100, 100}.tint(0.0) == Color{100, 100, 100});
  CHECK(Color{100, 100, 100}.lighten(0.5) == Color{178, 178, 178});
  CHECK(Color{100, 200, 50}.darken(0.5) == Color{50, 100, 25});
  CHECK(white.darken(1.0) == black);
  CHECK(Color{100, 100, 100}.darken(-1) == Color{100, 100, 100});  // clamped
  CHECK(Color{100, 100, 100}.darken(7) == black);
}

TEST_CASE("relative luminance and contrast follow WCAG 2") {
  CHECK(black.luminance() == doctest::Approx(0.0));
  CHECK(white.luminance() == doctest::Approx(1.0));
  // Mid grey #777777: the linear segment is not used above 0.04045, 0.1845 by the formula.
  CHECK(Color{0x77, 0x77, 0x77}.luminance() == doctest::Approx(0.1845).epsilon(0.001));
  // Green weighs most: pure green is far lighter than pure blue.
  CHECK(Color{0, 255, 0}.luminance() == doctest::Approx(0.7152));
  CHECK(Color{0, 0, 255}.luminance() == doctest::Approx(0.0722));
  CHECK(contrast_ratio(black, white) == doctest::Approx(21.0));
  CHECK(contrast_ratio(white, black) == doctest::Approx(21.0));
  CHECK(contrast_ratio(Color{0x33, 0x66, 0x99}, Color{0x33, 0x66, 0x99}) == doctest::Approx(1.0));
  // #767676 on white is the classic lightest grey that passes AA: 4.54 : 1.
  CHECK(contrast_ratio(Color{0x76, 0x76, 0x76}, white) == doctest::Approx(4.54).epsilon(0.005));
  CHECK(contrast_ratio(Color{0x77, 0x77, 0x77}, white) < kMinTextContrast);
}

TEST_CASE("the readable text colour on a fill always reaches 4.5 : 1") {
  const Color text{0x1F, 0x29, 0x33};
  // The preferred colour where it reads.
  CHECK(readable_text_on(white, text) == text);
  CHECK(readable_text_on(Color{0xF2, 0xF4, 0xF7}, text) == text);
  // White on a dark fill.
  CHECK(readable_text_on(Color{0x14, 0x28, 0x4B}, text) == white);
  // Copper #C8773A: neither the text colour (4.3 : 1) nor white (3.4 : 1) reads, so the
  // text colour is darkened until it does.
  const Color copper{0xC8, 0x77, 0x3A};
  CHECK(contrast_ratio(text, copper) < kMinTextContrast);
  CHECK(contrast_ratio(white, copper) < kMinTextContrast);
  const Color on_copper = readable_text_on(copper, text);
  CHECK(on_copper != text);
  CHECK(contrast_ratio(on_copper, copper) >= kMinTextContrast);
  // A muted grey on a light panel is darkened a little, not swapped for black.
  const Color muted{0x66, 0x70, 0x85};
  const Color on_panel = readable_text_on(Color{0xE6, 0xE9, 0xEE}, muted);
  CHECK(contrast_ratio(on_panel, Color{0xE6, 0xE9, 0xEE}) >= kMinTextContrast);
  CHECK(on_panel != black);
  // Every fill of a coarse sweep of the sRGB cube, with a light and a dark preference.
  for (int r = 0; r < 256; r += 17)
    for (int g = 0; g < 256; g += 17)
      for (int b = 0; b < 256; b += 17) {
        const Color fill{static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(g),
                         static_cast<std::uint8_t>(b)};
        for (Color preferred : {text, muted, Color{0xE0, 0x9B, 0x00}, white}) {
          const double ratio = contrast_ratio(readable_text_on(fill, preferred), fill);
          if (ratio < kMinTextContrast)
            FAIL_CHECK("contrast " << ratio << " on " << r << "," << g << "," << b);
        }
      }
  // The palette's shorthands.
  Palette p;
  CHECK(p.text_on(white) == p.text);
  CHECK(p.muted_on(white) == p.muted);
  CHECK(p.text_on(p.primary) == white);
}
