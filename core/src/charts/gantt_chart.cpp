// Gantt chart: a label column, a month/quarter/year axis under a band of years, one bar per
// task, milestone diamonds with labels that never collide, dependency connectors of three
// kinds routed clear of the labels; rows continue in further figures with the axis repeated.

#include "charts/gantt_layout.hpp"
#include "charts/chart_alt.hpp"
#include "charts/legend.hpp"

#include <planforge/charts.hpp>

#include <algorithm>

PLANFORGE_BEGIN_NAMESPACE

namespace {
using namespace detail::charts;

GanttGeometry measure(const GanttData& d, const std::vector<std::vector<GanttLink>>& links,
                      const SectionBuilder& b) {
  GanttGeometry g;
  g.f = chart_fonts(b);
  g.width = b.content_width();
  double natural = 0;
  long first = 0, last = 0;
  bool any = false;
  bool milestones = false;
  const bool dependencies = std::any_of(links.begin(), links.end(), [](const auto& l) { return !l.empty(); });
  for (const auto& t : d.tasks) {
    natural = std::max({natural, b.text_width(t.label, g.f.label, FontStyle::regular),
                        b.text_width(t.owner, g.f.small, FontStyle::regular)});
    DaySpan s = span_of(t.start), e = span_of(t.end);
    long lo = std::min(s.first, e.first), hi = std::max(s.last, e.last);
    for (const auto& m : t.milestones) {
      DaySpan ms = span_of(m.date);
      lo = std::min(lo, ms.first);
      hi = std::max(hi, ms.last);
      milestones = true;
    }
    first = any ? std::min(first, lo) : lo;
    last = any ? std::max(last, hi) : hi;
    any = true;
  }
  g.label_col = std::min(natural, g.width * 0.3);
  // Room right of the axis for a diamond or an arrowhead at the very end.
  g.axis = make_time_axis(first, last, g.label_col + 10, g.width - 6, b, g.f.small);
  g.axis_height = time_axis_height(g.axis, g.f.small);
  g.line_label = g.f.label * 1.25;
  g.line_small = g.f.small * 1.25;
  g.line_mark = g.f.small * 1.35;
  g.bar_height = std::max(9.0, g.f.label * 1.1);
  g.legend = d.legend;
  if (milestones)
    g.legend.push_back({b.locale().text("chart.milestone"), b.palette().accent, LegendShape::diamond});
  if (dependencies)
    g.legend.push_back({b.locale().text("chart.dependency"), b.palette().muted, LegendShape::line});
  g.legend_height = g.legend.empty() ? 0 : 8 + legend_height(b, g.legend, g.width, g.f.small);
  return g;
}
}  // namespace

std::vector<Figure> gantt_chart(const GanttData& data, const SectionBuilder& out) {
  if (data.tasks.empty() || out.content_width() <= 0) return {};
  const auto links = resolve_links(data);
  GanttGeometry g = measure(data, links, out);
  std::vector<GanttRow> rows;
  int next_number = 1;
  const auto channels = connector_channels(data, g, links);
  for (std::size_t i = 0; i < data.tasks.size(); ++i)
    rows.push_back(make_gantt_row(data, i, g, channels[i], out, next_number));

  const double room = max_figure_height(out) - g.axis_height - g.legend_height - 4;
  // A row's share of the page includes the key lines its numbered milestones add.
  std::vector<double> heights;
  for (const auto& r : rows) {
    double h = r.height;
    for (const auto& m : r.marks)
      if (m.numbered) h += g.f.small * 1.35;
    heights.push_back(h);
  }
  const double key_pad = g.f.small * 1.35;
  std::vector<Figure> figures;
  for (auto [first, last] : balanced_pages(heights, room - key_pad))
    figures.push_back(draw_gantt_page(data, g, rows, links, first, last, figures.size(), out));
  describe(figures, data.alt, data.caption, summary(data, out.locale()), out.locale());
  return figures;
}

PLANFORGE_END_NAMESPACE
