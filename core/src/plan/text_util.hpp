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

// Calls `each` with every word of `s` (a list of ids or codes separated by white space).
template <class Each>
void for_each_word(std::string_view s, Each&& each) {
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_xml_space(s[i])) ++i;
    std::size_t end = i;
    while (end < s.size() && !is_xml_space(s[end])) ++end;
    if (end > i) each(s.substr(i, end - i));
    i = end;
  }
}

// The generic blocks every section may hold.
inline constexpr std::string_view generic_blocks[] = {"p",          "list",  "table",   "note",
                                                      "subsection", "image", "enablers"};

inline bool is_generic_block_name(std::string_view name) {
  for (std::string_view known : generic_blocks)
    if (name == known) return true;
  return false;
}

// The rich-text markup: wherever one of these is allowed, all are (see check_children).
inline constexpr std::string_view inline_elements[] = {"b", "i", "sub", "sup", "br", "link", "ref"};

inline bool is_inline_element(std::string_view name) {
  for (std::string_view known : inline_elements)
    if (name == known) return true;
  return false;
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

// Attributes the core reads on every element of a plan, whichever plugin owns it: XML's
// machinery and `suppress` (see plan/suppressions.hpp). No attribute check reports them.
inline bool is_universal_attribute(std::string_view attribute) {
  return is_xml_machinery(attribute) || attribute == "suppress";
}

// Names of variables and ids of the attribute kind: a letter or '_' first, then letters,
// digits, '_', '-', '.'.
bool is_var_name(std::string_view s);

}  // namespace planforge::detail::loader
