#include "needs_model.hpp"

#include <algorithm>

namespace needs {

using planforge::Element;

std::vector<Need> ranked_needs(Element section) {
  std::vector<Need> out = planforge::read_items<Need>(section, "need", [](Element e, Need& n) {
    n.source = e.attr_or("source", "");
    n.short_name = e.attr_or("short", "");
    if (n.short_name.find_first_not_of(" \t\n") == std::string::npos) n.short_name = n.name;
    n.importance_text = e.attr_or("importance", "");
    n.capability_text = e.attr_or("capability", "");
    n.importance = e.number("importance").value_or(0);
    n.capability = e.number("capability").value_or(0);
    n.segments = e.ids("segments");
  });
  std::stable_sort(out.begin(), out.end(), [](const Need& a, const Need& b) {
    if (a.gap() != b.gap()) return a.gap() > b.gap();
    return a.importance > b.importance;
  });
  return out;
}

std::vector<Element> addressed_by(const planforge::PlanView& plan, const std::string& need_id) {
  // Offerings first (what customers buy), then enablers (what staff get), then phases.
  const auto rank = [](const Element& e) {
    return e.name() == "offering" ? 0 : e.name() == "enabler" ? 1 : 2;
  };
  std::vector<Element> out = plan.referring("addresses", need_id);
  std::stable_sort(out.begin(), out.end(),
                   [&](const Element& a, const Element& b) { return rank(a) < rank(b); });
  return out;
}

}  // namespace needs
