#include "org_validate.hpp"

#include "org_codes.hpp"
#include "org_model.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

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
      check.diagnostics().report(code("org-structure/reports-to-self"), e.attr_location("reports-to"),
                                 "unit " + quoted(u.id) + " reports to itself",
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
    check.diagnostics().report(code("org-structure/roles-exceed-headcount"), e.attr_location("headcount"),
                               "the roles of unit " + quoted(u.id) + " add up to " + std::to_string(roles) +
                                   " people, more than its headcount of " + std::to_string(limit),
                               {"raise the headcount or correct the role counts"});
}

// Reports the cycle path[from…] once, at the reports-to of its first unit in this section
// (in document order); a cycle through units of other sections only, or of one unit (which
// check_unit reports), is not reported here.
void report_cycle(const std::vector<std::string>& path, std::size_t from,
                  const std::map<std::string, std::size_t>& order, const std::vector<Unit>& units,
                  Checker& check) {
  std::vector<std::string_view> cycle(path.begin() + static_cast<std::ptrdiff_t>(from), path.end());
  if (cycle.size() < 2) return;
  const auto rank = [&](std::string_view id) {
    const auto it = order.find(std::string(id));
    return it == order.end() ? SIZE_MAX : it->second;
  };
  const auto first = std::min_element(
      cycle.begin(), cycle.end(),
      [&](std::string_view a, std::string_view b) { return rank(a) != rank(b) ? rank(a) < rank(b) : a < b; });
  std::rotate(cycle.begin(), first, cycle.end());
  if (rank(cycle.front()) == SIZE_MAX) return;
  cycle.push_back(cycle.front());
  check.diagnostics().report(
      code("org-structure/reporting-cycle"), units[rank(cycle.front())].element.attr_location("reports-to"),
      "reporting lines form a cycle: " + planforge::format_chain(cycle) + " (each reports to the next)",
      {"every chain of reports-to must end at a top unit; remove one of these lines"});
}

// Follows reports-to through the plan until it leaves the units, repeats, or ends at a top
// unit. Each unit has one manager, so every walk ends in a chain's top or in one cycle; a
// unit walked before is not walked again, which keeps the check linear in the units.
void check_reporting_cycles(const std::vector<Unit>& units, Checker& check) {
  std::map<std::string, std::size_t> order;
  for (std::size_t i = 0; i < units.size(); ++i) order.emplace(units[i].id, i);
  // A unit's walk number while it is walked, and forever after.
  std::unordered_map<std::string, std::size_t> walked;
  std::size_t walk_number = 0;
  for (const Unit& start : units) {
    if (start.id.empty() || walked.count(start.id)) continue;
    ++walk_number;
    std::vector<std::string> path;
    std::unordered_map<std::string, std::size_t> place;  // on this walk: id → index in path
    std::string id = start.id;
    for (;;) {
      if (const auto seen = walked.find(id); seen != walked.end()) {
        if (seen->second == walk_number) report_cycle(path, place.at(id), order, units, check);
        break;
      }
      walked.emplace(id, walk_number);
      place.emplace(id, path.size());
      path.push_back(id);
      Element e = check.plan().find(id);
      if (!e || e.name() != "unit") break;
      id = trim_id(e.attr_or("reports-to", ""));
      if (id.empty()) break;
      if (Element boss = check.plan().find(id); !boss || boss.name() != "unit") break;
    }
  }
}

}  // namespace

void validate_section(Element section, Checker& check) {
  check.children(section, {"unit"});
  const std::vector<Unit> units = read_units(section);
  if (units.empty())
    check.diagnostics().report(code("org-structure/no-units"), section.location(),
                               "org-structure section has no units: there is no organisation to chart",
                               {"add <unit id=\"…\" name=\"…\" headcount=\"…\"/>"});
  for (const Unit& u : units) check_unit(u, check);
  check_reporting_cycles(units, check);

  std::vector<const Unit*> tops;
  for (const Unit& u : units)
    if (!u.element.has_attr("reports-to")) tops.push_back(&u);
  if (tops.size() > 1) {
    std::string names;
    for (const Unit* u : tops) names += (names.empty() ? "" : ", ") + quoted(u->id);
    check.diagnostics().report(
        code("org-structure/several-top-units"), tops[1]->element.location(),
        "unit " + quoted(tops[1]->id) + " reports to no one: the organisation has " +
            std::to_string(tops.size()) + " top units (" + names + ")",
        {"give every unit but the top one a reports-to; the chart shows top units side by side"});
  }
}

}  // namespace org
