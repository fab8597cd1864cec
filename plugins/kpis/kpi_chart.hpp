#pragma once
// The progress chart under the scorecard: one bar per KPI that has a baseline, a target apart
// from it and an actual, coloured by the KPI's verdict.

#include "kpi_status.hpp"

#include <planforge/charts.hpp>

#include <vector>

namespace kpis {

/// The chart's data; no categories when no KPI has progress to show. Bar colours and legend
/// come from status_color() of each Assessment, so they always agree with the table.
/// The chart's words come from the plugin's catalogue through `out`.
planforge::BarChartData progress_chart(const std::vector<ScoredGroup>& groups,
                                       const planforge::SectionBuilder& out);

}  // namespace kpis
