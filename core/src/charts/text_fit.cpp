#include "charts/text_fit.hpp"

#include <algorithm>

namespace planforge::detail::charts {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

struct Wrapped {
  std::vector<std::string> lines;
  bool truncated = false;
};

Wrapped wrapped(const TextMeasure& m, std::string_view text, double max_width, double size, FontStyle style,
                int max_lines) {
  const TextLayout set = m.wrap(plain(std::string(trim(text))), max_width, size, style, max_lines);
  Wrapped out;
  out.truncated = set.truncated;
  for (const TextLine& line : set.lines) {
    std::string& s = out.lines.emplace_back();
    for (const TextSpan& span : line.spans) s += span.text;
  }
  return out;
}

}  // namespace

Box ink_box(const FigText& t, double width) {
  double before = t.anchor == TextAnchor::middle ? width / 2 : t.anchor == TextAnchor::end ? width : 0;
  if (t.rotation > 45 && t.rotation < 135) {
    // Reads upwards: the run goes towards smaller y, glyph tops point left.
    return {t.at.x - kInk.ascent * t.size, t.at.y - (width - before), t.at.x + kInk.descent * t.size,
            t.at.y + before};
  }
  return {t.at.x - before, t.at.y - kInk.ascent * t.size, t.at.x - before + width,
          t.at.y + kInk.descent * t.size};
}

std::string ellipsize(const TextMeasure& m, std::string_view text, double max_width, double size,
                      FontStyle style) {
  auto lines = wrapped(m, text, max_width, size, style, 1).lines;
  return lines.empty() ? std::string() : std::move(lines.front());
}

std::vector<std::string> wrap(const TextMeasure& m, std::string_view text, double max_width, double size,
                              FontStyle style, int max_lines) {
  return wrapped(m, text, max_width, size, style, max_lines).lines;
}

std::vector<std::string> wrap_balanced(const TextMeasure& m, std::string_view text, double max_width,
                                       double size, FontStyle style, int max_lines) {
  const Wrapped first = wrapped(m, text, max_width, size, style, max_lines);
  // Text already cut short is not balanced: a narrower width would only cut more.
  if (first.lines.size() < 2 || first.truncated) return first.lines;
  // As many lines, nothing cut (where a long word breaks may differ).
  auto same = [&](const Wrapped& other) {
    return other.lines.size() == first.lines.size() && !other.truncated;
  };
  double lo = max_width / static_cast<double>(first.lines.size()), hi = max_width;
  for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
    double mid = (lo + hi) / 2;
    if (same(wrapped(m, text, mid, size, style, max_lines)))
      hi = mid;
    else
      lo = mid;
  }
  return wrap(m, text, hi, size, style, max_lines);
}

double max_width(const TextMeasure& m, const std::vector<std::string>& lines, double size, FontStyle style) {
  double w = 0;
  for (const auto& l : lines) w = std::max(w, m.width(l, size, style));
  return w;
}

}  // namespace planforge::detail::charts
