#pragma once
// The codes of every diagnostic the org-structure plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

namespace org {

using planforge::Severity;

/// Every code the plugin reports; `code("…")` finds one while compiling.
inline constexpr auto code = planforge::code_table({
    {"org-structure/reports-to-self", Severity::error, "a unit that reports to itself"},
    {"org-structure/roles-exceed-headcount", Severity::warning,
     "roles adding up to more people than the headcount"},
    {"org-structure/reporting-cycle", Severity::error, "reporting lines that form a cycle"},
    {"org-structure/no-units", Severity::warning, "an org-structure section without units"},
    {"org-structure/several-top-units", Severity::warning, "more than one unit that reports to no one"},
});

}  // namespace org
