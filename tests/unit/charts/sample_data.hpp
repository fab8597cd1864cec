#pragma once
// Realistic chart inputs, small and large, shared by the chart tests.

#include <planforge/builder.hpp>
#include <planforge/charts.hpp>

namespace chart_test {

planforge::ScatterChartData needs_scatter(const planforge::Palette& p);
// A rollout of `tasks` phases spread over `months` months from January 2027, with
// milestones and dependencies.
planforge::GanttData rollout_gantt(int tasks, int months, const planforge::Palette& p);
// A service organisation: `units` units under a head of service, three or four levels deep.
planforge::TreeData org_tree(int units, const planforge::Palette& p);
planforge::MatrixData coverage_matrix(int rows, int columns, const planforge::Palette& p);

}  // namespace chart_test
