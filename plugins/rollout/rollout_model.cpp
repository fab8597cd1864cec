#include "rollout_model.hpp"

#include <cmath>
#include <cstdio>

namespace rollout {

using planforge::Date;
using planforge::Element;

std::vector<Phase> read_phases(Element section) {
  return planforge::read_items<Phase>(section, "phase", [](Element e, Phase& p) {
    p.owner = e.attr_or("owner", "");
    p.start = e.date("start");
    p.end = e.date("end");
    p.depends_on = dependency_ids(e);
    p.dependencies = parse_dependencies(e);
    p.delivers = e.ids("delivers");
    if (e.attr_or("kind", "implementation") == "execution") p.kind = PhaseKind::execution;
    p.milestones = planforge::read_items<Milestone>(
        e, "milestone", [](Element m, Milestone& ms) { ms.date = m.date("date"); });
  });
}

double duration_months(const Date& start, const Date& end) {
  const Date a = start.first_day(), b = end.last_day();
  const bool whole = a.day == 1 && Date{b.year, 0, b.month, 0}.last_day().day == b.day;
  if (whole) return (b.year - a.year) * 12 + static_cast<int>(b.month) - static_cast<int>(a.month) + 1;
  const double days = static_cast<double>(b.days() - a.days() + 1);
  return std::round(days / 30.4375 * 2) / 2;
}

std::string date_range(const Date& start, const Date& end) {
  if (start == end) return start.display();
  return start.display() + " \u2013 " + end.display();
}

}  // namespace rollout
