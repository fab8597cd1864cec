#pragma once
// The codes of every diagnostic the mission plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

namespace mission {

using planforge::Severity;

/// Every code the plugin reports; `code("…")` finds one while compiling.
inline constexpr auto code = planforge::code_table({
    {"mission/duplicate-element", Severity::error, "a second statement, vision or values"},
    {"mission/empty-values", Severity::warning, "<values> without a value"},
    {"mission/value-without-text", Severity::warning, "a value that does not say what it means"},
    {"mission/duplicate-value", Severity::warning, "a value listed twice"},
    {"mission/objective-after-horizon", Severity::warning, "an objective due after its goal's horizon"},
    {"mission/invalid-horizon", Severity::error, "a goal horizon that is not a date or a range of two"},
    {"mission/horizon-outside-period", Severity::warning, "a goal horizon reaching outside the plan period"},
    {"mission/duplicate-description", Severity::error, "a goal with more than one description"},
    {"mission/description-order", Severity::error, "a goal description after its objectives"},
    {"mission/no-statement", Severity::error, "a mission section without a statement"},
    {"mission/duplicate-goal-title", Severity::warning, "two goals with one title"},
});

}  // namespace mission
