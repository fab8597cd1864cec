#include <planforge/date.hpp>

#include "sdk/date_detail.hpp"

#include <cstdio>

namespace planforge::detail::loader {

namespace {

constexpr const char* month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

unsigned number(std::string_view s) {
  unsigned n = 0;
  for (char c : s) n = n * 10 + static_cast<unsigned>(c - '0');
  return n;
}

// The four forms, without range checks: year, and one of quarter / month (+ day).
struct Parts {
  int year = 0;
  unsigned quarter = 0, month = 0, day = 0;
  bool has_quarter = false, has_month = false, has_day = false;
};

bool split(std::string_view t, Parts& p) {
  if (t.size() < 4 || !digits(t.substr(0, 4))) return false;
  p.year = static_cast<int>(number(t.substr(0, 4)));
  if (t.size() == 4) return true;
  if (t[4] != '-') return false;
  const std::string_view rest = t.substr(5);
  if (rest.size() == 2 && rest[0] == 'Q' && digits(rest.substr(1))) {
    p.has_quarter = true;
    p.quarter = number(rest.substr(1));
    return true;
  }
  if (rest.size() == 2 && digits(rest)) {
    p.has_month = true;
    p.month = number(rest);
    return true;
  }
  if (rest.size() == 5 && digits(rest.substr(0, 2)) && rest[2] == '-' && digits(rest.substr(3))) {
    p.has_month = p.has_day = true;
    p.month = number(rest.substr(0, 2));
    p.day = number(rest.substr(3));
    return true;
  }
  return false;
}

}  // namespace

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned days_in_month(int year, unsigned month) {
  static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

std::string date_problem(std::string_view text, bool& well_formed) {
  Parts p;
  well_formed = split(text, p);
  if (!well_formed) return {};
  if (p.has_quarter && (p.quarter < 1 || p.quarter > 4)) return "quarters are Q1 to Q4";
  if (p.has_month && (p.month < 1 || p.month > 12)) return "there is no month " + std::to_string(p.month);
  if (p.has_day) {
    const unsigned last = days_in_month(p.year, p.month);
    if (p.day < 1 || p.day > last)
      return std::string(month_names[p.month - 1]) + " " + std::to_string(p.year) + " has " +
             std::to_string(last) + " days";
  }
  return {};
}

// Days since 1970-01-01 of a proleptic Gregorian date: shift the year to start in March so
// that the leap day is the last day of a "year", then count whole 400-year eras.
long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned year_of_era = static_cast<unsigned>(y - era * 400);             // [0, 399]
  const unsigned day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<long>(day_of_era) - 719468;
}

}  // namespace planforge::detail::loader

PLANFORGE_BEGIN_NAMESPACE

namespace loader = detail::loader;

std::optional<Date> Date::parse(std::string_view text) {
  bool well_formed = false;
  if (!loader::date_problem(text, well_formed).empty() || !well_formed) return std::nullopt;
  Date d;
  d.year = std::stoi(std::string(text.substr(0, 4)));
  if (text.size() == 7 && text[5] == 'Q') {
    d.quarter = static_cast<unsigned>(text[6] - '0');
  } else if (text.size() >= 7) {
    d.month = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
    if (text.size() == 10) d.day = static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))));
  }
  return d;
}

Date Date::first_day() const {
  if (day != 0) return Date{year, 0, month, day};
  if (month != 0) return Date{year, 0, month, 1};
  if (quarter != 0) return Date{year, 0, (quarter - 1) * 3 + 1, 1};
  return Date{year, 0, 1, 1};
}

Date Date::last_day() const {
  if (day != 0) return Date{year, 0, month, day};
  const unsigned m = month != 0 ? month : quarter != 0 ? quarter * 3 : 12;
  return Date{year, 0, m, loader::days_in_month(year, m)};
}

long Date::days() const {
  const Date f = first_day();
  return loader::days_from_civil(f.year, f.month, f.day);
}

Date Date::from_days(long z) {
  // The inverse of days_from_civil: eras of 400 years, then years starting in March.
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned day_of_era = static_cast<unsigned>(z - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned mp = (5 * day_of_year + 2) / 153;
  const unsigned d = day_of_year - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(static_cast<long>(year_of_era) + era * 400 + (m <= 2 ? 1 : 0)), 0, m, d};
}

std::string Date::iso() const {
  char out[40];  // room for any int, so the compiler can prove nothing is cut
  if (day != 0)
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", year, month, day);
  else if (month != 0)
    std::snprintf(out, sizeof out, "%04d-%02u", year, month);
  else if (quarter != 0)
    std::snprintf(out, sizeof out, "%04d-Q%u", year, quarter);
  else
    std::snprintf(out, sizeof out, "%04d", year);
  return out;
}

std::string Date::display() const {
  static constexpr const char* abbreviations[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::string y = std::to_string(year);
  if (day != 0) return std::to_string(day) + " " + abbreviations[month - 1] + " " + y;
  if (month != 0) return std::string(abbreviations[month - 1]) + " " + y;
  if (quarter != 0) return "Q" + std::to_string(quarter) + " " + y;
  return y;
}

PLANFORGE_END_NAMESPACE
