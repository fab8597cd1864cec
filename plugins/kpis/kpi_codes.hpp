#pragma once
// The codes of every diagnostic the kpis plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

#include <string_view>

namespace kpis {

namespace code_table {
inline constexpr planforge::Severity E = planforge::Severity::error, W = planforge::Severity::warning;
inline constexpr planforge::DiagnosticCode codes[] = {
    {"kpis/percent-out-of-range", W, "a percentage value outside 0–100 %"},
    {"kpis/duplicate-period", E, "two actuals or two targets for one period"},
    {"kpis/target-after-due", W, "an interim target after the KPI is due"},
    {"kpis/target-wrong-way", E, "a target on the wrong side of the baseline for the direction"},
    {"kpis/empty-group", W, "a KPI group without KPIs"},
    {"kpis/no-kpis", W, "a kpis section without KPIs"},
    {"kpis/tolerance-too-wide", W, "a tolerance as wide as the whole way from baseline to target"},
    {"kpis/target-worse-than-baseline", W, "an interim target worse than the baseline"},
};
}  // namespace code_table

/// The code `id`, checked while compiling.
consteval const planforge::DiagnosticCode& code(std::string_view id) {
  return planforge::find_code(code_table::codes, id);
}

}  // namespace kpis
