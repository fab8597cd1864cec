#pragma once
// The codes of every diagnostic the rollout plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

#include <string_view>

namespace rollout {

namespace code_table {
inline constexpr planforge::Severity E = planforge::Severity::error, W = planforge::Severity::warning;
inline constexpr planforge::DiagnosticCode codes[] = {
    {"rollout/milestone-outside-phase", W, "a milestone outside its phase"},
    {"rollout/ends-before-start", E, "a phase that ends before it starts"},
    {"rollout/depends-on-itself", E, "a phase that depends on itself"},
    {"rollout/starts-before-dependency", W, "a phase that starts before a phase it depends on ends"},
    {"rollout/dependency-not-kept", W, "a phase's dates earlier than a dependency's kind and lag allow"},
    {"rollout/empty-depends-on", E, "an empty depends-on"},
    {"rollout/invalid-dependency", E, "a depends-on item that is not id[:fs|ss|ff][+/-lag]"},
    {"rollout/dependency-listed-twice", W, "a dependency listed twice in depends-on"},
    {"rollout/dependency-cycle", E, "phase dependencies that form a cycle"},
    {"rollout/no-phases", W, "a rollout section without phases"},
};
}  // namespace code_table

/// The code `id`, checked while compiling.
consteval const planforge::DiagnosticCode& code(std::string_view id) {
  return planforge::find_code(code_table::codes, id);
}

}  // namespace rollout
