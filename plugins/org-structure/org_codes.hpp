#pragma once
// The codes of every diagnostic the org-structure plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

#include <string_view>

namespace org {

namespace code_table {
inline constexpr planforge::Severity E = planforge::Severity::error, W = planforge::Severity::warning;
inline constexpr planforge::DiagnosticCode codes[] = {
    {"org-structure/reports-to-self", E, "a unit that reports to itself"},
    {"org-structure/roles-exceed-headcount", W, "roles adding up to more people than the headcount"},
    {"org-structure/reporting-cycle", E, "reporting lines that form a cycle"},
    {"org-structure/no-units", W, "an org-structure section without units"},
    {"org-structure/several-top-units", W, "more than one unit that reports to no one"},
};
}  // namespace code_table

/// The code `id`, checked while compiling.
consteval const planforge::DiagnosticCode& code(std::string_view id) {
  return planforge::find_code(code_table::codes, id);
}

}  // namespace org
