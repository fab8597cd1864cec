#pragma once
// The codes of every diagnostic the customer-needs plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

#include <string_view>

namespace needs {

namespace code_table {
inline constexpr planforge::Severity E = planforge::Severity::error, W = planforge::Severity::warning;
inline constexpr planforge::DiagnosticCode codes[] = {
    {"customer-needs/no-needs", W, "a customer-needs section without needs"},
};
}  // namespace code_table

/// The code `id`, checked while compiling.
consteval const planforge::DiagnosticCode& code(std::string_view id) {
  return planforge::find_code(code_table::codes, id);
}

}  // namespace needs
