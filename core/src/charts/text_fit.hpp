#pragma once
// Fitting chart labels into a width: wrapping and ellipsis by the core's line breaker
// (TextMeasure::wrap, the paragraphs' breaker with the plan language's hyphenation), and
// the boxes text occupies. Widths always come from the theme's real fonts, so what fits
// here fits on the page.

#include <planforge/figure.hpp>
#include <planforge/measure.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail::charts {

// An axis-aligned rectangle in canvas coordinates (y down).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  bool intersects(const Box& o, double pad = 0) const {
    return x0 < o.x1 + pad && o.x0 < x1 + pad && y0 < o.y1 + pad && o.y0 < y1 + pad;
  }
  bool inside(double width, double height) const {
    return x0 >= -1e-6 && y0 >= -1e-6 && x1 <= width + 1e-6 && y1 <= height + 1e-6;
  }
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// What two labels must not share, in em from the baseline: cap height and accents above,
// descenders below, as a reader sees them. Tighter than the font's full extent (text_box(),
// measure.hpp: the one model of where text is, which keeps it on the canvas), so that
// labels pack as closely as they read.
struct InkExtent {
  double ascent, descent;
};
inline constexpr InkExtent kInk{0.85, 0.25};

// The ink box of an upright or upward-reading FigText whose measured width is `width`.
Box ink_box(const FigText& text, double width);

// The text cut to fit `max_width`, ending in an ellipsis when shortened; empty when not even
// the ellipsis fits.
std::string ellipsize(const TextMeasure& m, std::string_view text, double max_width, double size,
                      FontStyle style = FontStyle::regular);

// The lines of `text` wrapped into `max_width` by the core's line breaker, at most
// `max_lines` (the last one then ends in an ellipsis when text remains). A word wider than a
// line is broken inside like the text column breaks one (after its own hyphen, at a
// hyphenation point of the plan's language, else at the last character that fits).
std::vector<std::string> wrap(const TextMeasure& m, std::string_view text, double max_width, double size,
                              FontStyle style = FontStyle::regular, int max_lines = 0);

// Like wrap(), but with the lines evened out: the narrowest width that needs no more lines,
// so that a title does not end in a lonely word.
std::vector<std::string> wrap_balanced(const TextMeasure& m, std::string_view text, double max_width,
                                       double size, FontStyle style = FontStyle::regular, int max_lines = 0);

// The widest of `lines`.
double max_width(const TextMeasure& m, const std::vector<std::string>& lines, double size,
                 FontStyle style = FontStyle::regular);

}  // namespace planforge::detail::charts
