// Rendering of a mission section, laid out as a consulting report would: the mission and
// vision set off as quotes, the values as a grid of panels, a "goals at a glance" table,
// then one numbered subsection per goal with its objectives as a table whose rows are the
// targets of <ref to="objective-id"/>.
#include "mission_model.hpp"
#include "mission_plugin.hpp"

#include <planforge/cells.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace mission {

using namespace planforge;

namespace {

// A small coloured heading over a block ("Our mission"); not a numbered heading, so the
// contents stay about goals.
void add_kicker(SectionBuilder& out, std::string text) {
  Run run{std::move(text)};
  run.bold = true;
  run.color = out.palette().primary;
  out.add(Paragraph{{std::move(run)}, ParagraphStyle::small});
}

void add_quote(SectionBuilder& out, std::string kicker, Element e) {
  add_kicker(out, std::move(kicker));
  out.add(Paragraph{e.rich_text(), ParagraphStyle::quote});
  if (auto source = e.attr("source"); source && !source->empty()) {
    Run run{"\u2014 " + *source};
    run.italic = true;
    run.color = out.palette().muted;
    out.add(Paragraph{{std::move(run)}, ParagraphStyle::small, Align::right});
  }
  out.add(Spacer{8});
}

void add_values(SectionBuilder& out, Element values) {
  auto items = values.children("value");
  if (items.empty()) return;
  add_kicker(out, out.text("kicker.values"));
  PanelGrid grid;
  const auto n = static_cast<int>(items.size());
  // Four values read best as a 2 × 2 block; otherwise up to three side by side.
  grid.columns = n <= 3 ? n : (n == 4 ? 2 : 3);
  for (const Element& value : items) {
    Panel panel;
    panel.title = value.attr_or("name", "");
    if (!value.text().empty()) panel.paragraphs.push_back(value.rich_text());
    grid.panels.push_back(std::move(panel));
  }
  out.add(std::move(grid));
  out.add(Spacer{8});
}

// The KPIs (of any kpis section) whose `goal` names this goal, in document order.
std::vector<Element> kpis_of(const PlanView& plan, const std::string& goal_id) {
  std::vector<Element> found;
  auto visit = [&](Element kpi) {
    std::istringstream ids(kpi.attr_or("goal", ""));
    for (std::string id; ids >> id;)
      if (id == goal_id) {
        found.push_back(kpi);
        break;
      }
  };
  for (const Element& section : plan.sections("kpis"))
    for (const Element& child : section.children()) {
      if (child.name() == "kpi") visit(child);
      if (child.name() == "group")
        for (const Element& kpi : child.children("kpi")) visit(kpi);
    }
  return found;
}

// "Renewal rate; Attach rate — see Key Performance Indicators (p. 24)". One reference per
// scorecard rather than one per KPI: five "(p. 24)" in a row read as clutter, not as help.
RichText measured_by(const SectionBuilder& out, const std::vector<Element>& kpis) {
  const PlanView& plan = out.plan();
  RichText text;
  std::vector<Element> sections;
  for (std::size_t k = 0; k < kpis.size(); ++k) {
    if (k > 0) text.push_back(Run{"; "});
    text.push_back(Run{kpis[k].attr_or("name", kpis[k].attr_or("id", ""))});
    Element section = plan.section_of(kpis[k]);
    if (section.has_attr("id") && (sections.empty() || !(sections.back() == section)))
      sections.push_back(section);
  }
  if (sections.empty()) return text;
  std::vector<Run> refs;
  for (const Element& section : sections) {
    Run ref;
    ref.ref = section.attr_or("id", "");
    refs.push_back(std::move(ref));
  }
  const std::vector<std::string> slots(refs.size(), std::string(inline_slot));
  text.push_back(Run{" "});
  for (Run& r : splice(out.text("facts.see", {{"sections", out.locale().list(slots)}}), refs))
    text.push_back(std::move(r));
  return text;
}

void add_glance(SectionBuilder& out, const std::vector<Element>& goals) {
  const PlanView& plan = out.plan();
  bool with_kpis = !plan.sections("kpis").empty();
  bool with_horizon = false;
  for (const Element& goal : goals) with_horizon = with_horizon || goal.has_attr("horizon");

  Table table;
  table.caption = out.text("glance.caption");
  table.columns.push_back(Column{Align::left, 0.08});
  table.columns.push_back(Column{Align::left, 0});
  if (with_horizon) table.columns.push_back(Column{Align::left, 0.20});
  table.columns.push_back(Column{Align::center, 0.13});
  if (with_kpis) table.columns.push_back(Column{Align::center, 0.10});

  TableRow head = header_row({"header.number", "header.goal"}, out);
  if (with_horizon) head.cells.push_back(cell(out.text("header.horizon")));
  head.cells.push_back(cell(out.text("header.objectives"), Align::center));
  if (with_kpis) head.cells.push_back(cell(out.text("header.kpis"), Align::center));
  table.rows.push_back(std::move(head));

  for (std::size_t i = 0; i < goals.size(); ++i) {
    const Element& goal = goals[i];
    TableRow row;
    row.cells.push_back(Cell{bold(goal_label(goal, i))});
    Run title{goal.attr_or("title", "")};
    title.ref = goal.attr_or("id", "");  // "Raise retention (p. 6)", linked to the goal
    row.cells.push_back(Cell{{std::move(title)}});
    if (with_horizon) {
      auto horizon = parse_horizon(goal.attr_or("horizon", ""));
      row.cells.push_back(Cell{plain(horizon ? horizon->display(true, &out.locale()) : "\u2014")});
    }
    row.cells.push_back(
        cell(out.locale().number(static_cast<double>(goal.children("objective").size())), Align::center));
    if (with_kpis)
      row.cells.push_back(
          cell(out.locale().number(static_cast<double>(kpis_of(plan, goal.attr_or("id", "")).size())),
               Align::center));
    table.rows.push_back(std::move(row));
  }
  out.add(std::move(table));
}

void add_objectives(SectionBuilder& out, Element goal, std::size_t goal_index) {
  auto objectives = goal.children("objective");
  if (objectives.empty()) return;
  // Columns nobody filled in are left out rather than shown as a column of dashes.
  bool owners = false, dues = false;
  for (const Element& o : objectives) {
    owners = owners || o.has_attr("owner");
    dues = dues || o.has_attr("due");
  }
  Table table;
  table.columns.push_back(Column{Align::left, 0.08});
  table.columns.push_back(Column{Align::left, 0});
  if (owners) table.columns.push_back(Column{Align::left, 0.22});
  if (dues) table.columns.push_back(Column{Align::left, 0.14});

  TableRow head = header_row({"header.number", "header.objective"}, out);
  if (owners) head.cells.push_back(cell(out.text("header.owner")));
  if (dues) head.cells.push_back(cell(out.text("header.due")));
  table.rows.push_back(std::move(head));

  for (std::size_t m = 0; m < objectives.size(); ++m) {
    const Element& o = objectives[m];
    TableRow row;
    row.anchor = o.attr_or("id", "");  // <ref to="o-renew"/> lands on this row's page
    row.cells.push_back(Cell{bold(objective_label(o, goal, goal_index, m))});
    row.cells.push_back(Cell{o.rich_text()});
    if (owners) row.cells.push_back(Cell{plain(o.attr_or("owner", "\u2014"))});
    if (dues) {
      auto due = o.date("due");
      row.cells.push_back(Cell{plain(due ? display_date(*due, true, &out.locale()) : "\u2014")});
    }
    table.rows.push_back(std::move(row));
  }
  out.add(std::move(table));
}

void add_goal(SectionBuilder& out, Element goal, std::size_t index) {
  out.begin_subsection(goal.attr_or("title", ""), goal.attr_or("id", ""), goal_label(goal, index));

  KeyValues facts;
  if (auto horizon = parse_horizon(goal.attr_or("horizon", "")))
    facts.items.emplace_back(out.text("header.horizon"), plain(horizon->display(true, &out.locale())));
  auto kpis = kpis_of(out.plan(), goal.attr_or("id", ""));
  if (!kpis.empty()) facts.items.emplace_back(out.text("facts.measured-by"), measured_by(out, kpis));

  if (Element description = goal.child("description")) out.add(Paragraph{description.rich_text()});
  if (!facts.items.empty()) out.add(std::move(facts));
  add_objectives(out, goal, index);
  out.end_subsection();
}

}  // namespace

void render_section(Element section, SectionBuilder& out) {
  auto goals = section.children("goal");
  std::size_t goal_index = 0;
  for (const Element& child : section.children()) {
    std::string_view name = child.name();
    if (child.is_generic_block()) {
      out.add_generic(child);
    } else if (name == "statement") {
      add_quote(out, out.text("kicker.mission"), child);
    } else if (name == "vision") {
      add_quote(out, out.text("kicker.vision"), child);
    } else if (name == "values") {
      add_values(out, child);
    } else if (name == "goal") {
      if (goal_index == 0) add_glance(out, goals);
      add_goal(out, child, goal_index++);
    }
  }
}

}  // namespace mission
