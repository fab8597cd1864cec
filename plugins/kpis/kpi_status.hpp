#pragma once
// The verdict on a KPI, computed by the rule written down in docs/kpi-status.md. This is the
// only place that decides a status or its colour: the summary sentence, the scorecard, the
// progress chart and its legend all read an Assessment.

#include "kpi_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kpis {

// In the order the summary sentence lists them.
enum class Status { on_track, at_risk, off_track, met, not_met, before_plan, not_measured };
inline constexpr Status kAllStatuses[] = {Status::on_track,    Status::at_risk, Status::off_track,
                                          Status::met,         Status::not_met, Status::before_plan,
                                          Status::not_measured};

/// The status's word in the plugin's catalogue: "status.<key>" in the scorecard and the
/// chart's legend ("On track"), "summary.<key>" with a count in the summary ("3 on track").
/// Keys: on-track, at-risk, off-track, met, not-met, before-plan, not-measured.
const char* status_key(Status status);

/// The theme colour of a status: good (on track, met), warning (at risk), bad (off track,
/// not met), muted (before plan, not yet measured: no verdict).
planforge::Color status_color(Status status, const planforge::Palette& palette);

/// Where an actual stands against the baseline, beyond the KPI's tolerance.
enum class Movement { none, better, worse };

struct Assessment {
  Status status = Status::not_measured;
  const Measure* latest = nullptr;       ///< the latest actual, if any
  std::optional<double> progress;        ///< % of the way from baseline to target
  std::optional<double> expected;        ///< % of the way the plan expects by then
  std::optional<double> expected_value;  ///< the same in the KPI's unit
  Movement movement = Movement::none;    ///< latest actual against the baseline
  bool target_met = false;
};

/// How far `value` is from the baseline toward the target, in % (direction-aware: the ratio
/// is positive whichever way the target lies). std::nullopt without a baseline, or when the
/// baseline equals the target.
std::optional<double> progress_of(const Kpi& kpi, double value);

/// True when `value` reaches the target in the KPI's direction, less the KPI's tolerance.
bool meets_target(const Kpi& kpi, double value);

/// The progress (in %) the plan expects at the end of `at`: a straight line from the
/// baseline at the start of the plan (or the first measurement) through each interim
/// target to the target at its due period (or the plan's end). std::nullopt when the KPI
/// has nothing to date it by.
std::optional<double> expected_progress(const Kpi& kpi, const Period& plan, const planforge::Date& at);

Assessment assess(const Kpi& kpi, const Period& plan);

/// A KPI with its verdict. Points into the Group it was made from.
struct Scored {
  const Kpi* kpi = nullptr;
  Assessment assessment;
};
struct ScoredGroup {
  std::string name;
  std::vector<Scored> kpis;
};

/// Assesses every KPI of `groups` (which must outlive the result) once.
std::vector<ScoredGroup> assess_groups(const std::vector<Group>& groups, const Period& plan);

}  // namespace kpis
