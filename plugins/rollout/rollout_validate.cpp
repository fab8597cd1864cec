#include "rollout_validate.hpp"

#include "rollout_codes.hpp"
#include "rollout_model.hpp"

#include <algorithm>
#include <optional>

namespace rollout {

using planforge::Checker;
using planforge::Date;
using planforge::Element;

namespace {

// What a section holds, and the warning when it holds none of it.
constexpr planforge::SectionOfItems phase_section{
    "phase", code("rollout/no-phases"), "there is nothing to chart",
    "<phase id=\"…\" name=\"…\" start=\"2027-01\" end=\"2027-06\"/>"};

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

void check_milestone(const Milestone& m, const Phase& phase, Checker& check) {
  check.attributes(m.element, {"date", "name"}, {"id"});
  check.children(m.element, {}, /*allow_generic=*/false);
  const auto date = m.element.has_attr("date") ? check.date(m.element, "date") : std::nullopt;
  if (!date || !phase.start || !phase.end) return;
  if (date->last_day().days() < phase.start->first_day().days() ||
      date->first_day().days() > phase.end->last_day().days())
    check.diagnostics().report(code("rollout/milestone-outside-phase"), m.element.attr_location("date"),
                               "milestone " + quoted(m.name) + " (" + date->display() +
                                   ") falls outside its phase " + quoted(phase.id) + " (" +
                                   date_range(*phase.start, *phase.end) + ")",
                               {"move the milestone into the phase's dates, or to the phase it belongs to"});
}

// "not before 15 Feb 2027 (2 weeks after phase 'ph-a' starts)": the bound a dependency sets.
std::string bound_phrase(const Dependency& d, long bound, const std::string& pred) {
  const bool start = d.kind == planforge::DependencyKind::start_to_start;
  const std::string lag = lag_phrase(d.lag);
  const std::string when =
      lag.empty() ? (d.kind == planforge::DependencyKind::finish_to_start ? "after" : "when") : lag;
  return "not before " + Date::from_days(bound).display() + " (" + when + " phase " + quoted(pred) +
         (start ? " starts)" : " ends)");
}

// Each item of depends-on: its syntax, the phase it names, and whether the dates keep to it.
void check_dependencies(const Phase& p, std::optional<Date> start, std::optional<Date> end, Checker& check) {
  const Element e = p.element;
  const auto where = e.attr_location("depends-on");
  const auto items = e.list("depends-on");
  if (items.empty())
    check.diagnostics().report(code("rollout/empty-depends-on"), where,
                               "attribute 'depends-on' of phase " + quoted(p.id) + " is empty");
  std::vector<std::pair<std::string, planforge::DependencyKind>> seen;
  for (const std::string& item : items) {
    std::string problem;
    const auto dep = parse_dependency(item, problem);
    if (!dep) {
      check.diagnostics().report(
          code("rollout/invalid-dependency"), where,
          "phase " + quoted(p.id) + " depends on " + quoted(item) + ": " + problem,
          {"write an id, optionally with a kind (fs finish to start, the default; ss start "
           "to start; ff finish to finish) and a lag in days, weeks or months: ph-a, "
           "ph-a:ss+2w, ph-a:ff-10d, ph-a:fs+1m"});
      continue;
    }
    if (std::find(seen.begin(), seen.end(), std::pair{dep->id, dep->kind}) != seen.end()) {
      check.diagnostics().report(
          code("rollout/dependency-listed-twice"), where,
          "phase " + quoted(p.id) + " lists " + quoted(dep->id) + " twice in 'depends-on'");
      continue;
    }
    seen.push_back({dep->id, dep->kind});
    const Element target = check.reference_in(e, "depends-on", dep->id, {"phase"});
    if (!target) continue;
    if (target == e) {
      check.diagnostics().report(code("rollout/depends-on-itself"), where,
                                 "phase " + quoted(p.id) + " depends on itself",
                                 {"remove '" + p.id + "' from depends-on"});
      continue;
    }
    // A phase may overlap what it depends on only by mistake or on purpose: on purpose is
    // written with a kind and lag; anything else is worth a warning.
    const auto pred_start = target.date("start");
    const auto pred_end = target.date("end");
    const bool finish = dep->kind == planforge::DependencyKind::finish_to_finish;
    if (!pred_start || !pred_end || !(finish ? end : start)) continue;
    const long bound = earliest_day(*dep, *pred_start, *pred_end);
    const long actual = finish ? end->last_day().days() : start->first_day().days();
    if (actual >= bound) continue;
    const std::string pred = target.attr_or("id", "");
    if (dep->kind == planforge::DependencyKind::finish_to_start && dep->lag.zero())
      check.diagnostics().report(
          code("rollout/starts-before-dependency"), where,
          "phase " + quoted(p.id) + " starts " + start->display() + ", before phase " + quoted(pred) +
              ", which it depends on, ends (" + pred_end->display() + ")",
          {"start it after " + pred_end->display() + ", or, if the overlap is intended, say so: " + pred +
           ":ss (start to start) or " + pred + ":ff (finish to finish), with a lag such as +2w"});
    else
      check.diagnostics().report(
          code("rollout/dependency-not-kept"), where,
          "phase " + quoted(p.id) + (finish ? " ends " + end->display() : " starts " + start->display()) +
              ", earlier than " + quoted(dep->text) + " allows: " + bound_phrase(*dep, bound, pred),
          {"move the phase's dates, or correct the kind or lag"});
  }
}

void check_phase(const Phase& p, Checker& check) {
  const Element e = p.element;
  check.attributes(e, {"id", "name", "start", "end"},
                   {"owner", "depends-on", "delivers", "kind", "addresses"});
  check.children(e, {"milestone"}, /*allow_generic=*/false);
  const auto start = e.has_attr("start") ? check.date(e, "start") : std::nullopt;
  const auto end = e.has_attr("end") ? check.date(e, "end") : std::nullopt;
  if (start && end && end->last_day().days() < start->first_day().days())
    check.diagnostics().report(code("rollout/ends-before-start"), e.attr_location("end"),
                               "phase " + quoted(p.id) + " ends (" + end->display() + ") before it starts (" +
                                   start->display() + ")",
                               {"swap start and end, or correct the year"});
  if (e.has_attr("kind")) check.choice(e, "kind", {"implementation", "execution"});
  if (e.has_attr("delivers")) check.references(e, "delivers", {"offering"});
  if (e.has_attr("addresses")) check.references(e, "addresses", {"need"});  // needs it meets directly
  if (e.has_attr("depends-on")) check_dependencies(p, start, end, check);
  for (const Milestone& m : p.milestones) check_milestone(m, p, check);
}

}  // namespace

void validate_section(Element section, Checker& check) {
  const std::vector<Phase> phases = planforge::section_items(section, check, read_phases, phase_section);
  for (const Phase& p : phases) check_phase(p, check);
  check_cycles(phases, check);
}

}  // namespace rollout
