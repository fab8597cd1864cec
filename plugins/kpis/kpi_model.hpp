#pragma once
// The KPIs of a section as plain values, read leniently from the plan (validation has
// already reported every bad value; render only runs on a plan without errors).

#include <planforge/model.hpp>
#include <planforge/plugin.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpis {

/// One dated value: an interim target or an actual measurement.
struct Measure {
  planforge::Date period;
  double value = 0;
  std::string text;  ///< the value as written, for display
};

struct Kpi : planforge::PlanItem {
  std::string unit, owner, frequency, goal;
  std::optional<double> baseline;
  std::string baseline_text;
  double target = 0;
  std::string target_text;
  double tolerance = 0;                   ///< measurement noise, in the KPI's unit
  std::string tolerance_text;             ///< as written; empty when none
  bool up = true;                         ///< direction="up"
  std::optional<planforge::Date> due;     ///< the kpi's own `due`
  std::vector<Measure> targets, actuals;  ///< sorted by period
};

/// KPIs in the order written, with the group each belongs to (empty for none).
struct Group {
  std::string name;
  std::vector<Kpi> kpis;
};

/// The plan's <meta><period start end/> (PlanView::period).
using Period = planforge::PlanPeriod;

/// Reads the section's KPIs: loose ones and groups, in document order. Consecutive loose
/// KPIs share one unnamed group.
std::vector<Group> read_groups(planforge::Element section);
Kpi read_kpi(planforge::Element kpi);

}  // namespace kpis
