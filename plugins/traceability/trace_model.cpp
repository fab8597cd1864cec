#include "trace_model.hpp"

#include <planforge/plan_walk.hpp>

#include <algorithm>
#include <set>

namespace trace {

using planforge::all_of;
using planforge::Element;
using planforge::PlanView;

namespace {

// A rating as the customer-needs plugin checked it; 0 when absent.
double rating(const Element& need, std::string_view attr) { return need.number(attr).value_or(0); }

}  // namespace

std::vector<GoalChain> goal_chains(const PlanView& plan) {
  std::vector<GoalChain> out;
  for (const Element& goal : all_of(plan, "mission", "goal")) {
    GoalChain chain{goal, goal.children("objective"), {}};
    const std::string id = goal.attr_or("id", "");
    if (!id.empty())
      for (const Element& k : plan.referring("goal", id))
        if (k.name() == "kpi") chain.kpis.push_back(k);
    out.push_back(std::move(chain));
  }
  return out;
}

std::vector<NeedChain> need_chains(const PlanView& plan) {
  std::vector<NeedChain> out;
  for (const Element& need : all_of(plan, "customer-needs", "need")) {
    NeedChain chain;
    chain.need = need;
    chain.gap = rating(need, "importance") - rating(need, "capability");
    chain.weak = chain.gap >= weak_point_gap - 1e-9;
    // Whatever addresses the need: offerings (with the phases delivering them), enablers,
    // and rollout phases that address it themselves.
    for (const Element& by : plan.referring("addresses", need.attr_or("id", ""))) {
      if (by.name() == "offering") {
        OfferingChain oc{by, {}};
        for (const Element& p : plan.referring("delivers", by.attr_or("id", "")))
          if (p.name() == "phase") oc.phases.push_back(p);
        chain.offerings.push_back(std::move(oc));
      } else if (by.name() == "enabler") {
        chain.enablers.push_back(by);
      } else if (by.name() == "phase") {
        chain.phases.push_back(by);
      }
    }
    out.push_back(std::move(chain));
  }
  std::stable_sort(out.begin(), out.end(), [](const NeedChain& a, const NeedChain& b) {
    if (a.gap != b.gap) return a.gap > b.gap;
    return rating(a.need, "importance") > rating(b.need, "importance");
  });
  return out;
}

std::vector<Element> unmatched_offerings(const PlanView& plan) {
  std::set<std::string> needs;
  for (const Element& n : all_of(plan, "customer-needs", "need")) needs.insert(n.attr_or("id", ""));
  std::vector<Element> out;
  for (const Element& o : all_of(plan, "portfolio", "offering")) {
    const auto ids = o.ids("addresses");
    if (std::none_of(ids.begin(), ids.end(), [&](const std::string& id) { return needs.count(id); }))
      out.push_back(o);
  }
  return out;
}

}  // namespace trace
