#pragma once
/// @file plan_walk.hpp  Finding elements anywhere inside a plan's sections, however deeply the
/// author nested them (a loop with a stack, not recursion: the depth is the author's choice).

#include <planforge/element.hpp>

#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// Every element named `name` in the tree under `root` (root included), in document order.
inline std::vector<Element> descendants(Element root, std::string_view name) {
  std::vector<Element> out, stack{root};
  while (!stack.empty()) {
    const Element e = stack.back();
    stack.pop_back();
    if (e.name() == name) out.push_back(e);
    const auto children = e.children();
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return out;
}

/// Every element named `name` inside the plan's sections of `type`, in document order: the
/// goals of the mission (`all_of(plan, "mission", "goal")`), the KPIs of every kpis section.
inline std::vector<Element> all_of(const PlanView& plan, std::string_view type, std::string_view name) {
  std::vector<Element> out;
  for (const Element& section : plan.sections(type)) {
    const std::vector<Element> found = descendants(section, name);
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

PLANFORGE_END_NAMESPACE
