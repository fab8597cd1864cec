// The `traceability` section plugin (usually an appendix): no elements of its own. It follows
// the plan's chains, goal → objectives → KPIs and need → what addresses it (offerings,
// enablers, rollout phases) → the phases delivering the offerings, so a reader can check
// that every goal is measured, every need served and every offering scheduled; gaps are
// flagged where they occur.
#include "trace_model.hpp"

#include <planforge/cells.hpp>
#include <planforge/plugin.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using namespace planforge;
using namespace trace;

Run ref(const Element& e) {
  Run r;
  r.ref = e.attr_or("id", "");
  return r;
}

// A cross-reference when the element has an id (name and page), else its name.
Run named(const Element& e, const PlanView& plan) {
  if (e.has_attr("id")) return ref(e);
  return Run{plan.display_name(e)};
}

Cell gap_cell(std::string text, Color color) {
  Run r{std::move(text)};
  r.color = color;
  r.italic = true;
  Cell c = cell({r});
  c.marker = color;
  return c;
}

// One item a line, bulleted when there are several, so that the wrapped lines of one item
// are not read as the next.
RichText one_a_line(const std::vector<RichText>& items) {
  RichText text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text.push_back(Run{"\n"});
    if (items.size() > 1) text.push_back(Run{"\u2022 "});
    text.insert(text.end(), items[i].begin(), items[i].end());
  }
  return text;
}

// A goal, its objectives one a line and the KPIs that measure it; a gap where there are none.
TableRow goal_row(const GoalChain& g, const SectionBuilder& out) {
  std::vector<RichText> objectives, kpis;
  for (const Element& o : g.objectives) objectives.push_back(o.rich_text());
  for (const Element& k : g.kpis) kpis.push_back({named(k, out.plan())});
  const Palette& p = out.palette();
  return TableRow{
      {cell({named(g.goal, out.plan())}),
       objectives.empty() ? gap_cell(out.text("gap.no-objective"), p.muted) : cell(one_a_line(objectives)),
       kpis.empty() ? gap_cell(out.text("gap.no-kpi"), p.bad) : cell(one_a_line(kpis))}};
}

Table goals_table(const std::vector<GoalChain>& goals, const SectionBuilder& out) {
  Table t = catalogue_table("goals.caption", {{Align::left, 0.28}, {Align::left, 0.44}, {Align::left, 0.28}},
                            {"header.goal", "header.objectives", "header.measured-by"}, out);
  for (const GoalChain& g : goals) t.rows.push_back(goal_row(g, out));
  return t;
}

// "Apr 2027 – Sep 2027" in the plan's language, or empty when the phase's dates are not both valid.
std::string phase_dates(const Element& phase, const SectionBuilder& out) {
  const auto start = phase.date("start");
  const auto end = phase.date("end");
  return start && end ? out.locale().date_range(*start, *end, TextLength::medium) : std::string();
}

RichText phase_text(const Element& phase, const SectionBuilder& out) {
  RichText text{named(phase, out.plan())};
  if (const std::string when = phase_dates(phase, out); !when.empty())
    text.push_back(muted(", " + when, out.palette()));
  return text;
}

// One row of the needs table after the need and its gap: what addresses the need and when it
// is delivered.
struct Addressing {
  RichText what;
  Cell when;
};

std::vector<Addressing> addressing(const NeedChain& n, const SectionBuilder& out) {
  const Palette& p = out.palette();
  const PlanView& plan = out.plan();
  std::vector<Addressing> rows;
  for (const OfferingChain& o : n.offerings) {
    Addressing a{{named(o.offering, plan)}, {}};
    if (o.phases.empty()) {
      a.when = gap_cell(out.text("gap.not-scheduled"), p.bad);
    } else {
      RichText text;
      for (std::size_t j = 0; j < o.phases.size(); ++j) {
        if (j > 0) text.push_back(Run{"; "});
        RichText ph = phase_text(o.phases[j], out);
        text.insert(text.end(), ph.begin(), ph.end());
      }
      a.when = cell(std::move(text));
    }
    rows.push_back(std::move(a));
  }
  for (const Element& e : n.enablers) {
    Addressing a{{muted(out.text("addressed.enabler") + " ", p), named(e, plan)}, Cell{}};
    if (const auto due = e.date("due"))
      a.when =
          cell({muted(out.text("enabler.due", {{"date", out.locale().date(*due, TextLength::medium)}}), p)});
    rows.push_back(std::move(a));
  }
  for (const Element& phase : n.phases) {
    // The phase is its own delivery: its dates stand where an offering's phases would.
    Addressing a{{muted(out.text("addressed.phase") + " ", p), named(phase, plan)},
                 cell({muted(phase_dates(phase, out), p)})};
    rows.push_back(std::move(a));
  }
  return rows;
}

Table needs_table(const std::vector<NeedChain>& needs, const SectionBuilder& out) {
  const Palette& p = out.palette();
  const PlanView& plan = out.plan();
  Table t;
  t.caption = out.text("needs.caption");
  t.columns = {{Align::left, 0.30}, {Align::right, 0.08}, {Align::left, 0.30}, {Align::left, 0.32}};
  // Stripes would split a need's offerings into what look like separate needs.
  t.striped = false;
  TableRow head =
      header_row({"header.need", "header.gap", "header.addressed-by", "header.delivered-in"}, out);
  head.cells[1].align = Align::right;
  t.rows.push_back(std::move(head));
  for (const NeedChain& n : needs) {
    TableRow first;
    first.cells.push_back(cell({named(n.need, plan)}));
    const std::string gap_text = out.locale().number_auto(n.gap);
    Cell gap = cell(n.weak ? bold(gap_text) : plain(gap_text), Align::right);
    if (n.weak) gap.marker = p.bad;
    first.cells.push_back(std::move(gap));
    const std::vector<Addressing> rows = addressing(n, out);
    if (rows.empty()) {
      first.cells.push_back(gap_cell(out.text("gap.not-addressed"), n.weak ? p.bad : p.muted));
      first.cells.push_back(Cell{});
      t.rows.push_back(std::move(first));
      continue;
    }
    // One row per offering, enabler or phase; the need stands on the first.
    for (std::size_t i = 0; i < rows.size(); ++i) {
      TableRow row = i == 0 ? std::move(first) : TableRow{{Cell{}, Cell{}}};
      row.cells.push_back(cell(rows[i].what));
      row.cells.push_back(rows[i].when);
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

Callout summary(const std::vector<GoalChain>& goals, const std::vector<NeedChain>& needs,
                const SectionBuilder& out) {
  std::size_t unmeasured = 0, unserved = 0;
  std::vector<std::string> unscheduled;  // offering ids, once each
  for (const GoalChain& g : goals) unmeasured += g.kpis.empty();
  for (const NeedChain& n : needs) {
    unserved += !n.addressed();
    for (const OfferingChain& o : n.offerings) {
      const std::string id = o.offering.attr_or("id", "");
      if (o.phases.empty() && std::find(unscheduled.begin(), unscheduled.end(), id) == unscheduled.end())
        unscheduled.push_back(id);
    }
  }
  Callout c;
  if (unmeasured + unserved + unscheduled.size() == 0) {
    c.kind = CalloutKind::success;
    c.title = out.text("none.title");
    c.paragraphs.push_back(plain(out.text("none.text")));
    return c;
  }
  c.kind = CalloutKind::warning;
  c.title = out.text("gaps.title");
  std::vector<std::string> parts;
  if (!goals.empty() && unmeasured) parts.push_back(out.text("gaps.unmeasured", {{"count", unmeasured}}));
  if (!needs.empty() && unserved) parts.push_back(out.text("gaps.unserved", {{"count", unserved}}));
  if (!unscheduled.empty()) parts.push_back(out.text("gaps.unscheduled", {{"count", unscheduled.size()}}));
  c.paragraphs.push_back(plain(out.text("gaps.text", {{"gaps", out.locale().list(parts)}})));
  return c;
}

class TraceabilityPlugin : public SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return "Traceability"; }

  void validate(Element section, Checker& check) const override {
    // Everything traced is validated where it is written; this section only holds narrative.
    check.children(section, {});
  }

  void render(Element section, SectionBuilder& out) const override {
    out.add_generic_children(section);
    const auto goals = goal_chains(out.plan());
    const auto needs = need_chains(out.plan());
    if (goals.empty() && needs.empty()) {
      Run r{out.text("empty")};
      r.italic = true;
      r.color = out.palette().muted;
      out.add(Paragraph{{r}});
      return;
    }
    out.add(summary(goals, needs, out));
    if (!goals.empty()) out.add(goals_table(goals, out));
    if (!needs.empty()) out.add(needs_table(needs, out));
    const auto unmatched = unmatched_offerings(out.plan());
    if (!needs.empty() && !unmatched.empty()) {
      std::vector<Run> names;
      for (const Element& o : unmatched) names.push_back(named(o, out.plan()));
      const std::vector<std::string> slots(names.size(), std::string(inline_slot));
      out.add(Paragraph{splice(out.text("unmatched", {{"offerings", out.locale().list(slots)}}), names),
                        ParagraphStyle::small});
    }
  }
};

}  // namespace

PLANFORGE_PLUGIN(TraceabilityPlugin, "traceability", "1.0.0",
                 "Traces goals to KPIs and needs to offerings, enablers and rollout phases", "traceability")
