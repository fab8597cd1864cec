#pragma once
// Text reaching libharu must be valid UTF-8 without control characters: its UTF-8 encoder
// does not validate, and a NUL would cut the C string short.

#include <cstddef>
#include <string>
#include <string_view>

namespace planforge::detail {

// Invalid sequences become U+FFFD; tabs and line breaks become spaces; other control
// characters are dropped.
std::string clean_utf8(std::string_view text);

// libharu 2.3 refuses a string object (a bookmark title, a document information entry, a
// link's address) longer than this, and text shown on a page is cut there.
inline constexpr std::size_t max_pdf_string_bytes = 65'535;

// clean_utf8(), cut at the last whole character within max_pdf_string_bytes. The loader
// keeps plans well inside the limit; this is the last line, so that writing never fails.
std::string pdf_string(std::string_view text);

}  // namespace planforge::detail
