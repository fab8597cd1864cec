#pragma once
// Small text helpers shared by the loader, the element views and the checks.

#include "input/xml_entities.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace planforge::detail::loader {

// XML white space: space, tab, line feed, carriage return (not U+00A0, which is meant).
inline bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_blank(std::string_view s);

// Runs of white space become one space; the ends are trimmed.
std::string collapse_whitespace(std::string_view s);

// Appends `s` to `out` with white space collapsed. `pending_space` carries a space seen at
// the end of one piece over to the next, so pieces join as one text would ("a " + "b").
void append_collapsed(std::string& out, std::string_view s, bool& pending_space);

std::string_view trim(std::string_view s);

// The rich-text markup: <b>, <i>, <link>, <ref>.
inline bool is_inline_element(std::string_view name) {
  return name == "b" || name == "i" || name == "link" || name == "ref";
}

// Namespace declarations (xmlns, xmlns:x) and xsi:/xml: attributes: XML's own
// machinery, e.g. an editor's schema hint. Allowed on every element and otherwise ignored.
inline bool is_xml_machinery(std::string_view attribute) {
  return attribute == "xmlns" || attribute.starts_with("xmlns:") || attribute.starts_with("xsi:") ||
         attribute.starts_with("xml:");
}

// A value — an attribute, a <meta> field — ends up as one PDF string (a title, a bookmark,
// document information, a link's address), and libharu refuses strings over 65,535 bytes.
// A link's address may triple when it is percent-encoded.
inline constexpr std::size_t max_value_bytes = 65'535;
inline constexpr std::size_t max_href_bytes = max_value_bytes / 3;

// "1,234,567": counts in messages.
std::string thousands(std::uint64_t n);

// skipped_region_end() for scans of raw bytes.
using detail::skipped_region_end;

// Names of variables and ids of the attribute kind: a letter or '_' first, then letters,
// digits, '_', '-', '.'.
bool is_var_name(std::string_view s);

}  // namespace planforge::detail::loader
