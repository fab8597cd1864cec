#include "org_render.hpp"

namespace org {

using namespace planforge;

namespace {

struct Look {
  Color fill, border;
  BorderStyle style;
  LegendShape shape;
};

// Three sourcing models, told apart by outline as well as colour so that the chart still
// reads in black and white: solid for in-house, dashed for outsourced, double for partners.
Look look_of(Sourcing s, const Palette& p) {
  switch (s) {
    case Sourcing::outsourced:
      return {Color{255, 255, 255}, p.accent, BorderStyle::dashed, LegendShape::dashed_box};
    case Sourcing::partner:  // series 2: series 1 is often the accent the outsourced units use
      return {p.series_color(2).tint(0.88), p.series_color(2), BorderStyle::double_line,
              LegendShape::double_box};
    case Sourcing::in_house: break;
  }
  return {p.primary.tint(0.88), p.primary, BorderStyle::solid, LegendShape::outlined_box};
}

}  // namespace

std::vector<Figure> org_chart(const std::vector<Unit>& units, const SectionBuilder& out) {
  const Palette& pal = out.palette();
  TreeData tree;
  bool used[3] = {false, false, false};
  long people = 0;
  for (const Unit& u : units) {
    TreeNode n;
    n.id = u.id;
    n.parent = u.reports_to;
    n.title = u.name;
    if (!u.lead.empty()) n.lines.push_back(u.lead);
    if (auto p = u.people()) {
      n.lines.push_back(out.text("people", {{"count", *p}}));
      people += *p;
    }
    Look look = look_of(u.sourcing, pal);
    n.fill = look.fill;
    n.border = look.border;
    n.border_style = look.style;
    used[static_cast<int>(u.sourcing)] = true;
    tree.nodes.push_back(std::move(n));
  }
  int kinds = used[0] + used[1] + used[2];
  if (kinds > 1)
    for (Sourcing s : kSourcings)
      if (used[static_cast<int>(s)]) {
        Look look = look_of(s, pal);
        tree.legend.push_back({sourcing_label(s, out), look.border, look.shape});
      }
  std::string counted = out.text("units", {{"count", units.size()}});
  if (people > 0) counted += ", " + out.text("people", {{"count", people}});
  tree.caption = out.text("chart.caption", {{"units", counted}});
  return tree_chart(tree, out);
}

}  // namespace org
