#pragma once
// The chains the traceability section follows through the whole plan, read with the
// PlanView: goal → objectives → KPIs (kpi goal=); need → what addresses it (addresses= of an
// offering, an enabler or a rollout phase) → for offerings, the rollout phases delivering
// them (phase delivers=).

#include <planforge/plugin.hpp>

#include <string>
#include <vector>

namespace trace {

/// A gap of this size or more (importance − capability) makes a need a weak point; the
/// customer-needs and portfolio plugins use the same threshold.
constexpr double weak_point_gap = 2.0;

struct GoalChain {
  planforge::Element goal;
  std::vector<planforge::Element> objectives;
  std::vector<planforge::Element> kpis;
};

struct OfferingChain {
  planforge::Element offering;
  std::vector<planforge::Element> phases;
};

struct NeedChain {
  planforge::Element need;
  double gap = 0;
  bool weak = false;
  std::vector<OfferingChain> offerings;
  std::vector<planforge::Element> enablers;  ///< <enabler>s addressing the need
  std::vector<planforge::Element> phases;    ///< rollout phases addressing it themselves
  bool addressed() const { return !offerings.empty() || !enablers.empty() || !phases.empty(); }
};

/// Every mission goal, in document order, with its objectives and the KPIs naming it.
std::vector<GoalChain> goal_chains(const planforge::PlanView& plan);
/// Every customer need, ranked like the customer-needs section (largest gap first, ties by
/// importance), with what addresses it and the phases delivering the offerings.
std::vector<NeedChain> need_chains(const planforge::PlanView& plan);
/// Offerings that address no need of the plan.
std::vector<planforge::Element> unmatched_offerings(const planforge::PlanView& plan);

}  // namespace trace
