#pragma once
// Text as vector outlines: the glyphs' contours from the font file (FreeType), for text that
// must look like text but is not text to a PDF reader. The DRAFT watermark is drawn this way
// so that copying or extracting a page's text never picks up its letters.

#include "text/font.hpp"

#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace planforge::detail {

// One step of an outline: start a contour at p[0], a line to p[0], or a cubic Bézier
// through p[0] and p[1] to p[2]. Every contour is closed.
struct OutlineStep {
  enum class Kind : unsigned char { move, line, cubic } kind = Kind::move;
  std::array<std::pair<double, double>, 3> p{};
};

// A line of text as contours, in 1/1000 em of the font's size: the baseline's start at the
// origin, x to the right, y down (as on a page). Fill with the nonzero winding rule.
struct TextOutline {
  std::vector<OutlineStep> steps;
  double advance = 0;  // the line's width (the sum of the advances FontFace measures)
};

// The outline of `utf8` in `face`'s font. A code point the font lacks draws as its missing
// glyph, as text would. Throws FontError when the font file cannot be read again.
TextOutline outline_text(const FontFace& face, std::string_view utf8);

}  // namespace planforge::detail
