#pragma once
// What is wrong with a date that planforge::Date::parse refuses, for error messages.

#include <string>
#include <string_view>

namespace planforge::detail::loader {

// Empty when `text` is a valid date; otherwise the reason, e.g. "February 2027 has 28 days"
// or "" with `well_formed` false when it is not in one of the four ISO forms at all.
std::string date_problem(std::string_view text, bool& well_formed);

}  // namespace planforge::detail::loader

namespace planforge::detail::loader {

bool is_leap_year(int year);
unsigned days_in_month(int year, unsigned month);  // month 1–12
long days_from_civil(int year, unsigned month, unsigned day);

}  // namespace planforge::detail::loader
