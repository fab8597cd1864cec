#include "kpi_status.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace kpis {

namespace {
// Points of progress a KPI may trail the plan's path and still count as on track, and as
// merely at risk. Written down in docs/kpi-status.md; change both together.
constexpr double on_track_slack = 10;
constexpr double at_risk_slack = 25;
}  // namespace

const char* status_word(Status status) {
  switch (status) {
    case Status::on_track: return "On track";
    case Status::at_risk: return "At risk";
    case Status::off_track: return "Off track";
    case Status::met: return "Met";
    case Status::not_met: return "Not met";
    case Status::not_measured: break;
  }
  return "Not yet measured";
}

std::optional<double> progress_of(const Kpi& kpi, double value) {
  if (!kpi.baseline) return std::nullopt;
  const double span = kpi.target - *kpi.baseline;
  if (std::abs(span) < 1e-12) return std::nullopt;
  return (value - *kpi.baseline) / span * 100.0;
}

bool meets_target(const Kpi& kpi, double value) {
  // A tiny tolerance so that 80.0 written as "80" and computed 79.99999 agree.
  constexpr double eps = 1e-9;
  return kpi.up ? value >= kpi.target - eps : value <= kpi.target + eps;
}

std::optional<double> expected_progress(const Kpi& kpi, const Period& plan,
                                        const planforge::Date& at) {
  // The path: (day, expected progress %) points, sorted by day.
  std::vector<std::pair<long, double>> path;
  if (plan.start)
    path.emplace_back(plan.start->first_day().days(), 0.0);
  else if (!kpi.actuals.empty())
    path.emplace_back(kpi.actuals.front().period.first_day().days(), 0.0);
  for (const Measure& t : kpi.targets)
    if (auto p = progress_of(kpi, t.value)) path.emplace_back(t.period.last_day().days(), *p);
  if (kpi.due)
    path.emplace_back(kpi.due->last_day().days(), 100.0);
  else if (plan.end)
    path.emplace_back(plan.end->last_day().days(), 100.0);
  std::stable_sort(path.begin(), path.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });

  // Only a starting point: nothing says when the target is due, so the KPI is held to
  // the target itself.
  if (path.size() < 2) return std::nullopt;

  const long t = at.last_day().days();
  if (t <= path.front().first) return path.front().second;
  for (std::size_t i = 1; i < path.size(); ++i) {
    const auto& [d1, v1] = path[i];
    if (t <= d1) {
      const auto& [d0, v0] = path[i - 1];
      if (d1 == d0) return v1;
      return v0 + (v1 - v0) * double(t - d0) / double(d1 - d0);
    }
  }
  return path.back().second;
}

Assessment assess(const Kpi& kpi, const Period& plan) {
  Assessment a;
  if (kpi.actuals.empty()) return a;
  a.latest = &kpi.actuals.back();
  a.target_met = meets_target(kpi, a.latest->value);
  a.progress = progress_of(kpi, a.latest->value);

  // A service standard (no baseline), or a KPI that only holds a level (baseline equal to
  // target), is met or not met: there is no way to be part of the way there.
  if (!a.progress) {
    a.status = a.target_met ? Status::met : Status::not_met;
    return a;
  }
  a.expected = expected_progress(kpi, plan, a.latest->period).value_or(100.0);
  if (a.target_met || *a.progress >= *a.expected - on_track_slack)
    a.status = Status::on_track;
  else if (*a.progress >= *a.expected - at_risk_slack)
    a.status = Status::at_risk;
  else
    a.status = Status::off_track;
  return a;
}

}  // namespace kpis
