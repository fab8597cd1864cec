#pragma once
// The thin layer of meaning over the generic comparison: how a reviewer names the bundled
// vocabulary's elements and values ("KPI", "interim target", "re-priced"). The words are the
// core catalogue's `diff.*` messages, in the language of the Locale given (English for
// `planforge diff`, the plan's for the appendix of `render --changes-since`). Anything not in
// the table is worded from its element and attribute names, so a third-party section type
// gets a readable diff too.

#include <planforge/format.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace planforge::detail::diff {

struct Words {
  std::string label;  // "target", "interim target", "tier"
  std::string verb;   // "re-priced", "moved"; may be empty
};

// "KPI" for kpi, "phase" for phase; the element's name with '-' as ' ' for the rest.
std::string noun(std::string_view element, const Locale& words);

// "3 KPIs", "1 phase": how many of an element, with the language's plural.
std::string count(std::string_view element, std::size_t n, const Locale& words);

// An attribute of an element: kpi/target → "target"; offering/price → "price", "re-priced".
Words attribute_words(std::string_view element, std::string_view attribute, const Locale& words);

// A child record of an element (kpi/target → "interim target") and the attribute that is its
// value (so "interim target 2027-Q4: 70 → 72" needs no attribute name); empty when none.
struct RecordWords {
  std::string label;
  std::string value_attribute;
};
RecordWords record_words(std::string_view element, std::string_view record, const Locale& words);

// What holds an element, when it moves: offering → "tier", "re-tiered"; kpi → "KPI group".
Words parent_words(std::string_view element, const Locale& words);

// Attributes that hold a list of ids, compared as sets (depends-on, delivers, addresses…).
bool is_id_list(std::string_view element, std::string_view attribute);

}  // namespace planforge::detail::diff
