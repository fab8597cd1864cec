#pragma once
// What validation and rendering of a mission section share: goal horizons, the numbering of
// goals and objectives, and the plan's own period. Only the public SDK is used.

#include <planforge/format.hpp>
#include <planforge/plugin.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace mission {

/// A goal's horizon: one date ("2028", "2028-Q4") or a range of two ("2027–2029").
struct Horizon {
  planforge::Date start;
  std::optional<planforge::Date> end;  ///< set for a range

  /// The last day the horizon covers.
  planforge::Date last_day() const { return (end ? *end : start).last_day(); }
  planforge::Date first_day() const { return start.first_day(); }
  /// For readers: "2028", "Q4 2028", "2027–2029", "Q1 2027 – Q2 2028"; with non-breaking
  /// spaces inside each date when `keep_together` (for table cells); in the plan's language
  /// when given a `locale` (the document), else in English (diagnostics).
  std::string display(bool keep_together = false, const planforge::Locale* locale = nullptr) const;
};

/// Date::display() or, given a `locale`, the date in the plan's language (medium length),
/// with non-breaking spaces when `keep_together` so that "Q4 2028" stays on one line in a
/// table cell.
std::string display_date(const planforge::Date& date, bool keep_together,
                         const planforge::Locale* locale = nullptr);

/// Parses a horizon. A range is two dates joined by an en dash, "--", " to " or a single
/// hyphen ("2027-2029"); the end must not come before the start. std::nullopt otherwise.
std::optional<Horizon> parse_horizon(std::string_view text);

/// What a goal is called in the tables and its heading: its `label`, else "G<n>" (1-based).
std::string goal_label(planforge::Element goal, std::size_t index);
/// What an objective is called: its `label`, else "<goal number>.<m>", where the goal number
/// is the goal's own label when it has one and its ordinal otherwise.
std::string objective_label(planforge::Element objective, planforge::Element goal, std::size_t goal_index,
                            std::size_t objective_index);

}  // namespace mission
