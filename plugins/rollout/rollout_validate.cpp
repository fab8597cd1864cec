#include "rollout_validate.hpp"

#include "rollout_model.hpp"

namespace rollout {

using planforge::Checker;
using planforge::Date;
using planforge::Element;

namespace {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

void check_milestone(const Milestone& m, const Phase& phase, Checker& check) {
  check.attributes(m.element, {"date", "name"}, {"id"});
  check.children(m.element, {}, /*allow_generic=*/false);
  const auto date = m.element.has_attr("date") ? check.date(m.element, "date") : std::nullopt;
  if (!date || !phase.start || !phase.end) return;
  if (date->last_day().days() < phase.start->first_day().days() ||
      date->first_day().days() > phase.end->last_day().days())
    check.diagnostics().warning(
        m.element.attr_location("date"),
        "milestone " + quoted(m.name) + " (" + date->display() + ") falls outside its phase " +
            quoted(phase.id) + " (" + date_range(*phase.start, *phase.end) + ")",
        {"move the milestone into the phase's dates, or to the phase it belongs to"});
}

void check_phase(const Phase& p, Checker& check) {
  const Element e = p.element;
  check.attributes(e, {"id", "name", "start", "end"}, {"owner", "depends-on", "delivers", "kind"});
  check.children(e, {"milestone"}, /*allow_generic=*/false);
  const auto start = e.has_attr("start") ? check.date(e, "start") : std::nullopt;
  const auto end = e.has_attr("end") ? check.date(e, "end") : std::nullopt;
  if (start && end && end->last_day().days() < start->first_day().days())
    check.diagnostics().error(e.attr_location("end"),
                              "phase " + quoted(p.id) + " ends (" + end->display() + ") before it starts (" +
                                  start->display() + ")",
                              {"swap start and end, or correct the year"});
  if (e.has_attr("kind")) check.choice(e, "kind", {"implementation", "execution"});
  if (e.has_attr("delivers")) check.references(e, "delivers", {"offering"});
  if (e.has_attr("depends-on")) {
    for (const Element& dep : check.references(e, "depends-on", {"phase"})) {
      if (dep == e) {
        check.diagnostics().error(e.attr_location("depends-on"), "phase " + quoted(p.id) + " depends on itself",
                                  {"remove '" + p.id + "' from depends-on"});
        continue;
      }
      // A phase may overlap what it depends on only by mistake or on purpose; say so.
      const auto dep_end = Date::parse(dep.attr_or("end", ""));
      if (start && dep_end && start->first_day().days() <= dep_end->last_day().days())
        check.diagnostics().warning(
            e.attr_location("depends-on"),
            "phase " + quoted(p.id) + " starts " + start->display() + ", before phase " +
                quoted(dep.attr_or("id", "")) + ", which it depends on, ends (" + dep_end->display() + ")",
            {"start it after " + dep_end->display() + ", or drop the dependency if the overlap is intended"});
    }
  }
  for (const Milestone& m : p.milestones) check_milestone(m, p, check);
}

}  // namespace

void validate_section(Element section, Checker& check) {
  check.children(section, {"phase"});
  const std::vector<Phase> phases = read_phases(section);
  if (phases.empty())
    check.diagnostics().warning(section.location(), "rollout section has no phases: there is nothing to chart",
                                {"add <phase id=\"…\" name=\"…\" start=\"2027-01\" end=\"2027-06\"/>"});
  for (const Phase& p : phases) check_phase(p, check);
  check_cycles(phases, check);
}

}  // namespace rollout
