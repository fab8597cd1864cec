#pragma once
// Fitting chart labels into a width: word wrapping, ellipsis, and the boxes text occupies.
// Widths always come from SectionBuilder::text_width (the theme's real fonts), so what fits
// here fits on the page.

#include <planforge/builder.hpp>
#include <planforge/figure.hpp>

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

// Vertical extent of a line of text relative to its baseline, in em. `ink` is what two
// labels must not share (cap height plus descenders, as a reader sees them); `full` is the
// font's ascender/descender, which must stay inside the canvas.
struct TextExtent {
  double ascent, descent;
};
inline constexpr TextExtent kInk{0.85, 0.25};
inline constexpr TextExtent kFull{1.07, 0.30};

// The box of a FigText whose measured width is `width`.
Box text_box(const FigText& text, double width, TextExtent extent = kInk);

// The text cut to fit `max_width`, ending in an ellipsis when shortened; empty when not even
// the ellipsis fits.
std::string ellipsize(const SectionBuilder& b, std::string_view text, double max_width, double size,
                      FontStyle style = FontStyle::regular);

// Greedy word wrap into at most `max_lines` lines of `max_width`; the last line is ellipsized
// when text remains. A word wider than a line is broken inside like the text column breaks
// one: after its own hyphen or at a hyphenation point of the plan's language, else at the
// last character that fits, with a visible hyphen between two letters.
std::vector<std::string> wrap(const SectionBuilder& b, std::string_view text, double max_width, double size,
                              FontStyle style = FontStyle::regular, int max_lines = 1000);

// Like wrap(), but with the lines evened out: the narrowest width that needs no more lines,
// so that a title does not end in a lonely word.
std::vector<std::string> wrap_balanced(const SectionBuilder& b, std::string_view text, double max_width,
                                       double size, FontStyle style = FontStyle::regular,
                                       int max_lines = 1000);

// The widest of `lines`.
double max_width(const SectionBuilder& b, const std::vector<std::string>& lines, double size,
                 FontStyle style = FontStyle::regular);

// Byte offsets of code point starts in `text`, plus text.size() at the end.
std::vector<std::size_t> code_point_offsets(std::string_view text);

}  // namespace planforge::detail::charts
