#pragma once
// Per-element suppression of warnings: `suppress="CODE [CODE…]: reason"` on any element of
// the plan silences those warnings at the element and everywhere inside it (on <plan>: in
// every file of the plan). The core reads the attribute for every element, whatever plugin
// owns it, so no plugin's attribute check trips on it. Errors cannot be suppressed; a
// suppression that names an unknown code or suppresses nothing is itself a warning.

#include "plan/plan_data.hpp"

#include <compare>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace planforge::detail {

// Which checks a run makes: validate's (render's too) or lint's. A plan's suppressions serve
// both; a run judges (reports as unknown or unused) only those naming its own checks' codes,
// so that a plan suppressing a lint finding is not warned by validate, nor the other way round.
enum class Checks { validate, lint };

// The codes a run can report: the core's and those of the plugins found.
struct KnownCodes {
  Checks checks = Checks::validate;
  std::map<std::string, Severity, std::less<>> codes;
  // Section types the plan uses that no plugin provides: their codes are unknowable, and
  // the missing plugin is already an error.
  std::set<std::string, std::less<>> unavailable_areas;
};

class Suppressions {
 public:
  // Reads every `suppress` attribute of the plan, reporting one that is malformed, gives no
  // reason or names an error (all errors), and one that names an unknown code (a warning).
  void collect(const PlanData& plan, const KnownCodes& known, Diagnostics& diags);

  // Drops the warnings a suppression covers, with the notes reported right after them; then,
  // when `judge` and no error is left (an error may have stopped a check early; lint's errors
  // stop none), warns about each suppression of this run's checks that suppressed nothing.
  // A run applies them after each step that reports (validate(), then render()), judging
  // only after the last: what validate() left unused a render() warning may use.
  void apply(Diagnostics& diags, bool judge = true);

  std::size_t suppressed() const { return suppressed_; }

 private:
  struct Position {
    std::uint32_t line = 0, column = 0;
    friend auto operator<=>(const Position&, const Position&) = default;
  };
  static constexpr Position end_of_file{UINT32_MAX, UINT32_MAX};

  // One code suppressed on one element: it covers [start, end) of the element's file.
  struct Entry {
    std::string code;
    Location where;       // the attribute, for the warnings about the suppression itself
    std::string element;  // "kpi 'k1'", for messages
    std::uint32_t file = 0;
    Position start, end = end_of_file;
    bool everywhere = false;    // on <plan>: every file of the plan
    std::size_t parent = none;  // the nearest entry of the same code and file enclosing it
    bool used = false;
    bool judged = true;  // a code of this run's checks (Checks)
  };
  static constexpr std::size_t none = SIZE_MAX;

  void read(const Node& element, const KnownCodes& known, Diagnostics& diags,
            std::vector<std::size_t>& opened);
  void index();
  Entry* covering(const Diagnostic& d);

  std::vector<Entry> entries_;
  std::map<std::string, std::uint32_t, std::less<>> file_index_;  // display name → index
  // By code: the entries sorted by (file, start); nested ones after those enclosing them.
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_code_;
  std::map<std::string, std::size_t, std::less<>> everywhere_;  // by code: the one on <plan>
  std::size_t suppressed_ = 0;
};

}  // namespace planforge::detail
