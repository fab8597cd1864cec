#pragma once
// Where a line breaks inside a word that fits no line: at the last hyphenation point that
// fits (dictionary first), else, when the word starts the line, at the last letter that
// fits, always with a visible hyphen between two letters.

#include "text/glyph_scan.hpp"
#include "text/hyphenator.hpp"

#include <cstddef>
#include <limits>

namespace planforge::detail {

inline constexpr std::size_t no_break = std::numeric_limits<std::size_t>::max();

struct WordBreak {
  std::size_t after = no_break;  // the line ends after this glyph; no_break: not inside
  bool hyphen = false;
};

// The line starts at glyph `line_start`, the word at `word_start` (== line_start when it
// begins the line); glyph `overflow` is the first that does not fit, and
// [line_start, overflow) is what fits. Returns no_break when the word fits a line of its own (the caller
// breaks before the word) or when nothing of it fits beside the words before it.
WordBreak break_in_word(const ScannedText& scanned, std::size_t line_start, std::size_t word_start,
                        std::size_t overflow, double max_width, const Hyphenator* hyphenator);

}  // namespace planforge::detail
