#pragma once
/// @file date.hpp  ISO 8601 calendar dates with the reduced precision real plans use.

#include <planforge/export.hpp>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

PLANFORGE_BEGIN_NAMESPACE

/// A date as written in a plan: `2027`, `2027-Q2`, `2027-03` or `2027-03-31`. Missing parts
/// are 0. A reduced date stands for a span: `first_day()` and `last_day()` give its ends.
struct Date {
  int year = 0;
  unsigned quarter = 0;  ///< 1–4 for `YYYY-Qn`, else 0
  unsigned month = 0;    ///< 1–12, or 0
  unsigned day = 0;      ///< 1–31, or 0

  /// Parses one of the four forms and checks it is a real calendar date (no 2027-02-30);
  /// std::nullopt otherwise.
  PLANFORGE_API static std::optional<Date> parse(std::string_view text);

  /// The first and last calendar day of the span this date stands for.
  PLANFORGE_API Date first_day() const;
  PLANFORGE_API Date last_day() const;
  /// Days since 1970-01-01 of first_day(), for timelines and comparisons.
  PLANFORGE_API long days() const;
  /// The calendar day `days` days after 1970-01-01: the inverse of days() for a full date.
  PLANFORGE_API static Date from_days(long days);
  /// The ISO form it was written in.
  PLANFORGE_API std::string iso() const;
  /// For readers: "31 Mar 2027", "Mar 2027", "Q2 2027", "2027".
  PLANFORGE_API std::string display() const;

  friend auto operator<=>(const Date&, const Date&) = default;
};

PLANFORGE_END_NAMESPACE
