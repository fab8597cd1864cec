#pragma once
// UTF-8 decoding for measuring and breaking text. Text reaching layout should be valid UTF-8,
// but a malformed byte must never split a line mid-sequence or reach the PDF: it is decoded
// as U+FFFD and `sanitize_utf8` rewrites it as such.

#include <cstddef>
#include <string>
#include <string_view>

namespace planforge::detail {

inline constexpr char32_t replacement_char = 0xFFFD;

// Decodes the code point starting at `pos` and advances `pos` past it. A malformed or
// truncated sequence yields U+FFFD and advances by one byte.
char32_t next_code_point(std::string_view s, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

// `s` with every malformed sequence replaced by U+FFFD (returns `s` unchanged when valid).
std::string sanitize_utf8(std::string_view s);

// Appends `s` to `out`, malformed sequences replaced by U+FFFD.
void append_sanitized(std::string& out, std::string_view s);

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

}  // namespace planforge::detail
