#pragma once
// Text reaching libharu must be valid UTF-8 without control characters: its UTF-8 encoder
// does not validate, and a NUL would cut the C string short.

#include <string>
#include <string_view>

namespace planforge::detail {

// Invalid sequences become U+FFFD; tabs and line breaks become spaces; other control
// characters are dropped.
std::string clean_utf8(std::string_view text);

}  // namespace planforge::detail
