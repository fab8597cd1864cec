#include "charts/text_fit.hpp"

#include "text/hyphenator.hpp"

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

// A letter of any script: ASCII letters and every byte of a multi-byte character (planforge
// sets no script whose punctuation lies outside ASCII in a way that matters here).
bool is_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80; }

// The language's hyphenator for this builder's plan (loaded on first use, once per process).
std::shared_ptr<const Hyphenator> hyphenator_for(const SectionBuilder& b) {
  const std::string& tag = b.locale().tag();
  const std::size_t dash = tag.rfind('-');
  const std::string region = dash != std::string::npos && tag.size() - dash == 3 ? tag.substr(dash + 1) : "";
  return Hyphenator::for_language(b.locale().language(), region);
}

struct WordPiece {
  std::string text;  // what the line shows: the piece, with a hyphen when one was added
  std::size_t cut;   // bytes of the word it takes
};

// A word wider than the line, broken as the text column breaks one (docs/localisation.md):
// after a hyphen the word has, or at the last hyphenation point of the plan's language whose
// piece fits with its hyphen; else at the last character that fits, with a hyphen when it
// falls between two letters. At least one character goes on the line.
WordPiece break_word(const SectionBuilder& b, std::string_view word, double max_width, double size,
                     FontStyle style) {
  struct Candidate {
    std::size_t cut;
    bool hyphen;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i + 1 < word.size(); ++i)
    if (word[i] == '-') candidates.push_back({i + 1, false});
  const auto hyphenator = hyphenator_for(b);
  for (std::size_t i = 0; i < word.size();) {
    if (!is_letter(static_cast<unsigned char>(word[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < word.size() && is_letter(static_cast<unsigned char>(word[j]))) ++j;
    for (std::size_t point : hyphenator->points(word.substr(i, j - i)))
      candidates.push_back({i + point, true});
    i = j;
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& x, const Candidate& y) { return x.cut > y.cut; });
  for (const Candidate& c : candidates) {
    std::string piece(word.substr(0, c.cut));
    if (c.hyphen) piece += '-';
    if (b.text_width(piece, size, style) <= max_width) return {piece, c.cut};
  }
  const auto offsets = code_point_offsets(word);
  std::size_t best = offsets.size() > 1 ? offsets[1] : word.size();
  std::string best_text(word.substr(0, best));
  for (std::size_t k = 1; k + 1 < offsets.size(); ++k) {
    const std::size_t cut = offsets[k];
    const bool between_letters = is_letter(static_cast<unsigned char>(word[cut - 1])) &&
                                 is_letter(static_cast<unsigned char>(word[cut]));
    std::string piece(word.substr(0, cut));
    if (between_letters) piece += '-';
    if (b.text_width(piece, size, style) > max_width) break;
    best = cut;
    best_text = std::move(piece);
  }
  return {best_text, best};
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
  return {t.at.x - before, t.at.y - e.ascent * t.size, t.at.x - before + width, t.at.y + e.descent * t.size};
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
    if (fits(mid))
      lo = mid;
    else
      hi = mid - 1;
  }
  std::string out(trim(text.substr(0, offsets[lo])));
  // Do not leave a dangling comma or dash before the ellipsis.
  while (!out.empty() && (out.back() == ',' || out.back() == '-' || out.back() == ';' || out.back() == ':'))
    out.pop_back();
  out += kEllipsis;
  return out;
}

std::vector<std::string> wrap(const SectionBuilder& b, std::string_view text, double max_width, double size,
                              FontStyle style, int max_lines) {
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
      // A single word wider than the line: broken inside, with a hyphen (break_word).
      if (static_cast<int>(lines.size()) + 1 >= max_lines) {
        current = std::string(word);
        ++w;
        flush_rest_into_last(w);
        return lines;
      }
      WordPiece piece = break_word(b, word, max_width, size, style);
      lines.push_back(std::move(piece.text));
      words[w] = word.substr(piece.cut);
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
  auto cut = [](const std::vector<std::string>& l) { return l.back().ends_with(kEllipsis); };
  // Text already cut short is not balanced: a narrower width would only cut more.
  if (lines.size() < 2 || cut(lines)) return lines;
  // As many lines, nothing cut (where a long word breaks may differ).
  auto same = [&](const std::vector<std::string>& other) {
    return other.size() == lines.size() && !cut(other);
  };
  double lo = max_width / static_cast<double>(lines.size()), hi = max_width;
  for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
    double mid = (lo + hi) / 2;
    if (same(wrap(b, text, mid, size, style, max_lines)))
      hi = mid;
    else
      lo = mid;
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
