#pragma once
// A chart legend: swatches with labels, flowing left to right in rows under the chart.

#include "charts/canvas.hpp"

#include <planforge/charts.hpp>

#include <vector>

namespace planforge::detail::charts {

// Height the legend needs at `size` in a row of `width` (0 for no entries).
double legend_height(const SectionBuilder& b, const std::vector<LegendEntry>& entries, double width,
                     double size);

// Draws the legend with its top edge at y, between x and x + width; returns its height.
double draw_legend(Canvas& c, const std::vector<LegendEntry>& entries, double x, double y, double width,
                   double size);

// Draws one swatch of `shape` filling the box (x, y, w, h): legends and keys share it.
void draw_swatch(Canvas& c, LegendShape shape, Color color, double x, double y, double w, double h);

}  // namespace planforge::detail::charts
