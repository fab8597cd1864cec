#pragma once
// The phases of a rollout section as plain values, read leniently: validation reports what
// is wrong, rendering (which only runs on a valid plan) trusts what is here.

#include "rollout_deps.hpp"

#include <planforge/model.hpp>
#include <planforge/plugin.hpp>

#include <optional>
#include <string>
#include <vector>

namespace rollout {

struct Milestone : planforge::PlanItem {
  std::optional<planforge::Date> date;
};

// Seed 003: implementation is "getting ready"; execution is performing to the standard,
// every day, after the launch. Phases of both kinds may appear on one plan.
enum class PhaseKind { implementation, execution };

struct Phase : planforge::PlanItem {
  std::string owner;
  std::optional<planforge::Date> start, end;
  std::vector<std::string> depends_on;   // ids as written, kinds and lags left off
  std::vector<Dependency> dependencies;  // the same with their kinds and lags (valid items only)
  std::vector<std::string> delivers;     // ids as written
  std::vector<Milestone> milestones;
  PhaseKind kind = PhaseKind::implementation;
};

std::vector<Phase> read_phases(planforge::Element section);

// Length of a phase in months: whole months when it runs from the first of a month to the
// last day of one, else to the nearest half month.
double duration_months(const planforge::Date& start, const planforge::Date& end);

// "Mar 2027 – Jun 2027" (the precision the plan used), in English for diagnostics; the
// document writes ranges in the plan's language (Locale::date_range).
std::string date_range(const planforge::Date& start, const planforge::Date& end);

}  // namespace rollout
