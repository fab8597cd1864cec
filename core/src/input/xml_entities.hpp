#pragma once
// Entity and character references in raw XML bytes. pugixml decodes the five predefined
// entities and character references and leaves anything else as written, without a word:
// "&nbsp;" or a forgotten ';' in "&amp" would reach the PDF as typed. Plans and themes both
// run their bytes through this scan before parsing, and report what it finds at its place.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

struct EntityProblem {
  enum class Kind { undefined, invalid, unterminated };
  std::size_t offset = 0;  // of the '&'
  Kind kind = Kind::undefined;
  std::string message;
  std::vector<std::string> hints;
};

// Every undefined entity, invalid or unterminated reference in `xml`, outside comments,
// CDATA sections, processing instructions and the DOCTYPE, in order. A bare '&' ("R&D")
// is accepted, as pugixml accepts it.
std::vector<EntityProblem> find_entity_problems(std::string_view xml);

// lt, gt, amp, apos, quot.
bool is_predefined_entity(std::string_view name);
// The code point of a character reference's body ("x41", "65"); 0 when it is malformed.
unsigned long char_ref_value(std::string_view body);
// A body naming a character XML allows.
bool valid_char_ref(std::string_view body);
// Bytes of a code point in UTF-8.
std::size_t utf8_length(unsigned long code);

// Where the markup starting with '<' at `lt` ends when it is a comment, CDATA section, PI
// or DOCTYPE (text that is not content); lt + 1 for anything else. For scans of raw bytes.
std::size_t skipped_region_end(std::string_view s, std::size_t lt);

}  // namespace planforge::detail
