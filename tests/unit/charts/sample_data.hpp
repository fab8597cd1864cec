#pragma once
// Realistic chart inputs, small and large, shared by the chart tests.

#include <planforge/builder.hpp>
#include <planforge/charts.hpp>

namespace chart_test {

planforge::ScatterChartData needs_scatter(const planforge::Palette& p);
// The ferry operator's fifteen needs (tests/data/client-ferry): points on the frame (importance
// 5, capability 1), close together, tagged with their rank and a short name.
planforge::ScatterChartData ferry_scatter(const planforge::Palette& p);
// The ferry operator's rollout: eight phases over two years, milestones a week apart, a long
// milestone name, successors starting when their predecessor ends.
planforge::GanttData ferry_gantt(const planforge::Palette& p);
// The ferry operator's organisation: fifteen units, nine of them under the director.
planforge::TreeData ferry_tree(const planforge::Palette& p);
// A rollout of `tasks` phases spread over `months` months from January 2027, with
// milestones and dependencies.
planforge::GanttData rollout_gantt(int tasks, int months, const planforge::Palette& p);
// A service organisation: `units` units under a head of service, three or four levels deep.
planforge::TreeData org_tree(int units, const planforge::Palette& p);
planforge::MatrixData coverage_matrix(int rows, int columns, const planforge::Palette& p);

}  // namespace chart_test
