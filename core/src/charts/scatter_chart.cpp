// Scatter chart: labelled points on two value axes, an optional y = x diagonal and a shaded
// region of weak points. Labels are placed where they touch nothing; a point whose label
// finds no room gets a number and its label goes to a key under the chart.

#include "charts/canvas.hpp"
#include "charts/key.hpp"
#include "charts/legend.hpp"
#include "charts/occupancy.hpp"
#include "charts/ticks.hpp"

#include <planforge/charts.hpp>

#include <algorithm>
#include <cmath>
#include <map>

PLANFORGE_BEGIN_NAMESPACE

namespace {
using namespace detail::charts;

constexpr double kPointRadius = 3.5;

struct Frame {
  ChartFonts f;
  double left = 0, right = 0, top = 0, bottom = 0;
  ValueAxis xa, ya;
  Point map(double x, double y) const {
    return {xa.map(x, left, right), ya.map(y, bottom, top)};
  }
};

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
      out[members[j]] = {at[members[j]].x + ring * std::cos(angle), at[members[j]].y + ring * std::sin(angle)};
    }
  }
  return out;
}

struct Placement {
  bool placed = false;
  FigText text;
  std::optional<std::pair<Point, Point>> leader;
};

// Tries the eight positions around `p` at growing distances; the first free one wins.
Placement place_label(const std::string& label, Point p, double size, const Canvas& c,
                      Occupancy& occ) {
  double w = c.measure(label, size);
  static constexpr double kDistances[] = {2, 9, 18, 30};
  // E, W, N, S, then the diagonals: the order a reader scans for a point's name.
  static constexpr int kDirs[8][2] = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};
  for (double extra : kDistances) {
    double d = kPointRadius + extra;
    for (const auto& dir : kDirs) {
      FigText t;
      t.text = label;
      t.size = size;
      double dx = dir[0], dy = dir[1];
      double diag = (dx != 0 && dy != 0) ? 0.72 : 1;
      t.anchor = dx > 0 ? TextAnchor::start : dx < 0 ? TextAnchor::end : TextAnchor::middle;
      double bx = p.x + dx * d * diag;
      // Vertically: beside the point the label centres on it; above or below it clears it.
      double by = dy == 0 ? p.y + size * 0.3
                 : dy < 0 ? p.y - d * diag - size * 0.25
                          : p.y + d * diag + size * 0.85;
      t.at = {bx, by};
      Box ink = text_box(t, w), full = text_box(t, w, kFull);
      if (!occ.inside(full) || !occ.free(ink)) continue;
      Placement pl{true, t, std::nullopt};
      if (extra > 2) {
        // A leader from the point's edge to the nearest point of the label's box.
        double lx = std::clamp(p.x, ink.x0, ink.x1), ly = std::clamp(p.y, ink.y0, ink.y1);
        double len = std::hypot(lx - p.x, ly - p.y);
        if (len > kPointRadius + 1)
          pl.leader = {{p.x + (lx - p.x) / len * (kPointRadius + 0.5), p.y + (ly - p.y) / len * (kPointRadius + 0.5)},
                       {lx, ly}};
      }
      occ.add(ink);
      return pl;
    }
  }
  return {};
}

Frame make_frame(const ScatterChartData& d, const SectionBuilder& b, double plot_height) {
  Frame fr;
  fr.f = chart_fonts(b);
  const double s = fr.f.small;
  // Few ticks: ratings on a 1–5 scale read best with whole-number gridlines.
  fr.xa = nice_axis(d.x_min, d.x_max, 5, true);
  fr.ya = nice_axis(d.y_min, d.y_max, 5, true);
  double y_tick_w = 0;
  for (double t : fr.ya.ticks) y_tick_w = std::max(y_tick_w, b.text_width(format_number(t, fr.ya.decimals, b.locale()), s, FontStyle::regular));
  double title_w = d.y_label.empty() ? 0 : s * 1.5 + 2;
  fr.left = title_w + y_tick_w + 5;
  double last_x = fr.xa.ticks.empty() ? 0 : b.text_width(format_number(fr.xa.ticks.back(), fr.xa.decimals, b.locale()), s, FontStyle::regular);
  fr.right = b.content_width() - std::max(last_x / 2 + 2, 4.0);
  fr.top = s * 1.1 + 2;
  fr.bottom = fr.top + plot_height;
  return fr;
}

}  // namespace

Figure scatter_chart(const ScatterChartData& d, const SectionBuilder& b) {
  const Palette& pal = b.palette();
  const double width = b.content_width();
  std::vector<LegendEntry> legend = d.legend;
  if (legend.empty()) {
    if (d.diagonal && !d.x_label.empty() && !d.y_label.empty())
      legend.push_back({d.y_label + " = " + d.x_label, pal.muted, LegendShape::dashed_line});
    if (d.shade_below_diagonal_by > 0)
      legend.push_back({b.locale().text("chart.exceeds-by",
                                        {{"x", d.x_label}, {"y", d.y_label},
                                         {"amount", format_number(d.shade_below_diagonal_by,
                                                                  decimals_for(d.shade_below_diagonal_by), b.locale())}}),
                        pal.bad.tint(0.8), LegendShape::box});
  }
  const ChartFonts f = chart_fonts(b);
  double legend_h = legend.empty() ? 0 : 8 + legend_height(b, legend, width, f.small);
  double plot_h = std::min(width * 0.62, max_figure_height(b) - legend_h - 60);

  // Placement decides how long the key is; shrink the plot until everything fits.
  for (int attempt = 0;; ++attempt) {
    Frame fr = make_frame(d, b, std::max(plot_h, 80.0));
    Canvas c(b, width);
    const double s = f.small;
    // Shaded weak region and grid under everything else.
    if (d.shade_below_diagonal_by > 0) {
      auto poly = clip_weak_region(fr.xa.lo, fr.ya.lo, fr.xa.hi, fr.ya.hi, d.shade_below_diagonal_by);
      if (poly.size() >= 3) {
        for (auto& p : poly) p = fr.map(p.x, p.y);
        c.polygon(poly, pal.bad.tint(0.86), std::nullopt);
      }
    }
    Occupancy occ({fr.left + 1, 0, width, fr.bottom - 1});
    for (double t : fr.xa.ticks) {
      double x = fr.xa.map(t, fr.left, fr.right);
      c.line({x, fr.top}, {x, fr.bottom}, pal.rule, 0.4);
      occ.add(c.text({x, fr.bottom + 4 + s * 1.07}, format_number(t, fr.xa.decimals, b.locale()), s, pal.muted,
                     FontStyle::regular, TextAnchor::middle));
    }
    for (double t : fr.ya.ticks) {
      double y = fr.ya.map(t, fr.bottom, fr.top);
      c.line({fr.left, y}, {fr.right, y}, pal.rule, 0.4);
      occ.add(c.text({fr.left - 4, y + s * 0.33}, format_number(t, fr.ya.decimals, b.locale()), s, pal.muted,
                     FontStyle::regular, TextAnchor::end));
    }
    c.rect(fr.left, fr.top, fr.right - fr.left, fr.bottom - fr.top, std::nullopt, pal.muted, 0.5);
    double y_after_axis = fr.bottom + 4 + s * 1.4;
    if (!d.x_label.empty()) {
      y_after_axis += s * 1.5;
      c.text({(fr.left + fr.right) / 2, y_after_axis - s * 0.3}, ellipsize(b, d.x_label, fr.right - fr.left, s), s,
             pal.muted, FontStyle::italic, TextAnchor::middle);
    }
    if (!d.y_label.empty())
      c.text({s * 1.1, (fr.top + fr.bottom) / 2}, ellipsize(b, d.y_label, fr.bottom - fr.top, s), s, pal.muted,
             FontStyle::italic, TextAnchor::middle, 90);
    if (d.diagonal) {
      double t0 = std::max(fr.xa.lo, fr.ya.lo), t1 = std::min(fr.xa.hi, fr.ya.hi);
      if (t1 > t0) c.line(fr.map(t0, t0), fr.map(t1, t1), pal.muted, 0.75, true);
    }

    std::vector<Point> at;
    for (const auto& p : d.points)
      at.push_back(fr.map(std::clamp(p.x, fr.xa.lo, fr.xa.hi), std::clamp(p.y, fr.ya.lo, fr.ya.hi)));
    at = dodge(at);
    for (auto& p : at) {
      p.x = std::clamp(p.x, kPointRadius + 1, width - kPointRadius - 1);
      p.y = std::clamp(p.y, kPointRadius + 1, fr.bottom - kPointRadius);
      occ.add({p.x - kPointRadius, p.y - kPointRadius, p.x + kPointRadius, p.y + kPointRadius});
    }
    for (std::size_t i = 0; i < d.points.size(); ++i)
      c.circle(at[i], kPointRadius, d.points[i].color.value_or(pal.primary), Color{255, 255, 255}, 0.75);

    // Labels: the point's name where it fits, else a number keyed below the chart.
    std::vector<std::pair<std::string, std::string>> key;
    double max_label = (fr.right - fr.left) * 0.45;
    for (std::size_t i = 0; i < d.points.size(); ++i) {
      if (d.points[i].label.empty()) continue;
      std::string label = ellipsize(b, d.points[i].label, max_label, s);
      Placement pl = place_label(label, at[i], s, c, occ);
      std::string number = std::to_string(key.size() + 1);
      if (!pl.placed) pl = place_label(number, at[i], s, c, occ);
      if (!pl.placed) {
        key.push_back({"", d.points[i].label});
        continue;
      }
      if (pl.text.text == number && label != number) key.push_back({number, d.points[i].label});
      if (pl.leader) c.line(pl.leader->first, pl.leader->second, pal.muted, 0.4);
      c.text(pl.text.at, pl.text.text, s, pal.text, pl.text.text == number ? FontStyle::bold : FontStyle::regular,
             pl.text.anchor);
    }
    double y = y_after_axis;
    std::vector<KeyEntry> entries;
    for (auto& [n, l] : key) entries.push_back({n, l});
    y += draw_key(c, entries, 0, y, width, s);
    if (!legend.empty()) y += 8 + draw_legend(c, legend, 0, y + 8, width, s);
    double total = std::ceil(y + 2);
    if (total <= max_figure_height(b) || plot_h <= 80 || attempt > 6) return c.finish(total, d.caption);
    plot_h -= total - max_figure_height(b) + 4;
  }
}

PLANFORGE_END_NAMESPACE
