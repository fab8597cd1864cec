#include <planforge/measure.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

PLANFORGE_BEGIN_NAMESPACE

TextMeasure::~TextMeasure() = default;

TextLayout TextMeasure::wrap(const RichText& text, double width, double size, FontStyle style,
                             int max_lines) const {
  return set(FigTextBox{.width = width, .text = text, .size = size, .style = style, .max_lines = max_lines});
}

FigBox text_box(const FigText& t, const TextMeasure& m) {
  const double width = m.width(t.text, t.size, t.style);
  const double start = t.anchor == TextAnchor::start    ? 0
                       : t.anchor == TextAnchor::middle ? -width / 2
                                                        : -width;
  const double above = m.ascent(t.size, t.style), below = m.descent(t.size, t.style);
  const double angle = t.rotation * std::numbers::pi / 180;
  const double c = std::cos(angle), s = std::sin(angle);
  FigBox box{INFINITY, INFINITY, -INFINITY, -INFINITY};
  for (double x : {start, start + width})
    for (double y : {-above, below}) {
      // Counter-clockwise as the reader sees it, with y pointing down. A NaN anywhere makes
      // the box NaN (std::min would hide it), so that a check rejects it.
      const double px = t.at.x + x * c + y * s, py = t.at.y - x * s + y * c;
      if (std::isnan(px) || std::isnan(py)) return {NAN, NAN, NAN, NAN};
      box = {std::min(box.x0, px), std::min(box.y0, py), std::max(box.x1, px), std::max(box.y1, py)};
    }
  return box;
}

FigBox text_box(const FigTextBox& b, const TextMeasure&) {
  const double height = b.max_height ? *b.max_height : TextMeasure::line_height(b.size, b.line_spacing);
  return {b.x, b.y, b.x + b.width, b.y + height};
}

PLANFORGE_END_NAMESPACE
