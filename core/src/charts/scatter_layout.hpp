#pragma once
// The scatter chart's frame (scatter_chart.cpp) and the placement of its point labels
// (scatter_labels.cpp).

#include "charts/canvas.hpp"
#include "charts/key.hpp"
#include "charts/occupancy.hpp"
#include "charts/ticks.hpp"

#include <planforge/charts.hpp>

#include <optional>
#include <string>
#include <vector>

namespace planforge::detail::charts {

inline constexpr double kPointRadius = 3.5;

struct ScatterFrame {
  ChartFonts f;
  Box plot;  // the frame drawn around the plot
  Box data;  // where the axis ranges map: inset in the frame, so no point touches it
  ValueAxis xa, ya;
  Point map(double x, double y) const { return {xa.map(x, data.x0, data.x1), ya.map(y, data.y1, data.y0)}; }
  // The data value at a canvas position (for the frame's edges).
  double x_at(double px) const { return xa.lo + (px - data.x0) / (data.x1 - data.x0) * (xa.hi - xa.lo); }
  double y_at(double py) const { return ya.lo + (data.y1 - py) / (data.y1 - data.y0) * (ya.hi - ya.lo); }
};

// A label as placed: its lines, their box, the colour behind it and an optional leader.
struct ScatterLabel {
  std::vector<FigText> lines;
  Box box;  // ink box, as the occupancy knows it
  std::optional<std::pair<Point, Point>> leader;
  bool tag_only = false;  // the tag (or a key number) without the label
};

// Lines labels avoid where they can (the diagonal, the edge of the shaded region).
struct SoftLine {
  Point a, b;
};

// Places the labels of `points` (drawn at `at`) in order; `occ` already holds the points
// and is given each label. Points whose label finds no room get their tag, or a number and
// an entry in `key`; `std::nullopt` for a point that shows nothing beside it.
std::vector<std::optional<ScatterLabel>> place_scatter_labels(
    const ScatterChartData& d, const std::vector<Point>& at, const ScatterFrame& fr,
    const std::vector<SoftLine>& soft, const SectionBuilder& b, Occupancy& occ, std::vector<KeyEntry>& key);

}  // namespace planforge::detail::charts
