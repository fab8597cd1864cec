#include "org_validate.hpp"

#include "org_codes.hpp"
#include "org_model.hpp"

#include <planforge/cycles.hpp>

#include <algorithm>

namespace org {

using planforge::Checker;
using planforge::Element;

namespace {

// What a section holds, and the warning when it holds none of it.
constexpr planforge::SectionOfItems unit_section{"unit", code("org-structure/no-units"),
                                                 "there is no organisation to chart",
                                                 "<unit id=\"…\" name=\"…\" headcount=\"…\"/>"};

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

// Reporting lines that form a cycle, each at the reports-to of its first unit in this
// section; a cycle through units of other sections only is not reported here, nor one of a
// single unit (check_unit reports that). Each unit has one manager, so each is walked once.
void check_reporting_cycles(const std::vector<Unit>& units, Checker& check) {
  const auto reports_to = [&](const std::string& id) {
    const Element e = check.plan().find(id);
    const std::string boss = e && e.name() == "unit" ? trim_id(e.attr_or("reports-to", "")) : "";
    return boss.empty() ? std::vector<std::string>{} : std::vector<std::string>{boss};
  };
  for (const planforge::IdCycle& cycle : planforge::find_cycles(units, reports_to, units.size()))
    check.diagnostics().report(
        code("org-structure/reporting-cycle"), units[cycle.first].element.attr_location("reports-to"),
        "reporting lines form a cycle: " + cycle.chain() + " (each reports to the next)",
        {"every chain of reports-to must end at a top unit; remove one of these lines"});
}

// Units that report to no one: the chart sets them side by side, which is rarely meant.
void check_top_units(const std::vector<Unit>& units, Checker& check) {
  std::vector<const Unit*> tops;
  for (const Unit& u : units)
    if (!u.element.has_attr("reports-to")) tops.push_back(&u);
  if (tops.size() <= 1) return;
  std::string names;
  for (const Unit* u : tops) names += (names.empty() ? "" : ", ") + quoted(u->id);
  check.diagnostics().report(
      code("org-structure/several-top-units"), tops[1]->element.location(),
      "unit " + quoted(tops[1]->id) + " reports to no one: the organisation has " +
          std::to_string(tops.size()) + " top units (" + names + ")",
      {"give every unit but the top one a reports-to; the chart shows top units side by side"});
}

}  // namespace

void validate_section(Element section, Checker& check) {
  const std::vector<Unit> units = planforge::section_items(section, check, read_units, unit_section);
  for (const Unit& u : units) check_unit(u, check);
  check_reporting_cycles(units, check);
  check_top_units(units, check);
}

}  // namespace org
