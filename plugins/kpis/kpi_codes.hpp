#pragma once
// The codes of every diagnostic the kpis plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

namespace kpis {

using planforge::Severity;

/// Every code the plugin reports; `code("…")` finds one while compiling.
inline constexpr auto code = planforge::code_table({
    {"kpis/percent-out-of-range", Severity::warning, "a percentage value outside 0–100 %"},
    {"kpis/duplicate-period", Severity::error, "two actuals or two targets for one period"},
    {"kpis/target-after-due", Severity::warning, "an interim target after the KPI is due"},
    {"kpis/target-wrong-way", Severity::error,
     "a target on the wrong side of the baseline for the direction"},
    {"kpis/empty-group", Severity::warning, "a KPI group without KPIs"},
    {"kpis/no-kpis", Severity::warning, "a kpis section without KPIs"},
    {"kpis/tolerance-too-wide", Severity::warning,
     "a tolerance as wide as the whole way from baseline to target"},
    {"kpis/target-worse-than-baseline", Severity::warning, "an interim target worse than the baseline"},
});

}  // namespace kpis
