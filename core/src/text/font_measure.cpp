#include "text/font_measure.hpp"

#include <limits>

namespace planforge::detail {

FontMeasure::FontMeasure(const FontSet& fonts, std::shared_ptr<const Hyphenator> hyphenator, Color link_color,
                         std::function<std::string(const std::string& id)> ref_title)
    : fonts_(fonts),
      hyphenator_(std::move(hyphenator)),
      link_color_(link_color),
      ref_title_(std::move(ref_title)) {}

double FontMeasure::width(std::string_view utf8, double size, FontStyle style) const {
  return fonts_.text_width(utf8, size, style);
}

double FontMeasure::ascent(double size, FontStyle style) const {
  return fonts_.face(style).ascender() * size / 1000.0;
}

double FontMeasure::descent(double size, FontStyle style) const {
  return -fonts_.face(style).descender() * size / 1000.0;
}

TextLayout FontMeasure::set(const FigTextBox& box) const {
  return set_text_box(box, std::numeric_limits<double>::infinity(), env());
}

}  // namespace planforge::detail
