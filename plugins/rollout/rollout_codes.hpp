#pragma once
// The codes of every diagnostic the rollout plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

namespace rollout {

using planforge::Severity;

/// Every code the plugin reports; `code("…")` finds one while compiling.
inline constexpr auto code = planforge::code_table({
    {"rollout/milestone-outside-phase", Severity::warning, "a milestone outside its phase"},
    {"rollout/ends-before-start", Severity::error, "a phase that ends before it starts"},
    {"rollout/depends-on-itself", Severity::error, "a phase that depends on itself"},
    {"rollout/starts-before-dependency", Severity::warning,
     "a phase that starts before a phase it depends on ends"},
    {"rollout/dependency-not-kept", Severity::warning,
     "a phase's dates earlier than a dependency's kind and lag allow"},
    {"rollout/empty-depends-on", Severity::error, "an empty depends-on"},
    {"rollout/invalid-dependency", Severity::error, "a depends-on item that is not id[:fs|ss|ff][+/-lag]"},
    {"rollout/dependency-listed-twice", Severity::warning, "a dependency listed twice in depends-on"},
    {"rollout/dependency-cycle", Severity::error, "phase dependencies that form a cycle"},
    {"rollout/no-phases", Severity::warning, "a rollout section without phases"},
});

}  // namespace rollout
