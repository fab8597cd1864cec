#pragma once
// How attribute values are read: the one parser of each kind, shared by planforge::Checker
// (which reports what does not parse) and the lenient readers on planforge::Element (which
// return nothing for it), so that validate() and render() can never read a value apart.

#include <planforge/date.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

// "-12", "4.5": a plain decimal (DESIGN §2: no exponents, no thousands separators), white
// space around it ignored, finite. std::nullopt otherwise.
std::optional<double> parse_plain_number(std::string_view text);
// "-12": a plain whole number within long's range. std::nullopt otherwise.
std::optional<long> parse_plain_integer(std::string_view text);

// "true" or "false" (white space around ignored).
std::optional<bool> parse_boolean(std::string_view text);

// The ids of a space-separated list, split at XML white space, in order (duplicates kept).
std::vector<std::string_view> split_ids(std::string_view text);

}  // namespace planforge::detail::loader
