#pragma once
// The codes of every diagnostic the customer-needs plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

namespace needs {

using planforge::Severity;

/// Every code the plugin reports; `code("…")` finds one while compiling.
inline constexpr auto code = planforge::code_table({
    {"customer-needs/no-needs", Severity::warning, "a customer-needs section without needs"},
});

}  // namespace needs
