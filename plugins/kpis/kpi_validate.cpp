#include "kpi_validate.hpp"

#include "kpis_codes.hpp"
#include "kpi_model.hpp"

#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kpis {

using planforge::Checker;
using planforge::Date;
using planforge::Element;

namespace {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

// A value in a message: English conventions (diagnostics are in English), as the plan's
// numbers are shown in the PDF, up to four decimals.
std::string format_number(double v) { return planforge::Locale().number_auto(v, 4); }

// A percentage outside 0–100 is usually a typo (800 for 80.0); it may be meant (a change
// in %), so it is a warning.
void check_percent(Checker& check, Element e, std::string_view attr, std::optional<double> v,
                   std::string_view unit, std::string_view what) {
  if (!v || unit != "%" || (*v >= 0 && *v <= 100)) return;
  check.diagnostics().report(code("kpis/percent-out-of-range"), e.attr_location(attr),
                             std::string(what) + " " + format_number(*v) + " % is outside 0\u2013100 %");
}

// Interim targets or actuals: each a period and a value, one per period.
void check_measures(Checker& check, Element kpi, std::string_view name, std::string_view id,
                    std::string_view unit, std::optional<Date> due) {
  std::map<Date, Element> seen;
  for (const Element& m : kpi.children(name)) {
    check.attributes(m, {"period", "value"});
    const auto period = m.has_attr("period") ? check.date(m, "period") : std::nullopt;
    const auto value = m.has_attr("value") ? check.number(m, "value") : std::nullopt;
    check_percent(check, m, "value", value, unit, std::string(name) + " value");
    if (!period) continue;
    auto [it, fresh] = seen.emplace(*period, m);
    if (!fresh) {
      check.diagnostics().report(
          code("kpis/duplicate-period"), m.attr_location("period"),
          "kpi " + quoted(id) + " has two " + std::string(name) + "s for " + period->iso(),
          {"keep one value per period"});
      check.diagnostics().note(it->second.attr_location("period"), "the first one is here");
    }
    if (name == "target" && due && period->first_day().days() > due->last_day().days())
      check.diagnostics().report(code("kpis/target-after-due"), m.attr_location("period"),
                                 "kpi " + quoted(id) + " has an interim target for " + period->iso() +
                                     ", after its due period " + due->iso());
  }
}

// What docs/kpi-status.md cannot judge sensibly: a tolerance that swallows the whole way, and
// an interim target that plans a move away from the target (the rule never calls a KPI worse
// than its baseline on track, whatever the path says).
void check_path(Checker& check, Element kpi, std::string_view id, double baseline, double target, bool up) {
  if (kpi.has_attr("tolerance"))
    if (auto tol = check.number(kpi, "tolerance", 0.0);
        tol && baseline != target && *tol >= std::abs(target - baseline))
      check.diagnostics().report(code("kpis/tolerance-too-wide"), kpi.attr_location("tolerance"),
                                 "tolerance " + format_number(*tol) + " of kpi " + quoted(id) +
                                     " is as wide as the whole way from baseline " + format_number(baseline) +
                                     " to target " + format_number(target),
                                 {"state the noise of one measurement, in the KPI's unit"});
  for (const Element& t : kpi.children("target")) {
    const auto value = t.number("value");
    if (!value || (up ? *value >= baseline : *value <= baseline)) continue;
    check.diagnostics().report(
        code("kpis/target-worse-than-baseline"), t.attr_location("value"),
        "interim target " + format_number(*value) + " of kpi " + quoted(id) + " is worse than its baseline " +
            format_number(baseline),
        {"a KPI worse than its baseline is never on track; set interim targets between baseline and target"});
  }
}

void check_kpi(Element kpi, Checker& check) {
  check.attributes(kpi, {"id", "name", "unit", "target", "direction"},
                   {"baseline", "owner", "frequency", "goal", "due", "tolerance"});
  check.children(kpi, {"target", "actual"}, /*allow_generic=*/false);
  const std::string id = kpi.attr_or("id", "?");
  const std::string unit = kpi.attr_or("unit", "");

  const auto baseline = kpi.has_attr("baseline") ? check.number(kpi, "baseline") : std::nullopt;
  const auto target = kpi.has_attr("target") ? check.number(kpi, "target") : std::nullopt;
  const auto direction =
      kpi.has_attr("direction") ? check.choice(kpi, "direction", {"up", "down"}) : std::nullopt;
  if (kpi.has_attr("goal")) check.reference(kpi, "goal", {"goal"});
  const auto due = kpi.has_attr("due") ? check.date(kpi, "due") : std::nullopt;
  // Checked here when check_path() will not be reached.
  if (kpi.has_attr("tolerance") && !(baseline && target && direction)) check.number(kpi, "tolerance", 0.0);
  check_percent(check, kpi, "baseline", baseline, unit, "baseline");
  check_percent(check, kpi, "target", target, unit, "target");

  // A target on the wrong side of the baseline makes every status meaningless.
  if (baseline && target && direction) {
    const bool up = *direction == "up";
    if ((up && *target < *baseline) || (!up && *target > *baseline))
      check.diagnostics().report(
          code("kpis/target-wrong-way"), kpi.attr_location("direction"),
          "kpi " + quoted(id) + " aims " + *direction + " but its target " + format_number(*target) +
              (up ? " is below" : " is above") + " its baseline " + format_number(*baseline),
          {std::string("use direction=\"") + (up ? "down" : "up") + "\" or correct the baseline or target"});
  }
  check_measures(check, kpi, "target", id, unit, due);
  check_measures(check, kpi, "actual", id, unit, std::nullopt);
  if (baseline && target && direction) check_path(check, kpi, id, *baseline, *target, *direction == "up");
}

}  // namespace

void validate_section(Element section, Checker& check) {
  check.children(section, {"group", "kpi"});
  std::size_t count = 0;
  for (const Element& child : section.children()) {
    if (child.name() == "kpi") {
      check_kpi(child, check);
      ++count;
    } else if (child.name() == "group") {
      check.attributes(child, {"name"}, {"id"});
      check.children(child, {"kpi"}, /*allow_generic=*/false);
      const auto members = child.children("kpi");
      if (members.empty())
        check.diagnostics().report(code("kpis/empty-group"), child.location(),
                                   "group " + quoted(child.attr_or("name", "")) + " holds no KPI");
      for (const Element& kpi : members) check_kpi(kpi, check);
      count += members.size();
    }
  }
  if (count == 0)
    check.diagnostics().report(code("kpis/no-kpis"), section.location(), "kpis section has no KPI",
                               {"add <kpi id name unit target direction> elements"});
  // A goal no KPI measures is a completeness gap: planforge lint's goal-unmeasured.
}

}  // namespace kpis
