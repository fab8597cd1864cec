#pragma once
// The needs and segments of a customer-needs section as plain values, ranked by gap, and
// the portfolio offerings that address each need (read through the PlanView).

#include <planforge/model.hpp>
#include <planforge/plugin.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace needs {

/// A gap of this size or more (importance − capability) makes a need a weak point.
constexpr double weak_point_gap = 2.0;

struct Need : planforge::PlanItem {
  std::string source;
  std::string short_name;  ///< what the chart shows beside the point: `short`, else the name
  std::string importance_text, capability_text;
  double importance = 0, capability = 0;
  std::vector<std::string> segments;  ///< segment ids
  double gap() const { return importance - capability; }
  bool weak() const { return gap() >= weak_point_gap - 1e-9; }
};

/// The section's needs, ranked: largest gap first, ties by importance, then as written.
std::vector<Need> ranked_needs(planforge::Element section);

/// What addresses a need: the offerings, enablers and rollout phases whose `addresses`
/// lists it (docs/sections/customer-needs.md), offerings first, then enablers, then phases.
std::vector<planforge::Element> addressed_by(const planforge::PlanView& plan, const std::string& need_id);

}  // namespace needs
