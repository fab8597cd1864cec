#include "rollout_render.hpp"

#include <planforge/charts.hpp>
#include <planforge/narrative.hpp>

#include <algorithm>

namespace rollout {

using namespace planforge;

namespace {

// Series 1 is usually the accent hue the milestone diamonds use; execution takes series 3
// (sage in the default theme) so that diamonds stay visible on every bar.
Color kind_color(PhaseKind kind, const Palette& p) {
  return kind == PhaseKind::execution ? p.series_color(3) : p.series_color(0);
}

GanttData gantt_of(const std::vector<Phase>& phases, const SectionBuilder& out) {
  const Palette& pal = out.palette();
  GanttData g;
  bool implementation = false, execution = false;
  Date first{9999, 0, 0, 0}, last{0, 0, 0, 0};
  for (const Phase& p : phases) {
    if (!p.start || !p.end) continue;
    GanttTask t;
    t.id = p.id;
    t.label = p.name;
    t.owner = p.owner;
    t.start = *p.start;
    t.end = *p.end;
    // Finish to start without a lag draws like any other; the kind decides which ends the
    // arrow joins (the lag is in the phase table).
    for (const Dependency& d : p.dependencies) t.dependencies.push_back({d.id, d.kind});
    for (const Milestone& m : p.milestones)
      if (m.date) t.milestones.push_back({*m.date, m.name});
    t.color = kind_color(p.kind, pal);
    (p.kind == PhaseKind::execution ? execution : implementation) = true;
    if (p.start->first_day().days() < first.first_day().days()) first = *p.start;
    if (p.end->last_day().days() > last.last_day().days()) last = *p.end;
    g.tasks.push_back(std::move(t));
  }
  // Only a plan that mixes both kinds needs the colours explained.
  if (implementation && execution) {
    g.legend.push_back(
        {out.text("legend.implementation"), kind_color(PhaseKind::implementation, pal), LegendShape::box});
    g.legend.push_back(
        {out.text("legend.execution"), kind_color(PhaseKind::execution, pal), LegendShape::box});
  }
  if (!g.tasks.empty()) {
    std::size_t n = g.tasks.size();
    const Date a = first.first_day(), b = last.last_day();
    const Locale& l = out.locale();
    g.caption =
        out.text("timeline.caption", {{"phases", out.text("phases", {{"count", n}})},
                                      {"from", l.date(Date{a.year, 0, a.month, 0}, TextLength::medium)},
                                      {"to", l.date(Date{b.year, 0, b.month, 0}, TextLength::medium)}});
  }
  return g;
}

}  // namespace

void render_section(Element section, SectionBuilder& out) {
  // Text before the first phase introduces the plan; text after it (budgets, caveats) follows
  // the tables, as the author ordered it.
  with_narrative(section, out, [&] {
    const std::vector<Phase> phases = read_phases(section);
    if (phases.empty()) return;
    for (Figure& f : gantt_chart(gantt_of(phases, out), out)) out.add(std::move(f));
    out.add(phase_table(phases, out));
    Table milestones = milestone_table(phases, out);
    if (milestones.rows.size() > 1) out.add(std::move(milestones));
  });
}

}  // namespace rollout
