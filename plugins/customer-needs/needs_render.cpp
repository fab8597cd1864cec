#include "needs_render.hpp"

#include "needs_model.hpp"

#include <planforge/cells.hpp>
#include <planforge/charts.hpp>
#include <planforge/narrative.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace needs {

using namespace planforge;

namespace {

std::string segment_names(const Need& n, const PlanView& plan) {
  std::string out;
  for (const std::string& id : n.segments) {
    if (!out.empty()) out += ", ";
    Element s = plan.find(id);
    out += s ? plan.display_name(s) : id;
  }
  return out;
}

Table segments_table(Element section, const std::vector<Need>& ranked, const SectionBuilder& out) {
  const Palette& p = out.palette();
  Table t;
  t.caption = out.text("segments.caption");
  t.columns = {{Align::left}, {Align::left}, {Align::left}, {Align::right}};
  TableRow head = header_row({"header.segment", "header.who", "header.kind", "header.needs"}, out);
  head.cells.back().align = Align::right;
  t.rows.push_back(std::move(head));
  for (const Element& e : section.children("segment")) {
    const std::string id = e.attr_or("id", "");
    const auto count = std::count_if(ranked.begin(), ranked.end(), [&](const Need& n) {
      return std::find(n.segments.begin(), n.segments.end(), id) != n.segments.end();
    });
    TableRow row;
    row.anchor = id;
    row.cells.push_back(cell(bold(e.attr_or("name", id))));
    RichText desc = e.rich_text();
    row.cells.push_back(cell(desc.empty() ? RichText{colored("\u2014", p.muted)} : desc));
    // Staff are customers of the plan too (seed 004: employees carry it out).
    row.cells.push_back(
        cell(plain(out.text(e.attr_or("internal", "false") == "true" ? "kind.internal" : "kind.external"))));
    row.cells.push_back(cell(plain(out.locale().number(static_cast<double>(count))), Align::right));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Callout weak_points(const std::vector<Need>& ranked, const SectionBuilder& out) {
  Callout c;
  std::vector<Run> weak;  // the weak needs' names, in bold
  for (const Need& n : ranked)
    if (n.weak()) weak.push_back(Run{n.name, true});
  const std::string gap = out.locale().number_auto(weak_point_gap);
  if (weak.empty()) {
    c.kind = CalloutKind::success;
    c.title = out.text("weak.none.title");
    c.paragraphs.push_back(plain(out.text("weak.none.text", {{"gap", gap}})));
    return c;
  }
  c.kind = CalloutKind::warning;
  c.title = out.text("weak.title", {{"count", weak.size()}});
  const std::vector<std::string> slots(weak.size(), std::string(inline_slot));
  c.paragraphs.push_back(splice(out.text("weak.text", {{"weak", weak.size()},
                                                       {"total", ranked.size()},
                                                       {"gap", gap},
                                                       {"needs", out.locale().list(slots)}}),
                                weak));
  return c;
}

// What addresses a need as cross-references (name and page), enablers and phases named as
// such; or a flag. Semicolons separate them: names may hold commas.
Cell addressed_cell(const Need& n, const std::vector<Element>& by, const SectionBuilder& out) {
  const Palette& p = out.palette();
  Cell c;
  if (by.empty()) {
    c.text.push_back(colored(out.text("offerings.none"), n.weak() ? p.bad : p.muted, n.weak()));
    return c;
  }
  for (const Element& e : by) {
    if (!c.text.empty()) c.text.push_back(Run{"; "});
    if (e.name() == "enabler") c.text.push_back(colored(out.text("addressed.enabler") + " ", p.muted));
    if (e.name() == "phase") c.text.push_back(colored(out.text("addressed.phase") + " ", p.muted));
    Run r;
    r.ref = e.attr_or("id", "");
    c.text.push_back(std::move(r));
  }
  return c;
}

Table ranking_table(const std::vector<Need>& ranked, SectionBuilder& out) {
  const Palette& p = out.palette();
  const PlanView& plan = out.plan();
  std::vector<std::vector<Element>> by(ranked.size());
  bool addressed_column = !plan.sections("portfolio").empty();  // the column shows "none yet" too
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    by[i] = addressed_by(plan, ranked[i].id);
    addressed_column = addressed_column || !by[i].empty();
  }

  Table t;
  t.caption = out.text("ranking.caption");
  // Text columns get fixed shares so names wrap into few lines; the numbers take their
  // width from the content.
  t.columns = {{Align::right},
               {Align::left, addressed_column ? 0.25 : 0.36},
               {Align::left, addressed_column ? 0.19 : 0.26},
               {Align::right},
               {Align::right},
               {Align::right}};
  if (addressed_column) t.columns.push_back({Align::left, 0.25});
  TableRow head;
  head.header = true;
  head.cells.push_back(cell(plain("#")));
  for (const char* h :
       {"header.need", "header.segments", "header.importance", "header.capability", "header.gap"})
    head.cells.push_back(cell(plain(out.text(h))));
  if (addressed_column) head.cells.push_back(cell(plain(out.text("header.addressed-by"))));
  t.rows.push_back(std::move(head));

  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Need& n = ranked[i];
    TableRow row;
    row.anchor = n.id;
    const Locale& l = out.locale();
    row.cells.push_back(cell(plain(l.number(static_cast<double>(i + 1))), Align::right));
    row.cells.push_back(cell(n.weak() ? bold(n.name) : plain(n.name)));
    const std::string segs = segment_names(n, plan);
    row.cells.push_back(
        cell(segs.empty() ? RichText{colored(out.text("segments.all"), p.muted)} : plain(segs)));
    row.cells.push_back(cell(plain(l.number_auto(n.importance)), Align::right));
    row.cells.push_back(cell(plain(l.number_auto(n.capability)), Align::right));
    Cell gap = cell(n.weak() ? bold(l.number_auto(n.gap())) : plain(l.number_auto(n.gap())), Align::right);
    if (n.weak()) gap.marker = p.bad;
    row.cells.push_back(std::move(gap));
    if (addressed_column) row.cells.push_back(addressed_cell(n, by[i], out));
    t.rows.push_back(std::move(row));
  }
  return t;
}

// Importance on x and capability on y: the SDK shades the region x − y ≥ gap, which is
// exactly the weak points (important to customers, poorly served today). Each point carries
// its rank in the table as its tag and the need's short name, where it fits; the weak points
// come first, so they are placed first.
Figure gap_chart(const std::vector<Need>& ranked, const SectionBuilder& out) {
  const Palette& p = out.palette();
  ScatterChartData d;
  d.x_label = out.text("chart.x");
  d.y_label = out.text("chart.y");
  d.x_min = d.y_min = 1;
  d.x_max = d.y_max = 5;
  d.diagonal = true;
  d.shade_below_diagonal_by = weak_point_gap;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Need& n = ranked[i];
    d.points.push_back({n.short_name, n.importance, n.capability, n.weak() ? p.bad : p.primary,
                        out.locale().number(static_cast<double>(i + 1))});
  }
  d.legend = {
      {out.text("legend.weak", {{"gap", out.locale().number_auto(weak_point_gap)}}), p.bad, LegendShape::dot},
      {out.text("legend.other"), p.primary, LegendShape::dot},
      {out.text("legend.diagonal"), p.muted, LegendShape::dashed_line},
      {out.text("legend.region"), p.bad.tint(0.86), LegendShape::box}};
  d.caption = out.text("chart.caption") + " " + out.text("chart.numbered");
  return scatter_chart(d, out);
}

// Descriptions and sources, for needs that have them, in ranked order.
List details(const std::vector<Need>& ranked, const SectionBuilder& out) {
  const Palette& p = out.palette();
  List list;
  for (const Need& n : ranked) {
    RichText desc = n.element.rich_text();
    if (desc.empty() && n.source.empty()) continue;
    ListItem item;
    Run name{n.name};
    name.bold = true;
    item.text.push_back(std::move(name));
    if (!desc.empty()) {
      item.text.push_back(Run{": "});
      item.text.insert(item.text.end(), desc.begin(), desc.end());
    }
    if (!n.source.empty())
      item.text.push_back(colored(" " + out.text("details.source", {{"source", n.source}}), p.muted));
    list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace

void render_section(Element section, SectionBuilder& out) {
  // Narrative before the first segment or need introduces the analysis; the rest follows.
  with_narrative(section, out, [&] {
    const auto ranked = ranked_needs(section);
    if (!section.children("segment").empty()) out.add(segments_table(section, ranked, out));
    if (ranked.empty()) return;
    out.add(weak_points(ranked, out));
    out.add(ranking_table(ranked, out));
    out.add(gap_chart(ranked, out));
    List d = details(ranked, out);
    if (!d.items.empty()) {
      out.add(Paragraph{bold(out.text("details.heading")), ParagraphStyle::body});
      out.add(std::move(d));
    }
  });
}

}  // namespace needs
