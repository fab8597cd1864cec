// Horizontal bar chart: category labels on the left (two lines at most), bars grouped by
// series, value labels at the bar ends, target marks, a rounded value axis under the bars.

#include "charts/canvas.hpp"
#include "charts/chart_alt.hpp"
#include "charts/legend.hpp"
#include "charts/ticks.hpp"

#include <planforge/charts.hpp>

#include <algorithm>
#include <cmath>

PLANFORGE_BEGIN_NAMESPACE

namespace {
using namespace detail::charts;

constexpr double kLabelGap = 8;  // category labels to the plot
constexpr double kValueGap = 3;  // bar end to its value label
constexpr double kRowGap = 6;    // between category bands
constexpr double kTopPad = 4;

struct Row {
  std::vector<std::string> label_lines;
  double height = 0;
};

struct Geometry {
  ChartFonts fonts;
  double label_col = 0, plot_left = 0, plot_right = 0;
  double bar_pitch = 0, bar_height = 0, line_height = 0;
  int value_decimals = 0;
  ValueAxis axis;
  double axis_height = 0, legend_height = 0;
  std::vector<LegendEntry> legend;
};

std::optional<double> value_at(const BarSeries& s, std::size_t i) {
  if (i >= s.values.size() || !std::isfinite(s.values[i])) return std::nullopt;
  return s.values[i];
}

std::string value_text(double v, const Geometry& g, const BarChartData& d, const SectionBuilder& b) {
  return format_number(v, g.value_decimals, b.locale()) + d.value_suffix;
}

Color bar_color(const BarSeries& s, std::size_t series, std::size_t i, const Palette& p) {
  if (i < s.point_colors.size() && s.point_colors[i]) return *s.point_colors[i];
  return s.color ? *s.color : p.series_color(series);
}

std::vector<LegendEntry> legend_of(const BarChartData& d, const Palette& p, const Locale& locale) {
  const std::string target = locale.text("chart.target");
  std::vector<LegendEntry> out;
  bool coloured_points = d.series.size() == 1 && !d.series[0].point_colors.empty();
  if (d.series.size() > 1 || (d.series.size() == 1 && !d.series[0].name.empty() && !coloured_points))
    for (std::size_t s = 0; s < d.series.size(); ++s)
      out.push_back(
          {d.series[s].name, d.series[s].color ? *d.series[s].color : p.series_color(s), LegendShape::box});
  bool any_target =
      std::any_of(d.targets.begin(), d.targets.end(), [](const auto& t) { return t.has_value(); });
  // A caller who explains the target mark itself ("Target (100 %)") should not see it twice.
  bool explained = std::any_of(d.legend.begin(), d.legend.end(),
                               [&](const LegendEntry& e) { return e.label.rfind(target, 0) == 0; });
  if (any_target && !explained) out.push_back({target, p.text, LegendShape::line});
  out.insert(out.end(), d.legend.begin(), d.legend.end());
  return out;
}

Geometry measure(const BarChartData& d, const SectionBuilder& b) {
  Geometry g;
  g.fonts = chart_fonts(b);
  const double width = b.content_width();
  double lo = 0, hi = 0;
  int decimals = 0;
  for (const auto& s : d.series)
    for (std::size_t i = 0; i < d.categories.size(); ++i)
      if (auto v = value_at(s, i)) {
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
        decimals = std::max(decimals, decimals_for(*v));
      }
  const double largest = std::max(std::abs(lo), std::abs(hi));  // of the values, not the targets
  for (const auto& t : d.targets)
    if (t && std::isfinite(*t)) lo = std::min(lo, *t), hi = std::max(hi, *t);
  // Two decimals for small values at most, one from 10, none from 100: 22.2 %, not 22.22 %.
  g.value_decimals = std::min(decimals, largest >= 100 ? 0 : largest >= 10 ? 1 : 2);

  double natural = 0;
  for (const auto& c : d.categories)
    natural = std::max(natural, b.text_width(c, g.fonts.label, FontStyle::regular));
  g.label_col = std::min(natural, width * 0.35);

  // Room beyond the bars for their value labels, on whichever side they grow.
  double right_room = 0, left_room = 0;
  for (const auto& s : d.series)
    for (std::size_t i = 0; i < d.categories.size(); ++i)
      if (auto v = value_at(s, i)) {
        double w = b.text_width(value_text(*v, g, d, b), g.fonts.small, FontStyle::regular) + kValueGap + 1;
        (*v < 0 ? left_room : right_room) = std::max(*v < 0 ? left_room : right_room, w);
      }

  bool fixed = d.min.has_value() || d.max.has_value();
  if (d.min) lo = *d.min;
  if (d.max) hi = *d.max;
  g.plot_left = g.label_col + kLabelGap + left_room;
  for (int max_ticks = 8; max_ticks >= 1; --max_ticks) {
    g.axis = nice_axis(lo, hi, max_ticks, fixed);
    // Tick labels are centred on their ticks: the last one needs half its width beyond the plot.
    double widest = 0, last = 0;
    for (double t : g.axis.ticks) {
      last = b.text_width(format_number(t, g.axis.decimals, b.locale()) + d.value_suffix, g.fonts.small,
                          FontStyle::regular);
      widest = std::max(widest, last);
    }
    g.plot_right = width - std::max(right_room, last / 2 + 1);
    double plot_w = g.plot_right - g.plot_left;
    double spacing = g.axis.ticks.size() > 1 ? plot_w / (g.axis.ticks.size() - 1) : plot_w;
    if (widest + 8 <= spacing || max_ticks == 1) break;
  }
  // A category column too wide leaves no plot: give the plot at least half the width.
  if (g.plot_right - g.plot_left < width * 0.4) {
    double shrink = width * 0.4 - (g.plot_right - g.plot_left);
    g.label_col = std::max(width * 0.15, g.label_col - shrink);
    g.plot_left = g.label_col + kLabelGap + left_room;
  }

  std::size_t n = std::max<std::size_t>(1, d.series.size());
  g.line_height = g.fonts.label * 1.2;
  g.bar_pitch = n == 1 ? std::max(11.0, g.fonts.label * 1.5) : std::max(8.5, g.fonts.small * 1.3);
  g.bar_height = n == 1 ? g.bar_pitch : g.bar_pitch - 1.5;
  g.axis_height = 4 + g.fonts.small * 1.5 + (d.value_label.empty() ? 0 : g.fonts.small * 1.5);
  g.legend = legend_of(d, b.palette(), b.locale());
  g.legend_height = g.legend.empty() ? 0 : 8 + legend_height(b, g.legend, width, g.fonts.small);
  return g;
}

Row make_row(const std::string& label, const Geometry& g, std::size_t series, const SectionBuilder& b) {
  Row r;
  r.label_lines = wrap(b.measure(), label, g.label_col, g.fonts.label, FontStyle::regular, 2);
  double bars = std::max<std::size_t>(1, series) * g.bar_pitch;
  r.height = std::max(r.label_lines.size() * g.line_height, bars) + kRowGap;
  return r;
}

Figure draw_page(const BarChartData& d, const Geometry& g, const std::vector<Row>& rows, std::size_t first,
                 std::size_t last, std::size_t page, const SectionBuilder& b) {
  const Palette& p = b.palette();
  Canvas c(b, b.content_width());
  double top = kTopPad, y = top;
  for (std::size_t i = first; i < last; ++i) y += rows[i].height;
  const double bottom = y;

  // Grid first, so bars and labels sit on top of it.
  for (double t : g.axis.ticks) {
    double x = g.axis.map(t, g.plot_left, g.plot_right);
    bool zero = std::abs(t) < g.axis.step * 1e-9 && g.axis.lo < 0;
    c.line({x, top}, {x, bottom}, zero ? p.muted : p.rule, zero ? 0.75 : 0.4);
  }
  c.line({g.plot_left, bottom}, {g.plot_right, bottom}, p.muted, 0.5);
  double base = std::clamp(0.0, g.axis.lo, g.axis.hi);
  double base_x = g.axis.map(base, g.plot_left, g.plot_right);

  y = top;
  std::size_t n = std::max<std::size_t>(1, d.series.size());
  for (std::size_t i = first; i < last; ++i) {
    const Row& row = rows[i];
    double band = row.height - kRowGap;
    double mid = y + kRowGap / 2 + band / 2;
    double block = row.label_lines.size() * g.line_height;
    for (std::size_t k = 0; k < row.label_lines.size(); ++k) {
      double baseline = mid - block / 2 + k * g.line_height + g.line_height / 2 + g.fonts.label * 0.33;
      c.text({g.label_col, baseline}, row.label_lines[k], g.fonts.label, p.text, FontStyle::regular,
             TextAnchor::end);
    }
    double bars_top = mid - n * g.bar_pitch / 2;
    std::optional<double> target_x;
    if (i < d.targets.size() && d.targets[i] && std::isfinite(*d.targets[i]))
      target_x = g.axis.map(std::clamp(*d.targets[i], g.axis.lo, g.axis.hi), g.plot_left, g.plot_right);
    for (std::size_t s = 0; s < d.series.size(); ++s) {
      auto v = value_at(d.series[s], i);
      if (!v) continue;
      double clamped = std::clamp(*v, g.axis.lo, g.axis.hi);
      double x = g.axis.map(clamped, g.plot_left, g.plot_right);
      double bar_y = bars_top + s * g.bar_pitch + (g.bar_pitch - g.bar_height) / 2;
      double inset = n == 1 ? 1.5 : 0;
      c.rect(std::min(x, base_x), bar_y + inset, std::abs(x - base_x), g.bar_height - 2 * inset,
             bar_color(d.series[s], s, i, p), std::nullopt);
      double baseline = bar_y + g.bar_height / 2 + g.fonts.small * 0.33;
      bool right = *v >= base;
      std::string label = value_text(*v, g, d, b);
      double w = c.measure(label, g.fonts.small);
      double lx = right ? x + kValueGap : x - kValueGap;
      // A target mark would strike through the label: set the label beyond the mark.
      if (target_x && right && *target_x >= lx - 2 && *target_x <= lx + w + 2) lx = *target_x + kValueGap;
      if (target_x && !right && *target_x <= lx + 2 && *target_x >= lx - w - 2) lx = *target_x - kValueGap;
      c.text({lx, baseline}, label, g.fonts.small, p.text, FontStyle::regular,
             right ? TextAnchor::start : TextAnchor::end);
    }
    if (target_x)
      c.line({*target_x, bars_top - 1.5}, {*target_x, bars_top + n * g.bar_pitch + 1.5}, p.text, 1.5);
    y += row.height;
  }

  double baseline = bottom + 3 + g.fonts.small * 1.07;
  for (double t : g.axis.ticks) {
    double x = g.axis.map(t, g.plot_left, g.plot_right);
    c.text({x, baseline}, format_number(t, g.axis.decimals, b.locale()) + d.value_suffix, g.fonts.small,
           p.muted, FontStyle::regular, TextAnchor::middle);
  }
  double end = baseline + g.fonts.small * 0.3;
  if (!d.value_label.empty()) {
    baseline += g.fonts.small * 1.5;
    std::string title = ellipsize(b.measure(), d.value_label, g.plot_right - g.plot_left, g.fonts.small);
    c.text({(g.plot_left + g.plot_right) / 2, baseline}, title, g.fonts.small, p.muted, FontStyle::italic,
           TextAnchor::middle);
    end = baseline + g.fonts.small * 0.3;
  }
  if (!g.legend.empty()) end += 8 + draw_legend(c, g.legend, 0, end + 8, b.content_width(), g.fonts.small);
  return c.finish(std::ceil(end + 2), continued_caption(d.caption, page, b.locale()));
}
}  // namespace

std::vector<Figure> bar_chart(const BarChartData& data, const SectionBuilder& out) {
  if (data.categories.empty() || out.content_width() <= 0) return {};
  Geometry g = measure(data, out);
  std::vector<Row> rows;
  for (const auto& c : data.categories) rows.push_back(make_row(c, g, data.series.size(), out));

  double room = max_figure_height(out) - kTopPad - g.axis_height - g.legend_height - 4;
  std::vector<double> heights;
  for (const auto& r : rows) heights.push_back(r.height);
  std::vector<Figure> figures;
  for (auto [first, last] : balanced_pages(heights, room))
    figures.push_back(draw_page(data, g, rows, first, last, figures.size(), out));
  describe(figures, data.alt, data.caption, summary(data, out.locale()), out.locale());
  return figures;
}

PLANFORGE_END_NAMESPACE
