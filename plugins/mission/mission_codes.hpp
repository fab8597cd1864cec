#pragma once
// The codes of every diagnostic the mission plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

#include <string_view>

namespace mission {

namespace code_table {
inline constexpr planforge::Severity E = planforge::Severity::error, W = planforge::Severity::warning;
inline constexpr planforge::DiagnosticCode codes[] = {
    {"mission/duplicate-element", E, "a second statement, vision or values"},
    {"mission/empty-values", W, "<values> without a value"},
    {"mission/value-without-text", W, "a value that does not say what it means"},
    {"mission/duplicate-value", W, "a value listed twice"},
    {"mission/objective-after-horizon", W, "an objective due after its goal's horizon"},
    {"mission/invalid-horizon", E, "a goal horizon that is not a date or a range of two"},
    {"mission/horizon-outside-period", W, "a goal horizon reaching outside the plan period"},
    {"mission/duplicate-description", E, "a goal with more than one description"},
    {"mission/description-order", E, "a goal description after its objectives"},
    {"mission/no-statement", E, "a mission section without a statement"},
    {"mission/duplicate-goal-title", W, "two goals with one title"},
};
}  // namespace code_table

/// The code `id`, checked while compiling.
consteval const planforge::DiagnosticCode& code(std::string_view id) {
  return planforge::find_code(code_table::codes, id);
}

}  // namespace mission
