#pragma once
// The shared first step of breaking and measuring: styled runs flattened into one UTF-8
// string with, per code point, its width, its run and whether a line may end after it.

#include "text/line_breaker.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace planforge::detail {

enum class GlyphKind : std::uint8_t {
  ink,       // drawn and counted
  space,     // drawn inside a line, hangs (not counted) at its end
  newline,   // forces a break, never drawn
  invisible  // zero width, never drawn (soft hyphen, zero-width space, lone CR)
};

enum class BreakAfter : std::uint8_t { none, allowed, mandatory };

struct Glyph {
  std::uint32_t begin = 0, end = 0;  // bytes in ScannedText::text
  std::uint32_t run = 0;
  double width = 0;  // points
  GlyphKind kind = GlyphKind::ink;
  BreakAfter brk = BreakAfter::none;
  bool soft_hyphen = false;  // U+00AD: a line ending here shows a hyphen
  bool letter = false;       // a letter (hyphenation works on runs of these)
};

struct ScannedText {
  std::string text;  // the runs' text, concatenated and sanitised
  std::vector<Glyph> glyphs;
  std::vector<double> hyphen_width;    // per run: the visible hyphen a broken word ends with
  std::vector<double> ellipsis_width;  // per run: the "…" a clamped text ends with
};

// How a code point takes part in a line.
GlyphKind classify_code_point(char32_t cp);

ScannedText scan_glyphs(const std::vector<StyledRun>& runs, const FontSet& fonts);

}  // namespace planforge::detail
