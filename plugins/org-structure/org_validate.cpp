#include "org_validate.hpp"

#include "org_model.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace org {

using planforge::Checker;
using planforge::Element;

namespace {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

void check_unit(const Unit& u, Checker& check) {
  const Element e = u.element;
  check.attributes(e, {"id", "name"}, {"lead", "headcount", "reports-to", "sourcing"});
  check.children(e, {"role"}, /*allow_generic=*/false);
  const auto headcount = e.has_attr("headcount") ? check.integer(e, "headcount", 0) : std::nullopt;
  if (e.has_attr("sourcing")) check.choice(e, "sourcing", {"in-house", "outsourced", "partner"});
  if (e.has_attr("reports-to")) {
    Element boss = check.reference(e, "reports-to", {"unit"});
    if (boss && boss == e)
      check.diagnostics().error(e.attr_location("reports-to"), "unit " + quoted(u.id) + " reports to itself",
                                {"name the unit it reports to, or drop reports-to for the top unit"});
  }
  long roles = 0;
  bool counted = false;
  for (const Role& r : u.roles) {
    check.attributes(r.element, {"title"}, {"count"});
    if (r.element.has_attr("count")) {
      if (auto c = check.integer(r.element, "count", 0)) roles += *c, counted = true;
    }
  }
  // value_or, not *: GCC 12 warns falsely (-Wmaybe-uninitialized) on the dereference here.
  const long limit = headcount.value_or(-1);
  if (limit >= 0 && counted && roles > limit)
    check.diagnostics().warning(e.attr_location("headcount"),
                                "the roles of unit " + quoted(u.id) + " add up to " + std::to_string(roles) +
                                    " people, more than its headcount of " + std::to_string(limit),
                                {"raise the headcount or correct the role counts"});
}

// Follows reports-to through the plan until it leaves the units, repeats, or ends at a top unit.
void check_reporting_cycles(const std::vector<Unit>& units, Checker& check) {
  std::map<std::string, std::size_t> order;
  for (std::size_t i = 0; i < units.size(); ++i) order.emplace(units[i].id, i);
  std::set<std::vector<std::string>> reported;
  for (const Unit& start : units) {
    std::vector<std::string> path{start.id};
    std::string next = start.reports_to;
    while (!next.empty()) {
      Element e = check.plan().find(next);
      if (!e || e.name() != "unit") break;
      auto seen = std::find(path.begin(), path.end(), next);
      if (seen != path.end()) {
        std::vector<std::string> cycle(seen, path.end());
        if (cycle.size() < 2) break;  // reporting to itself is reported apart
        auto first = std::min_element(cycle.begin(), cycle.end(), [&](const std::string& a, const std::string& b) {
          auto ia = order.find(a), ib = order.find(b);
          std::size_t va = ia == order.end() ? SIZE_MAX : ia->second, vb = ib == order.end() ? SIZE_MAX : ib->second;
          return va != vb ? va < vb : a < b;
        });
        std::rotate(cycle.begin(), first, cycle.end());
        if (order.count(cycle.front()) && reported.insert(cycle).second) {
          std::string text;
          for (const auto& id : cycle) text += quoted(id) + " \u2192 ";
          text += quoted(cycle.front());
          check.diagnostics().error(units[order.at(cycle.front())].element.attr_location("reports-to"),
                                    "reporting lines form a cycle: " + text + " (each reports to the next)",
                                    {"every chain of reports-to must end at a top unit; remove one of these lines"});
        }
        break;
      }
      path.push_back(next);
      next = e.attr_or("reports-to", "");
      while (!next.empty() && next.back() == ' ') next.pop_back();
    }
  }
}

}  // namespace

void validate_section(Element section, Checker& check) {
  check.children(section, {"unit"});
  const std::vector<Unit> units = read_units(section);
  if (units.empty())
    check.diagnostics().warning(section.location(), "org-structure section has no units: there is no organisation to chart",
                                {"add <unit id=\"…\" name=\"…\" headcount=\"…\"/>"});
  for (const Unit& u : units) check_unit(u, check);
  check_reporting_cycles(units, check);

  std::vector<const Unit*> tops;
  for (const Unit& u : units)
    if (!u.element.has_attr("reports-to")) tops.push_back(&u);
  if (tops.size() > 1) {
    std::string names;
    for (const Unit* u : tops) names += (names.empty() ? "" : ", ") + quoted(u->id);
    check.diagnostics().warning(tops[1]->element.location(),
                                "unit " + quoted(tops[1]->id) + " reports to no one: the organisation has " +
                                    std::to_string(tops.size()) + " top units (" + names + ")",
                                {"give every unit but the top one a reports-to; the chart shows top units side by side"});
  }
}

}  // namespace org
