#pragma once
// Encoding checks before parsing: plans are UTF-8 without control characters. pugixml does
// not validate UTF-8, so a Latin-1 file would otherwise flow into the PDF as garbage.

#include "plan/xml_file.hpp"

namespace planforge::detail::loader {

// False (with an error) for an empty file or one in UTF-16/UTF-32.
bool check_encoding(XmlFile& file, Diagnostics& diags);

// Reports the first invalid UTF-8 sequence and the first control character (with a count of
// the others) and replaces them in file.buffer by '?' and ' ' of the same length, so the
// parse can go on, offsets stay true and no invalid text reaches the document.
void sanitize_for_parser(XmlFile& file, Diagnostics& diags);

// The length of the valid UTF-8 sequence at s[i], or 0 when it is invalid (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

}  // namespace planforge::detail::loader
