#include "kpi_status.hpp"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace kpis {

namespace {
// Percent of the whole way a KPI may trail the plan's path before it is off track rather than
// at risk. Written down in docs/kpi-status.md; change both together. Nothing similar widens
// "on track": only the KPI's own declared tolerance does.
constexpr double off_track_behind = 25;

// Rounding in "80" against a computed 79.99999 must not decide a verdict.
constexpr double eps = 1e-9;
}  // namespace

const char* status_key(Status status) {
  switch (status) {
    case Status::on_track: return "on-track";
    case Status::at_risk: return "at-risk";
    case Status::off_track: return "off-track";
    case Status::met: return "met";
    case Status::not_met: return "not-met";
    case Status::before_plan: return "before-plan";
    case Status::not_measured: break;
  }
  return "not-measured";
}

planforge::Color status_color(Status status, const planforge::Palette& p) {
  switch (status) {
    case Status::on_track:
    case Status::met: return p.good;
    case Status::at_risk: return p.warning;
    case Status::off_track:
    case Status::not_met: return p.bad;
    case Status::before_plan:
    case Status::not_measured: break;
  }
  return p.muted;
}

std::optional<double> progress_of(const Kpi& kpi, double value) {
  if (!kpi.baseline) return std::nullopt;
  const double span = kpi.target - *kpi.baseline;
  if (std::abs(span) < 1e-12) return std::nullopt;
  return (value - *kpi.baseline) / span * 100.0;
}

bool meets_target(const Kpi& kpi, double value) {
  const double slack = kpi.tolerance + eps;
  return kpi.up ? value >= kpi.target - slack : value <= kpi.target + slack;
}

std::optional<double> expected_progress(const Kpi& kpi, const Period& plan, const planforge::Date& at) {
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
  std::stable_sort(path.begin(), path.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

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

namespace {
Movement movement_of(const Kpi& kpi, double value) {
  const double delta = (value - *kpi.baseline) * (kpi.up ? 1 : -1);  // > 0: toward the target
  if (delta > kpi.tolerance + eps) return Movement::better;
  if (delta < -(kpi.tolerance + eps)) return Movement::worse;
  return Movement::none;
}

bool before_plan(const Measure& m, const Period& plan) {
  return plan.start && m.period.last_day().days() < plan.start->first_day().days();
}
}  // namespace

// The steps of docs/kpi-status.md, in its order.
Assessment assess(const Kpi& kpi, const Period& plan) {
  Assessment a;
  // 1. Nothing measured, nothing to judge.
  if (kpi.actuals.empty()) return a;
  a.latest = &kpi.actuals.back();
  const double value = a.latest->value;
  a.target_met = meets_target(kpi, value);
  a.progress = progress_of(kpi, value);

  // 2. A service standard (no baseline), or a level to hold (baseline equal to target), is
  // met or not met whenever it is measured: there is no way to be part of the way there.
  if (!a.progress) {
    a.status = a.target_met ? Status::met : Status::not_met;
    return a;
  }
  a.movement = movement_of(kpi, value);

  // 3. Measured before the plan starts: nothing the plan does has had a chance to work.
  if (before_plan(*a.latest, plan)) {
    a.status = Status::before_plan;
    return a;
  }

  const double way = kpi.target - *kpi.baseline;
  a.expected = expected_progress(kpi, plan, a.latest->period).value_or(100.0);
  a.expected_value = *kpi.baseline + *a.expected / 100.0 * way;

  // 4. Worse than the baseline: off track beyond the tolerance, at best at risk within it.
  if (a.movement == Movement::worse) {
    a.status = Status::off_track;
    return a;
  }
  if (*a.progress < -eps) {
    a.status = Status::at_risk;
    return a;
  }
  // 5. The target reached is on track, whatever the path expected by then.
  if (a.target_met) {
    a.status = Status::on_track;
    return a;
  }
  // 6. Against the path: at or past the expected value (less the tolerance) is on track;
  // more than a quarter of the whole way behind it is off track; in between, at risk.
  const double tolerance = kpi.tolerance / std::abs(way) * 100.0;
  if (*a.progress >= *a.expected - tolerance - eps)
    a.status = Status::on_track;
  else if (*a.progress >= *a.expected - off_track_behind - eps)
    a.status = Status::at_risk;
  else
    a.status = Status::off_track;
  return a;
}

std::vector<ScoredGroup> assess_groups(const std::vector<Group>& groups, const Period& plan) {
  std::vector<ScoredGroup> out;
  for (const Group& g : groups) {
    ScoredGroup sg{g.name, {}};
    for (const Kpi& k : g.kpis) sg.kpis.push_back({&k, assess(k, plan)});
    out.push_back(std::move(sg));
  }
  return out;
}

}  // namespace kpis
