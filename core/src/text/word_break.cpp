#include "text/word_break.hpp"

#include <vector>

namespace planforge::detail {

namespace {

bool counts(const Glyph& g) { return g.kind == GlyphKind::ink || g.kind == GlyphKind::space; }

// Glyphs after which the dictionary allows a hyphen, within [from, to).
std::vector<bool> dictionary_points(const ScannedText& s, std::size_t from, std::size_t to,
                                    const Hyphenator& h) {
  std::vector<bool> allowed(to - from, false);
  std::size_t i = from;
  while (i < to) {
    if (!s.glyphs[i].letter) {
      ++i;
      continue;
    }
    std::size_t k = i;
    while (k < to && s.glyphs[k].letter) ++k;
    // [i, k) is a run of letters: hyphenate it as one word.
    const std::size_t first_byte = s.glyphs[i].begin;
    const std::string_view word(s.text.data() + first_byte, s.glyphs[k - 1].end - first_byte);
    std::size_t g = i;
    for (std::size_t offset : h.points(word)) {
      while (g < k && s.glyphs[g].end - first_byte < offset) ++g;
      if (g < k && s.glyphs[g].end - first_byte == offset) allowed[g - from] = true;
    }
    i = k;
  }
  return allowed;
}

}  // namespace

WordBreak break_in_word(const ScannedText& scanned, std::size_t line_start, std::size_t word_start,
                        std::size_t overflow, double max_width, const Hyphenator* hyphenator) {
  const auto& glyphs = scanned.glyphs;
  const std::size_t n = glyphs.size();
  // The word runs to the next break opportunity; does it fit a line of its own?
  std::size_t word_end = overflow;
  while (word_end < n && glyphs[word_end].brk == BreakAfter::none &&
         glyphs[word_end].kind != GlyphKind::newline)
    ++word_end;
  double word_width = 0;
  for (std::size_t i = word_start; i < std::min(word_end + 1, n); ++i)
    if (glyphs[i].kind == GlyphKind::ink) word_width += glyphs[i].width;
  if (word_width <= max_width) return {};

  // prefix[i - line_start]: width of [line_start, i], so the width of a line ending after i.
  std::vector<double> prefix(overflow - line_start, 0);
  double w = 0;
  for (std::size_t i = line_start; i < overflow; ++i) {
    if (counts(glyphs[i])) w += glyphs[i].width;
    prefix[i - line_start] = w;
  }
  auto fits_with_hyphen = [&](std::size_t after) {
    return prefix[after - line_start] + scanned.hyphen_width[glyphs[after].run] <= max_width;
  };
  auto between_letters = [&](std::size_t after) {
    return glyphs[after].letter && after + 1 < n && glyphs[after + 1].letter;
  };

  if (hyphenator && overflow > word_start) {
    const auto allowed = dictionary_points(scanned, word_start, overflow, *hyphenator);
    for (std::size_t after = overflow; after-- > word_start;)
      if (allowed[after - word_start] && fits_with_hyphen(after)) return {after, true};
  }
  // No dictionary point fits: words before it on the line, so the word starts the next.
  if (word_start > line_start) return {};
  // The word starts the line and nothing from the dictionary fits: the last letter that
  // does, with a hyphen; between a digit or a symbol and the next no hyphen is added.
  for (std::size_t after = overflow; after-- > line_start;) {
    if (between_letters(after)) {
      if (fits_with_hyphen(after)) return {after, true};
    } else if (prefix[after - line_start] <= max_width) {
      return {after, false};
    }
  }
  return {};
}

}  // namespace planforge::detail
