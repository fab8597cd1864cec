#pragma once
// The status of a KPI, computed by the rule written down in docs/kpi-status.md.

#include "kpi_model.hpp"

#include <optional>
#include <string>

namespace kpis {

enum class Status { not_measured, on_track, at_risk, off_track, met, not_met };

/// "On track", "At risk", "Off track", "Not yet measured", "Met", "Not met".
const char* status_word(Status status);

struct Assessment {
  Status status = Status::not_measured;
  const Measure* latest = nullptr;      ///< the latest actual, if any
  std::optional<double> progress;       ///< % of the way from baseline to target
  std::optional<double> expected;       ///< % of the way the plan expects by then
  bool target_met = false;
};

/// How far `value` is from the baseline toward the target, in % (direction-aware: the ratio
/// is positive whichever way the target lies). std::nullopt without a baseline, or when the
/// baseline equals the target.
std::optional<double> progress_of(const Kpi& kpi, double value);

/// True when `value` reaches the target in the KPI's direction.
bool meets_target(const Kpi& kpi, double value);

/// The progress (in %) the plan expects at the end of `at`: a straight line from the
/// baseline at the start of the plan (or the first measurement) through each interim
/// target to the target at its due period (or the plan's end). std::nullopt when the KPI
/// has nothing to date it by.
std::optional<double> expected_progress(const Kpi& kpi, const Period& plan,
                                        const planforge::Date& at);

Assessment assess(const Kpi& kpi, const Period& plan);

}  // namespace kpis
