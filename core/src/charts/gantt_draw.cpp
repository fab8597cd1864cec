#include "charts/gantt_layout.hpp"
#include "charts/legend.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace planforge::detail::charts {

namespace {
struct RowPlace {
  double top = 0, bottom = 0, mid = 0, bar_top = 0, bar_bottom = 0, x0 = 0, x1 = 0;
};

struct Route {
  std::vector<Point> points;
  Point head;            // the arrowhead's tip
  double dx = 1, dy = 0; // and its direction
};

// An elbow from the end of `from` to the start of `to`. When the successor starts after the
// predecessor ends, the connector drops to the successor's row and enters its bar from the
// left; when they overlap, it runs along the boundary above (or below) the successor's row
// and enters the bar from the top (or bottom), just inside its start.
Route dependency_route(const RowPlace& from, const RowPlace& to, double right) {
  double out_x = std::min(from.x1 + 4, right - 1);
  if (to.x0 >= out_x + 4)
    return {{{from.x1, from.mid}, {out_x, from.mid}, {out_x, to.mid}, {to.x0 - 4, to.mid}}, {to.x0, to.mid}, 1, 0};
  bool below = to.top > from.top;
  double gap_y = below ? to.top : to.bottom;
  double entry_y = below ? to.bar_top : to.bar_bottom;
  double in_x = std::min(to.x0 + 4, (to.x0 + to.x1) / 2);
  double dir = below ? 1 : -1;
  return {{{from.x1, from.mid}, {out_x, from.mid}, {out_x, gap_y}, {in_x, gap_y}, {in_x, entry_y - 4 * dir}},
          {in_x, entry_y}, 0, dir};
}
}  // namespace

Figure draw_gantt_page(const GanttData& data, const GanttGeometry& g, const std::vector<GanttRow>& rows,
                       std::size_t first, std::size_t last, std::size_t page, const SectionBuilder& b) {
  const Palette& pal = b.palette();
  Canvas c(b, g.width);
  double y = g.axis_height;
  std::map<std::string, RowPlace> placed;
  std::vector<RowPlace> places;
  for (std::size_t i = first; i < last; ++i) {
    const GanttRow& r = rows[i];
    RowPlace p;
    p.top = y;
    p.bottom = y + r.height;
    double bar_top = y + GanttGeometry::kPad + std::max(0.0, (g.line_label - g.bar_height) / 2);
    p.mid = bar_top + g.bar_height / 2;
    p.bar_top = bar_top;
    p.bar_bottom = bar_top + g.bar_height;
    p.x0 = r.bar_x0;
    p.x1 = r.bar_x1;
    places.push_back(p);
    const std::string& id = data.tasks[r.task].id;
    if (!id.empty()) placed.emplace(id, p);
    y += r.height;
  }
  const double rows_bottom = y;

  // Stripes help the eye along a row from its label to its bar.
  for (std::size_t k = 0; k < places.size(); ++k)
    if (k % 2 == 1) c.rect(0, places[k].top, g.width, places[k].bottom - places[k].top, pal.subtle, std::nullopt);
  draw_time_axis(c, g.axis, 0, rows_bottom, g.f.small);
  c.line({0, rows_bottom}, {g.width, rows_bottom}, pal.rule, 0.5);

  // Connectors under the bars, arrowheads over them.
  std::vector<Route> heads;
  for (std::size_t i = first; i < last; ++i) {
    const GanttTask& t = data.tasks[rows[i].task];
    for (const std::string& dep : t.depends_on) {
      auto from = placed.find(dep);
      if (from == placed.end() || dep == t.id) continue;
      Route route = dependency_route(from->second, places[i - first], g.width);
      c.polyline(route.points, pal.muted, 0.6);
      heads.push_back(std::move(route));
    }
  }

  std::vector<KeyEntry> key;
  for (std::size_t i = first; i < last; ++i) {
    const GanttRow& r = rows[i];
    const GanttTask& t = data.tasks[r.task];
    const RowPlace& p = places[i - first];
    double baseline = p.top + GanttGeometry::kPad + g.line_label / 2 + g.f.label * 0.33;
    for (const auto& line : r.label_lines) {
      c.text({0, baseline}, line, g.f.label, pal.text);
      baseline += g.line_label;
    }
    if (!r.owner.empty())
      c.text({0, baseline - g.line_label + g.line_small}, r.owner, g.f.small, pal.muted);
    Color fill = t.color.value_or(pal.series_color(0));
    c.rect(r.bar_x0, p.mid - g.bar_height / 2, r.bar_x1 - r.bar_x0, g.bar_height, fill, std::nullopt, 0.5, 1.5);
    double label_top = p.mid + g.bar_height / 2 + 2;
    for (const MilestoneMark& m : r.marks) {
      c.diamond({m.x, p.mid}, g.diamond, pal.accent, Color{255, 255, 255});
      if (!m.text.empty()) {
        double base = label_top + m.line * g.line_mark + g.f.small * 1.0;
        // A halo in the row's own colour keeps connectors and gridlines from striking
        // through the label.
        FontStyle style = m.numbered ? FontStyle::bold : FontStyle::regular;
        FigText probe;
        probe.at = {m.text_x, base};
        probe.size = g.f.small;
        probe.anchor = m.anchor;
        Box ink = text_box(probe, c.measure(m.text, g.f.small, style));
        Color ground = (i - first) % 2 == 1 ? pal.subtle : Color{255, 255, 255};
        c.rect(ink.x0 - 1, ink.y0 - 0.5, ink.width() + 2, ink.height() + 1, ground, std::nullopt);
        c.text({m.text_x, base}, m.text, g.f.small, pal.text, m.numbered ? FontStyle::bold : FontStyle::regular,
               m.anchor);
      }
      if (m.numbered) key.push_back(m.key);
    }
  }
  for (const Route& r : heads) c.arrow_head(r.head, r.dx, r.dy, 4, pal.muted);

  double end = rows_bottom;
  end += draw_key(c, key, 0, end, g.width, g.f.small);
  if (!g.legend.empty()) end += 8 + draw_legend(c, g.legend, 0, end + 8, g.width, g.f.small);
  return c.finish(std::ceil(end + 2), continued_caption(data.caption, page, c.builder().locale()));
}

}  // namespace planforge::detail::charts
