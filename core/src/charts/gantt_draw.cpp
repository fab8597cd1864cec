// One figure of a Gantt chart: stripes, the time axis, bars, milestone diamonds and labels,
// then the dependency connectors routed clear of the labels, arrowheads on top, the key and
// the legend.

#include "charts/gantt_layout.hpp"
#include "charts/legend.hpp"

#include <algorithm>
#include <cmath>

namespace planforge::detail::charts {

namespace {
constexpr double kHaloPad = 1;  // around a milestone label: its halo, which lines keep clear of

// The ink box of a milestone label on a row placed at `p`.
Box mark_box(const MilestoneMark& m, const RowPlace& p, const GanttGeometry& g, const Canvas& c,
             double& baseline) {
  const double label_top = p.mid + g.bar_height / 2 + 2;
  baseline = label_top + m.line * g.line_mark + g.f.small * 1.0;
  FigText probe;
  probe.at = {m.text_x, baseline};
  probe.size = g.f.small;
  probe.anchor = m.anchor;
  return ink_box(probe, c.measure(m.text, g.f.small, m.numbered ? FontStyle::bold : FontStyle::regular));
}

RowPlace place_row(const GanttRow& r, double y, const GanttGeometry& g) {
  RowPlace p;
  p.top = y;
  p.bottom = y + r.height;
  p.bar_top = y + GanttGeometry::kPad + std::max(0.0, (g.line_label - g.bar_height) / 2);
  p.mid = p.bar_top + g.bar_height / 2;
  p.bar_bottom = p.bar_top + g.bar_height;
  p.x0 = r.bar_x0;
  p.x1 = r.bar_x1;
  return p;
}

// Where a connector leaves a predecessor drawn on another figure: the same date, so the
// same x on the shared time axis.
double exit_of(const GanttRow& r, DependencyKind k) {
  return k == DependencyKind::start_to_start ? r.bar_x0 : r.bar_x1;
}
}  // namespace

Figure draw_gantt_page(const GanttData& data, const GanttGeometry& g, const std::vector<GanttRow>& rows,
                       const std::vector<std::vector<GanttLink>>& links, std::size_t first, std::size_t last,
                       std::size_t page, const SectionBuilder& b) {
  const Palette& pal = b.palette();
  Canvas c(b, g.width);
  std::vector<RowPlace> places;
  double y = g.axis_height;
  for (std::size_t i = first; i < last; ++i) {
    places.push_back(place_row(rows[i], y, g));
    y += rows[i].height;
  }
  const double rows_top = g.axis_height, rows_bottom = y;

  // What connectors keep clear of: the milestone labels with their halos, then the bars.
  Occupancy labels({0, rows_top, g.width, rows_bottom}), bars({0, rows_top, g.width, rows_bottom});
  for (std::size_t i = first; i < last; ++i) {
    const RowPlace& p = places[i - first];
    bars.add({p.x0, p.bar_top, p.x1, p.bar_bottom});
    for (const MilestoneMark& m : rows[i].marks) {
      if (m.text.empty()) continue;
      double base = 0;
      const Box ink = mark_box(m, p, g, c, base);
      labels.add({ink.x0 - kHaloPad, ink.y0 - kHaloPad, ink.x1 + kHaloPad, ink.y1 + kHaloPad});
    }
  }
  RouteSpace space{g.label_col + 2, g.width - 1, rows_top, rows_bottom, &labels, &bars, {}};
  for (const RowPlace& p : places) space.boundaries.push_back(p.top);
  space.boundaries.push_back(rows_bottom);
  std::vector<Route> routes;
  for (std::size_t i = first; i < last; ++i)
    for (const GanttLink& link : links[rows[i].task]) {
      // Rows are in task order, so the predecessor's row index is its task index.
      const RowPlace& to = places[i - first];
      if (link.from >= first && link.from < last)
        routes.push_back(route_link(places[link.from - first], to, link.kind, space));
      else
        routes.push_back(route_from_elsewhere(exit_of(rows[link.from], link.kind), link.from < first, to,
                                              link.kind, space));
    }

  // Stripes help the eye along a row from its label to its bar.
  for (std::size_t k = 0; k < places.size(); ++k)
    if (k % 2 == 1)
      c.rect(0, places[k].top, g.width, places[k].bottom - places[k].top, pal.subtle, std::nullopt);
  draw_time_axis(c, g.axis, 0, rows_bottom, g.f.small);
  c.line({0, rows_bottom}, {g.width, rows_bottom}, pal.rule, 0.5);
  // Connectors under the bars and labels, arrowheads over them.
  for (const Route& r : routes) c.polyline(r.points, pal.muted, 0.6);

  std::vector<KeyEntry> key;
  for (std::size_t i = first; i < last; ++i) {
    const GanttRow& r = rows[i];
    const GanttTask& t = data.tasks[r.task];
    const RowPlace& p = places[i - first];
    double baseline = p.top + GanttGeometry::kPad + g.line_label / 2 + g.f.label * 0.33;
    // Every other row lies on a stripe: its labels take colours that read there.
    const Color ground = (i - first) % 2 == 1 ? pal.subtle : Color{255, 255, 255};
    for (const auto& line : r.label_lines) {
      c.text({0, baseline}, line, g.f.label, pal.text_on(ground));
      baseline += g.line_label;
    }
    if (!r.owner.empty())
      c.text({0, baseline - g.line_label + g.line_small}, r.owner, g.f.small, pal.muted_on(ground));
    c.rect(r.bar_x0, p.bar_top, r.bar_x1 - r.bar_x0, g.bar_height, t.color.value_or(pal.series_color(0)),
           std::nullopt, 0.5, 1.5);
    for (const MilestoneMark& m : r.marks) {
      c.diamond({m.x, p.mid}, g.diamond, pal.accent, Color{255, 255, 255});
      if (!m.text.empty()) {
        // A halo in the row's own colour keeps gridlines (and a connector that found no clear
        // way) from striking through the label.
        double base = 0;
        const Box ink = mark_box(m, p, g, c, base);
        c.rect(ink.x0 - kHaloPad, ink.y0 - 0.5, ink.width() + 2 * kHaloPad, ink.height() + 1, ground,
               std::nullopt);
        c.text({m.text_x, base}, m.text, g.f.small, pal.text_on(ground),
               m.numbered ? FontStyle::bold : FontStyle::regular, m.anchor);
      }
      if (m.numbered) key.push_back(m.key);
    }
  }
  for (const Route& r : routes) c.arrow_head(r.head, r.dx, r.dy, 4, pal.muted);

  double end = rows_bottom;
  end += draw_key(c, key, 0, end, g.width, g.f.small);
  if (!g.legend.empty()) end += 8 + draw_legend(c, g.legend, 0, end + 8, g.width, g.f.small);
  return c.finish(std::ceil(end + 2), continued_caption(data.caption, page, c.builder().locale()));
}

}  // namespace planforge::detail::charts
