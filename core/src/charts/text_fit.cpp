#include "charts/text_fit.hpp"

#include <algorithm>

namespace planforge::detail::charts {

namespace {
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

// The longest prefix of `word` (whole code points, at least one) that fits `max_width`.
std::size_t fitting_prefix(const SectionBuilder& b, std::string_view word, double max_width,
                           double size, FontStyle style) {
  auto offsets = code_point_offsets(word);
  std::size_t best = offsets.size() > 1 ? offsets[1] : word.size();
  for (std::size_t k = 1; k < offsets.size(); ++k) {
    if (b.text_width(word.substr(0, offsets[k]), size, style) > max_width) break;
    best = offsets[k];
  }
  return best;
}
}  // namespace

std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(text.size());
  return out;
}

Box text_box(const FigText& t, double width, TextExtent e) {
  double before = t.anchor == TextAnchor::middle ? width / 2 : t.anchor == TextAnchor::end ? width : 0;
  if (t.rotation > 45 && t.rotation < 135) {
    // Reads upwards: the run goes towards smaller y, glyph tops point left.
    return {t.at.x - e.ascent * t.size, t.at.y - (width - before), t.at.x + e.descent * t.size,
            t.at.y + before};
  }
  return {t.at.x - before, t.at.y - e.ascent * t.size, t.at.x - before + width,
          t.at.y + e.descent * t.size};
}

std::string ellipsize(const SectionBuilder& b, std::string_view text, double max_width, double size,
                      FontStyle style) {
  text = trim(text);
  if (b.text_width(text, size, style) <= max_width) return std::string(text);
  auto offsets = code_point_offsets(text);
  // Widths grow with the prefix, so a binary search over code point counts finds the longest.
  std::size_t lo = 0, hi = offsets.size() - 1;
  auto fits = [&](std::size_t k) {
    std::string candidate(trim(text.substr(0, offsets[k])));
    candidate += kEllipsis;
    return b.text_width(candidate, size, style) <= max_width;
  };
  if (!fits(0)) return {};
  while (lo < hi) {
    std::size_t mid = (lo + hi + 1) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  std::string out(trim(text.substr(0, offsets[lo])));
  // Do not leave a dangling comma or dash before the ellipsis.
  while (!out.empty() && (out.back() == ',' || out.back() == '-' || out.back() == ';' || out.back() == ':'))
    out.pop_back();
  out += kEllipsis;
  return out;
}

std::vector<std::string> wrap(const SectionBuilder& b, std::string_view text, double max_width,
                              double size, FontStyle style, int max_lines) {
  std::vector<std::string> lines;
  auto words = words_of(text);
  std::string current;
  std::size_t w = 0;
  auto flush_rest_into_last = [&](std::size_t from) {
    // Out of lines: everything left goes into the last line, shortened with an ellipsis.
    std::string rest = current;
    for (std::size_t k = from; k < words.size(); ++k) {
      if (!rest.empty()) rest += ' ';
      rest += words[k];
    }
    // The remainder is always wider than the line here (that is why we ran out).
    lines.push_back(ellipsize(b, rest, max_width, size, style));
  };
  while (w < words.size()) {
    std::string_view word = words[w];
    std::string candidate = current.empty() ? std::string(word) : current + " " + std::string(word);
    if (b.text_width(candidate, size, style) <= max_width) {
      current = std::move(candidate);
      ++w;
      continue;
    }
    if (current.empty()) {
      // A single word wider than the line: break it between code points.
      std::size_t cut = fitting_prefix(b, word, max_width, size, style);
      if (static_cast<int>(lines.size()) + 1 >= max_lines) {
        current = std::string(word);
        ++w;
        flush_rest_into_last(w);
        return lines;
      }
      lines.emplace_back(word.substr(0, cut));
      words[w] = word.substr(cut);
      continue;
    }
    if (static_cast<int>(lines.size()) + 1 >= max_lines) {
      flush_rest_into_last(w);
      return lines;
    }
    lines.push_back(std::move(current));
    current.clear();
  }
  if (!current.empty()) lines.push_back(std::move(current));
  return lines;
}

std::vector<std::string> wrap_balanced(const SectionBuilder& b, std::string_view text, double max_width,
                                       double size, FontStyle style, int max_lines) {
  auto lines = wrap(b, text, max_width, size, style, max_lines);
  if (lines.size() < 2) return lines;
  auto same = [&](const std::vector<std::string>& other) {
    if (other.size() != lines.size()) return false;
    std::string a, c;
    for (const auto& l : lines) a += l + ' ';
    for (const auto& l : other) c += l + ' ';
    return a == c;  // nothing more was cut
  };
  double lo = max_width / static_cast<double>(lines.size()), hi = max_width;
  for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
    double mid = (lo + hi) / 2;
    if (same(wrap(b, text, mid, size, style, max_lines))) hi = mid;
    else lo = mid;
  }
  return wrap(b, text, hi, size, style, max_lines);
}

double max_width(const SectionBuilder& b, const std::vector<std::string>& lines, double size,
                 FontStyle style) {
  double m = 0;
  for (const auto& l : lines) m = std::max(m, b.text_width(l, size, style));
  return m;
}

}  // namespace planforge::detail::charts
