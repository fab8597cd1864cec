#pragma once
// The structure of a TrueType font, checked before FreeType or libharu reads it. libharu 2.3
// trusts the tables it parses: a font whose hhea.numberOfHMetrics exceeds maxp.numGlyphs
// makes it write past an array on the heap, a cmap whose last segment does not end at
// U+FFFF makes it read past one, a units-per-em of zero divides by zero, a decreasing loca
// makes it copy gigabytes. Each table it reads (head, maxp, hhea, hmtx, loca, glyf, cmap,
// name, OS/2) is checked here for what it relies on, so that such a font is refused with a
// reason instead of corrupting the process.

#include <string>
#include <string_view>

namespace planforge::detail {

// Fonts are a few megabytes; anything larger is not a font anyone meant to embed.
inline constexpr std::uintmax_t max_font_bytes = 64u << 20;

// What is wrong with the font, as a phrase that follows its name ("is truncated (table
// 'glyf' ends past the end of the file)"); empty when libharu can embed it safely.
std::string truetype_problem(std::string_view font);

}  // namespace planforge::detail
