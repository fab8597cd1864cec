#include "rollout_render.hpp"

#include <planforge/cells.hpp>

#include <algorithm>
#include <cstdlib>

namespace rollout {

using namespace planforge;

namespace {

Cell muted_dash(const Palette& p) { return muted_cell("\u2014", p); }

// A phase's dates at the precision the plan used, in the plan's language.
std::string dates(const Date& start, const Date& end, const Locale& l) {
  return start == end ? l.date(start, TextLength::medium) : l.date_range(start, end, TextLength::medium);
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

// What a reader calls the element an id names (an id that does not resolve is shown as is;
// validation has already reported it).
std::string name_of(const std::string& id, const PlanView& plan) {
  Element e = plan.find(id);
  return e ? plan.display_name(e) : id;
}

std::vector<std::string> names_of(const std::vector<std::string>& ids, const PlanView& plan) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(name_of(id, plan));
  return out;
}

// "Platform (start to start, 2 months after)" in the plan's language: the kind and lag only
// when they are not the plain "starts after it ends". A lag counts calendar days, weeks or
// months in the plugin's own words (ICU's Polish unit day is the 24-hour "doba").
std::string dependency_note(const Dependency& d, const SectionBuilder& out) {
  const char* kind = d.kind == DependencyKind::start_to_start     ? "dependency.start-to-start"
                     : d.kind == DependencyKind::finish_to_finish ? "dependency.finish-to-finish"
                                                                  : "dependency.finish-to-start";
  if (d.lag.zero()) return out.text(kind);
  const char* unit = d.lag.unit == 'w' ? "lag.weeks" : d.lag.unit == 'm' ? "lag.months" : "lag.days";
  const std::string amount = out.text(unit, {{"count", std::abs(d.lag.amount)}});
  const std::string lag =
      out.text(d.lag.amount > 0 ? "dependency.after" : "dependency.before", {{"duration", amount}});
  return out.text("dependency.with-lag", {{"kind", out.text(kind)}, {"lag", lag}});
}

std::vector<std::string> dependency_names(const std::vector<Dependency>& deps, const SectionBuilder& out) {
  std::vector<std::string> names;
  for (const Dependency& d : deps) {
    std::string name = name_of(d.id, out.plan());
    if (d.kind != DependencyKind::finish_to_start || !d.lag.zero())
      name += " (" + dependency_note(d, out) + ")";
    names.push_back(std::move(name));
  }
  return names;
}

}  // namespace

Table phase_table(const std::vector<Phase>& phases, const SectionBuilder& out) {
  const Palette& pal = out.palette();
  Table t = catalogue_table("phases.caption",
                            {{Align::left, 0.18},
                             {Align::left, 0.14},
                             {Align::right, 0.11},
                             {Align::left, 0.13},
                             {Align::left, 0.13},
                             {Align::left, 0.14},
                             {Align::left, 0.17}},
                            {"header.phase", "header.dates", "header.months", "header.owner",
                             "header.depends-on", "header.delivers", "header.milestones"},
                            out);
  for (const Phase& p : phases) {
    TableRow row;
    row.anchor = p.id;
    Cell name;
    name.text = {Run{p.name, true}};
    if (p.kind == PhaseKind::execution) {
      Run kind{" " + out.text("phase.execution")};
      kind.color = pal.muted;
      name.text.push_back(kind);
    }
    row.cells.push_back(name);
    if (p.start && p.end) {
      row.cells.push_back(cell(dates(*p.start, *p.end, out.locale())));
      row.cells.push_back(cell(out.locale().number_auto(duration_months(*p.start, *p.end), 1), Align::right));
    } else {
      row.cells.push_back(muted_dash(pal));
      row.cells.push_back(muted_dash(pal));
    }
    row.cells.push_back(p.owner.empty() ? muted_dash(pal) : cell(p.owner));
    row.cells.push_back(p.dependencies.empty() ? muted_dash(pal)
                                               : cell(join(dependency_names(p.dependencies, out), "; ")));
    row.cells.push_back(p.delivers.empty() ? muted_dash(pal)
                                           : cell(join(names_of(p.delivers, out.plan()), "; ")));
    std::vector<std::string> ms;
    for (const Milestone& m : p.milestones) ms.push_back(m.name);
    row.cells.push_back(ms.empty() ? muted_dash(pal) : cell(join(ms, "; ")));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table milestone_table(const std::vector<Phase>& phases, const SectionBuilder& out) {
  struct Entry {
    const Milestone* m;
    const Phase* p;
  };
  std::vector<Entry> entries;
  for (const Phase& p : phases)
    for (const Milestone& m : p.milestones)
      if (m.date) entries.push_back({&m, &p});
  // By date; a reduced date ("2027-06") counts as the end of its period, as on the chart.
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    auto key = [](const Date& d) { return d.day ? d.days() : d.last_day().days(); };
    return key(*a.m->date) < key(*b.m->date);
  });
  Table t =
      catalogue_table("milestones.caption", {{Align::left, 0.16}, {Align::left, 0.48}, {Align::left, 0.36}},
                      {"header.date", "header.milestone", "header.phase"}, out);
  for (const Entry& e : entries) {
    TableRow row;
    row.anchor = e.m->id;
    row.cells.push_back(cell(out.locale().date(*e.m->date, TextLength::medium)));
    row.cells.push_back(cell(e.m->name));
    row.cells.push_back(cell(e.p->name));
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace rollout
