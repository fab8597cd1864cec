// Scatter chart: labelled points on two value axes, an optional y = x diagonal and a shaded
// region of weak points. The axis ranges are inset in the frame, so a point at the end of a
// scale is drawn whole and its label has room; labels are placed by scatter_labels.cpp.

#include "charts/chart_alt.hpp"
#include "charts/legend.hpp"
#include "charts/scatter_layout.hpp"

#include <planforge/charts.hpp>

#include <algorithm>
#include <cmath>
#include <map>

PLANFORGE_BEGIN_NAMESPACE

namespace {
using namespace detail::charts;

constexpr double kInset = kPointRadius + 4;  // between the frame and the ends of the scales
constexpr double kMinPlot = 80;

// Sutherland–Hodgman against one half-plane x − y ≥ d, in data space.
std::vector<Point> clip_weak_region(double x0, double y0, double x1, double y1, double d) {
  std::vector<Point> in = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}, out;
  auto value = [&](const Point& p) { return p.x - p.y - d; };
  for (std::size_t i = 0; i < in.size(); ++i) {
    const Point& a = in[i];
    const Point& b = in[(i + 1) % in.size()];
    double va = value(a), vb = value(b);
    if (va >= 0) out.push_back(a);
    if ((va >= 0) != (vb >= 0)) {
      double t = va / (va - vb);
      out.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
    }
  }
  return out;
}

// Points with identical coordinates (ratings on a 1–5 scale often coincide) are spread on a
// small ring so that every one stays visible.
std::vector<Point> dodge(const std::vector<Point>& at) {
  std::vector<Point> out = at;
  std::map<std::pair<long, long>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < at.size(); ++i)
    groups[{std::lround(at[i].x * 10), std::lround(at[i].y * 10)}].push_back(i);
  for (const auto& [key, members] : groups) {
    std::size_t k = members.size();
    if (k < 2) continue;
    double ring = (2 * kPointRadius + 1.5) / (2 * std::sin(M_PI / k));
    for (std::size_t j = 0; j < k; ++j) {
      double angle = -M_PI / 2 + 2 * M_PI * j / k;
      out[members[j]] = {at[members[j]].x + ring * std::cos(angle),
                         at[members[j]].y + ring * std::sin(angle)};
    }
  }
  return out;
}

ScatterFrame make_frame(const ScatterChartData& d, const SectionBuilder& b, double plot_height) {
  ScatterFrame fr;
  fr.f = chart_fonts(b);
  const double s = fr.f.small;
  // Few ticks: ratings on a 1–5 scale read best with whole-number gridlines.
  fr.xa = nice_axis(d.x_min, d.x_max, 5, true);
  fr.ya = nice_axis(d.y_min, d.y_max, 5, true);
  double y_tick_w = 0;
  for (double t : fr.ya.ticks)
    y_tick_w =
        std::max(y_tick_w, b.text_width(format_number(t, fr.ya.decimals, b.locale()), s, FontStyle::regular));
  const double title_w = d.y_label.empty() ? 0 : s * 1.5 + 2;
  fr.plot.x0 = title_w + y_tick_w + 5;
  fr.plot.x1 = b.content_width() - 1;
  fr.plot.y0 = 1;
  fr.plot.y1 = fr.plot.y0 + plot_height;
  fr.data = {fr.plot.x0 + kInset, fr.plot.y0 + kInset, fr.plot.x1 - kInset, fr.plot.y1 - kInset};
  return fr;
}

// Where the line x − y = d (in data space) crosses the frame, in canvas coordinates.
std::optional<SoftLine> line_in_frame(const ScatterFrame& fr, double d) {
  const double xlo = fr.x_at(fr.plot.x0), xhi = fr.x_at(fr.plot.x1);
  const double ylo = fr.y_at(fr.plot.y1), yhi = fr.y_at(fr.plot.y0);
  const double x0 = std::max(xlo, ylo + d), x1 = std::min(xhi, yhi + d);
  if (x1 <= x0) return std::nullopt;
  return SoftLine{fr.map(x0, x0 - d), fr.map(x1, x1 - d)};
}

std::vector<LegendEntry> legend_of(const ScatterChartData& d, const Palette& pal, const Locale& locale) {
  std::vector<LegendEntry> legend = d.legend;
  if (!legend.empty()) return legend;
  if (d.diagonal && !d.x_label.empty() && !d.y_label.empty())
    legend.push_back({d.y_label + " = " + d.x_label, pal.muted, LegendShape::dashed_line});
  if (d.shade_below_diagonal_by > 0)
    legend.push_back(
        {locale.text("chart.exceeds-by",
                     {{"x", d.x_label},
                      {"y", d.y_label},
                      {"amount", format_number(d.shade_below_diagonal_by,
                                               decimals_for(d.shade_below_diagonal_by), locale)}}),
         pal.bad.tint(0.8), LegendShape::box});
  return legend;
}

// Draws the frame, grid, axes, shading and diagonal; returns the y under the axis titles.
double draw_frame(Canvas& c, const ScatterChartData& d, const ScatterFrame& fr, std::vector<SoftLine>& soft) {
  const Palette& pal = c.palette();
  const SectionBuilder& b = c.builder();
  const double s = fr.f.small;
  const Box& p = fr.plot;
  const Color shade = pal.bad.tint(0.86);
  if (d.shade_below_diagonal_by > 0) {
    auto poly = clip_weak_region(fr.x_at(p.x0), fr.y_at(p.y1), fr.x_at(p.x1), fr.y_at(p.y0),
                                 d.shade_below_diagonal_by);
    if (poly.size() >= 3) {
      for (auto& pt : poly) pt = fr.map(pt.x, pt.y);
      c.polygon(poly, shade, std::nullopt);
    }
    if (auto edge = line_in_frame(fr, d.shade_below_diagonal_by)) soft.push_back(*edge);
  }
  for (double t : fr.xa.ticks) {
    const double x = fr.xa.map(t, fr.data.x0, fr.data.x1);
    c.line({x, p.y0}, {x, p.y1}, pal.rule, 0.4);
    c.text({x, p.y1 + 4 + s * 1.07}, format_number(t, fr.xa.decimals, b.locale()), s, pal.muted,
           FontStyle::regular, TextAnchor::middle);
  }
  for (double t : fr.ya.ticks) {
    const double y = fr.ya.map(t, fr.data.y1, fr.data.y0);
    c.line({p.x0, y}, {p.x1, y}, pal.rule, 0.4);
    c.text({p.x0 - 4, y + s * 0.33}, format_number(t, fr.ya.decimals, b.locale()), s, pal.muted,
           FontStyle::regular, TextAnchor::end);
  }
  c.rect(p.x0, p.y0, p.width(), p.height(), std::nullopt, pal.muted, 0.5);
  double below = p.y1 + 4 + s * 1.4;
  if (!d.x_label.empty()) {
    below += s * 1.5;
    c.text({(p.x0 + p.x1) / 2, below - s * 0.3}, ellipsize(b.measure(), d.x_label, p.width(), s), s,
           pal.muted, FontStyle::italic, TextAnchor::middle);
  }
  if (!d.y_label.empty())
    c.text({s * 1.1, (p.y0 + p.y1) / 2}, ellipsize(b.measure(), d.y_label, p.height(), s), s, pal.muted,
           FontStyle::italic, TextAnchor::middle, 90);
  if (d.diagonal)
    if (auto diagonal = line_in_frame(fr, 0)) {
      c.line(diagonal->a, diagonal->b, pal.muted, 0.75, true);
      soft.push_back(*diagonal);
    }
  return below;
}

// The points' positions: clamped to the scales, spread where they coincide, inside the data box.
std::vector<Point> point_positions(const ScatterChartData& d, const ScatterFrame& fr) {
  std::vector<Point> at;
  for (const auto& p : d.points)
    at.push_back(fr.map(std::clamp(std::isfinite(p.x) ? p.x : fr.xa.lo, fr.xa.lo, fr.xa.hi),
                        std::clamp(std::isfinite(p.y) ? p.y : fr.ya.lo, fr.ya.lo, fr.ya.hi)));
  at = dodge(at);
  for (auto& p : at)
    p = {std::clamp(p.x, fr.plot.x0 + kPointRadius + 1.5, fr.plot.x1 - kPointRadius - 1.5),
         std::clamp(p.y, fr.plot.y0 + kPointRadius + 1.5, fr.plot.y1 - kPointRadius - 1.5)};
  return at;
}

}  // namespace

Figure scatter_chart(const ScatterChartData& d, const SectionBuilder& b) {
  const Palette& pal = b.palette();
  const double width = b.content_width();
  const std::vector<LegendEntry> legend = legend_of(d, pal, b.locale());
  const ChartFonts f = chart_fonts(b);
  const double legend_h = legend.empty() ? 0 : 8 + legend_height(b, legend, width, f.small);
  const double room = max_figure_height(b);
  double plot_h = std::max(kMinPlot, std::min(width * 0.62, room - legend_h - 60));

  // Placement decides how long the key is; shrink the plot until everything fits, and at the
  // smallest plot cut the key short.
  for (int attempt = 0;; ++attempt) {
    ScatterFrame fr = make_frame(d, b, plot_h);
    Canvas c(b, width);
    std::vector<SoftLine> soft;
    const double below_axes = draw_frame(c, d, fr, soft);

    const std::vector<Point> at = point_positions(d, fr);
    Occupancy occ({fr.plot.x0 + 1.5, fr.plot.y0 + 1.5, fr.plot.x1 - 1.5, fr.plot.y1 - 1.5});
    for (const Point& p : at)
      occ.add({p.x - kPointRadius - 0.5, p.y - kPointRadius - 0.5, p.x + kPointRadius + 0.5,
               p.y + kPointRadius + 0.5});
    for (std::size_t i = 0; i < d.points.size(); ++i)
      c.circle(at[i], kPointRadius, d.points[i].color.value_or(pal.primary), Color{255, 255, 255}, 0.75);

    std::vector<KeyEntry> key;
    const auto labels = place_scatter_labels(d, at, fr, soft, b, occ, key);
    const double gap = d.shade_below_diagonal_by;
    for (const auto& label : labels) {
      if (!label) continue;
      if (label->leader) c.line(label->leader->first, label->leader->second, pal.muted, 0.4);
      // A halo in the colour behind the label keeps gridlines from striking through it.
      const Point mid{(label->box.x0 + label->box.x1) / 2, (label->box.y0 + label->box.y1) / 2};
      const bool shaded = gap > 0 && fr.x_at(mid.x) - fr.y_at(mid.y) >= gap;
      c.rect(label->box.x0 - 1, label->box.y0 - 0.5, label->box.width() + 2, label->box.height() + 1,
             shaded ? pal.bad.tint(0.86) : Color{255, 255, 255}, std::nullopt);
      for (const FigText& t : label->lines) c.text(t.at, t.text, t.size, pal.text, t.style, t.anchor);
    }

    double key_room = room - below_axes - legend_h - 4;
    const double need = key_height(b, key, width, f.small);
    if (need > key_room && plot_h > kMinPlot && attempt < 8) {
      plot_h = std::max(kMinPlot, plot_h - (need - key_room) - 4);
      continue;
    }
    double y =
        below_axes + draw_key(c, fit_key(b, key, width, f.small, key_room), 0, below_axes, width, f.small);
    if (!legend.empty()) y += 8 + draw_legend(c, legend, 0, y + 8, width, f.small);
    std::vector<Figure> figure{c.finish(std::ceil(y + 2), d.caption)};
    describe(figure, d.alt, d.caption, summary(d, b.locale()), b.locale());
    return std::move(figure.front());
  }
}

PLANFORGE_END_NAMESPACE
