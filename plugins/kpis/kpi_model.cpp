#include "kpi_model.hpp"

#include <algorithm>
#include <cmath>

namespace kpis {

using planforge::Date;
using planforge::Element;

namespace {

std::vector<Measure> read_measures(Element kpi, std::string_view name) {
  std::vector<Measure> out;
  for (const Element& m : kpi.children(name)) {
    auto period = m.date("period");
    auto value = m.number("value");
    if (!period || !value) continue;
    out.push_back({*period, *value, m.attr_or("value", "")});
  }
  // Stable: two measures of one period are an error reported by validation.
  std::stable_sort(out.begin(), out.end(), [](const Measure& a, const Measure& b) {
    return a.period.last_day().days() < b.period.last_day().days();
  });
  return out;
}

}  // namespace

Kpi read_kpi(Element e) {
  Kpi k{planforge::PlanItem::of(e)};
  k.unit = e.attr_or("unit", "");
  k.owner = e.attr_or("owner", "");
  k.frequency = e.attr_or("frequency", "");
  k.goal = e.attr_or("goal", "");
  k.baseline = e.number("baseline");
  if (k.baseline) k.baseline_text = e.attr_or("baseline", "");
  k.target_text = e.attr_or("target", "");
  k.target = e.number("target").value_or(0);
  k.up = e.attr_or("direction", "up") != "down";
  // A negative tolerance is an error reported by validation; reading ignores it.
  if (auto v = e.number("tolerance"); v && *v >= 0) {
    k.tolerance = *v;
    k.tolerance_text = e.attr_or("tolerance", "");
  }
  k.due = e.date("due");
  k.targets = read_measures(e, "target");
  k.actuals = read_measures(e, "actual");
  return k;
}

std::vector<Group> read_groups(Element section) {
  std::vector<Group> groups;
  for (const planforge::ElementGroup& g : planforge::grouped_children(section, "group", "kpi")) {
    groups.push_back(Group{g.group.attr_or("name", ""), {}});
    for (const Element& k : g.items) groups.back().kpis.push_back(read_kpi(k));
  }
  return groups;
}

}  // namespace kpis
