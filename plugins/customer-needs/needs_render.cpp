#include "needs_render.hpp"

#include "needs_model.hpp"

#include <planforge/charts.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace needs {

using namespace planforge;

namespace {

Cell text_cell(RichText text, Align align = Align::left) {
  Cell c;
  c.text = std::move(text);
  c.align = align;
  return c;
}

Run colored(std::string text, Color color, bool is_bold = false) {
  Run r{std::move(text)};
  r.color = color;
  r.bold = is_bold;
  return r;
}

std::string segment_names(const Need& n, const PlanView& plan) {
  std::string out;
  for (const std::string& id : n.segments) {
    if (!out.empty()) out += ", ";
    Element s = plan.find(id);
    out += s ? plan.display_name(s) : id;
  }
  return out;
}

Table segments_table(Element section, const std::vector<Need>& ranked, const Palette& p) {
  Table t;
  t.caption = "Customer segments";
  t.columns = {{Align::left}, {Align::left}, {Align::left}, {Align::right}};
  TableRow head;
  head.header = true;
  for (const char* h : {"Segment", "Who they are", "Kind", "Needs"})
    head.cells.push_back(text_cell(plain(h)));
  head.cells.back().align = Align::right;
  t.rows.push_back(std::move(head));
  for (const Element& e : section.children("segment")) {
    const std::string id = e.attr_or("id", "");
    const auto count = std::count_if(ranked.begin(), ranked.end(), [&](const Need& n) {
      return std::find(n.segments.begin(), n.segments.end(), id) != n.segments.end();
    });
    TableRow row;
    row.anchor = id;
    row.cells.push_back(text_cell(bold(e.attr_or("name", id))));
    RichText desc = e.rich_text();
    row.cells.push_back(text_cell(desc.empty() ? RichText{colored("\u2014", p.muted)} : desc));
    // Staff are customers of the plan too (seed 004: employees carry it out).
    row.cells.push_back(text_cell(plain(e.attr_or("internal", "false") == "true" ? "Internal" : "External")));
    row.cells.push_back(text_cell(plain(std::to_string(count)), Align::right));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Callout weak_points(const std::vector<Need>& ranked) {
  Callout c;
  std::vector<const Need*> weak;
  for (const Need& n : ranked)
    if (n.weak()) weak.push_back(&n);
  const std::string gap = format_number(weak_point_gap);
  if (weak.empty()) {
    c.kind = CalloutKind::success;
    c.title = "No weak points";
    c.paragraphs.push_back(plain("No need has a gap of " + gap +
                                 " or more between its importance to customers and the "
                                 "organisation's current capability."));
    return c;
  }
  c.kind = CalloutKind::warning;
  c.title = weak.size() == 1 ? "1 weak point" : std::to_string(weak.size()) + " weak points";
  RichText text = plain(std::to_string(weak.size()) + " of " + std::to_string(ranked.size()) +
                        " needs fall short of what customers expect by " + gap +
                        " points or more; they lead the ranking and the plan addresses them "
                        "first: ");
  for (std::size_t i = 0; i < weak.size(); ++i) {
    if (i > 0) text.push_back(Run{i + 1 == weak.size() ? " and " : ", "});
    Run r{weak[i]->name};
    r.bold = true;
    text.push_back(std::move(r));
  }
  text.push_back(Run{"."});
  c.paragraphs.push_back(std::move(text));
  return c;
}

// The offerings addressing a need, as cross-references (name and page), or a flag.
Cell offerings_cell(const Need& n, const std::map<std::string, std::vector<Element>>& by_need,
                    const Palette& p) {
  Cell c;
  auto it = by_need.find(n.id);
  if (it == by_need.end() || it->second.empty()) {
    c.text.push_back(colored("none yet", n.weak() ? p.bad : p.muted, n.weak()));
    return c;
  }
  for (std::size_t i = 0; i < it->second.size(); ++i) {
    if (i > 0) c.text.push_back(Run{", "});
    Run r;
    r.ref = it->second[i].attr_or("id", "");
    c.text.push_back(std::move(r));
  }
  return c;
}

Table ranking_table(const std::vector<Need>& ranked, SectionBuilder& out) {
  const Palette& p = out.palette();
  const PlanView& plan = out.plan();
  const bool has_portfolio = !plan.sections("portfolio").empty();
  const auto by_need = offerings_by_need(plan);

  Table t;
  t.caption = "Needs ranked by gap (importance \u2212 capability), weak points first";
  // Text columns get fixed shares so names wrap into few lines; the numbers take their
  // width from the content.
  t.columns = {{Align::right}, {Align::left, has_portfolio ? 0.25 : 0.36},
               {Align::left, has_portfolio ? 0.19 : 0.26}, {Align::right},
               {Align::right}, {Align::right}};
  if (has_portfolio) t.columns.push_back({Align::left, 0.25});
  TableRow head;
  head.header = true;
  for (const char* h : {"#", "Need", "Segments", "Importance", "Capability", "Gap"})
    head.cells.push_back(text_cell(plain(h)));
  if (has_portfolio) head.cells.push_back(text_cell(plain("Addressed by")));
  t.rows.push_back(std::move(head));

  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Need& n = ranked[i];
    TableRow row;
    row.anchor = n.id;
    row.cells.push_back(text_cell(plain(std::to_string(i + 1)), Align::right));
    row.cells.push_back(text_cell(n.weak() ? bold(n.name) : plain(n.name)));
    const std::string segs = segment_names(n, plan);
    row.cells.push_back(text_cell(segs.empty() ? RichText{colored("all", p.muted)} : plain(segs)));
    row.cells.push_back(text_cell(plain(format_number(n.importance)), Align::right));
    row.cells.push_back(text_cell(plain(format_number(n.capability)), Align::right));
    Cell gap = text_cell(n.weak() ? bold(format_number(n.gap())) : plain(format_number(n.gap())),
                         Align::right);
    if (n.weak()) gap.marker = p.bad;
    row.cells.push_back(std::move(gap));
    if (has_portfolio) row.cells.push_back(offerings_cell(n, by_need, p));
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
  d.x_label = "Importance to customers";
  d.y_label = "Current capability";
  d.x_min = d.y_min = 1;
  d.x_max = d.y_max = 5;
  d.diagonal = true;
  d.shade_below_diagonal_by = weak_point_gap;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    const Need& n = ranked[i];
    d.points.push_back({n.short_name, n.importance, n.capability, n.weak() ? p.bad : p.primary,
                        std::to_string(i + 1)});
  }
  d.legend = {{"Weak point (gap \u2265 " + format_number(weak_point_gap) + ")", p.bad,
               LegendShape::dot},
              {"Other need", p.primary, LegendShape::dot},
              {"Capability matches importance", p.muted, LegendShape::dashed_line},
              {"Weak-point region", p.bad.tint(0.86), LegendShape::box}};
  d.caption = "Importance to customers against current capability (points numbered by their rank in the table)";
  return scatter_chart(d, out);
}

// Descriptions and sources, for needs that have them, in ranked order.
List details(const std::vector<Need>& ranked, const Palette& p) {
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
    if (!n.source.empty()) item.text.push_back(colored(" (source: " + n.source + ")", p.muted));
    list.items.push_back(std::move(item));
  }
  return list;
}

}  // namespace

void render_section(Element section, SectionBuilder& out) {
  const auto children = section.children();
  // Narrative before the first segment or need introduces the analysis; the rest follows.
  auto first_own = std::find_if(children.begin(), children.end(),
                                [](const Element& e) { return !e.is_generic_block(); });
  for (auto it = children.begin(); it != first_own; ++it) out.add_generic(*it);

  const auto ranked = ranked_needs(section);
  if (!section.children("segment").empty()) out.add(segments_table(section, ranked, out.palette()));
  if (!ranked.empty()) {
    out.add(weak_points(ranked));
    out.add(ranking_table(ranked, out));
    out.add(gap_chart(ranked, out));
    List d = details(ranked, out.palette());
    if (!d.items.empty()) {
      out.add(Paragraph{bold("What customers told us"), ParagraphStyle::body});
      out.add(std::move(d));
    }
  }
  for (auto it = first_own; it != children.end(); ++it)
    if (it->is_generic_block()) out.add_generic(*it);
}

}  // namespace needs
