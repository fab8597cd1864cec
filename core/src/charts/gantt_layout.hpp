#pragma once
// The Gantt chart's measured rows and dependency routes, shared by its layout
// (gantt_chart.cpp), milestone placement (gantt_rows.cpp), connector routing
// (gantt_routes.cpp) and drawing (gantt_draw.cpp).

#include "charts/canvas.hpp"
#include "charts/key.hpp"
#include "charts/occupancy.hpp"
#include "charts/time_axis.hpp"

#include <planforge/charts.hpp>

#include <string>
#include <vector>

namespace planforge::detail::charts {

// Milestone labels go on up to this many lines under a bar.
inline constexpr int kMarkLines = 3;

struct MilestoneMark {
  double x = 0;       // the diamond: at the milestone's date, spread from close neighbours
  double text_x = 0;  // the label's anchor point
  std::string text;   // the name, or its key number, or empty when neither fits
  bool numbered = false;
  int line = 0;  // which label line under the bar (0 to kMarkLines - 1)
  TextAnchor anchor = TextAnchor::start;
  KeyEntry key;  // set when numbered
};

struct GanttRow {
  std::size_t task = 0;
  std::vector<std::string> label_lines;
  std::string owner;
  double bar_x0 = 0, bar_x1 = 0;
  std::vector<MilestoneMark> marks;
  int mark_lines = 0;  // label lines used under the bar
  double height = 0;
};

struct GanttGeometry {
  ChartFonts f;
  double width = 0, label_col = 0;
  TimeAxis axis;
  double axis_height = 0;
  double line_label = 0, line_small = 0, line_mark = 0;
  double bar_height = 9, diamond = 4.5;
  static constexpr double kPad = 4;
  std::vector<LegendEntry> legend;
  double legend_height = 0;
};

// A dependency into a task: the predecessor's index in GanttData::tasks and its kind.
struct GanttLink {
  std::size_t from = 0;
  DependencyKind kind = DependencyKind::finish_to_start;
};

// Per task, its dependencies resolved to task indexes: unknown ids, a task's dependency on
// itself and repeats are left out.
std::vector<std::vector<GanttLink>> resolve_links(const GanttData& data);

// "30 Jun 2027", "Jun 2027", "Q2 2027" or "2027": the precision the plan used.
std::string date_text(const Date& d, const Locale& locale);

// How far from a bar's end (or start) a connector turns towards another row: the channel
// milestone labels leave free.
inline constexpr double kChannelOut = 4;

// Per task, the x positions where connectors will run down (or up) through its row's label
// lines: the channel beside each predecessor's end, in the rows between it and its successor.
std::vector<std::vector<double>> connector_channels(const GanttData& data, const GanttGeometry& g,
                                                    const std::vector<std::vector<GanttLink>>& links);

// Measures one task's row, placing its milestone labels clear of `channels` (numbering them
// from `next_number` when they do not fit beside their diamonds).
GanttRow make_gantt_row(const GanttData& data, std::size_t task, const GanttGeometry& g,
                        const std::vector<double>& channels, const SectionBuilder& b, int& next_number);

// Where a row stands on its page.
struct RowPlace {
  double top = 0, bottom = 0, mid = 0, bar_top = 0, bar_bottom = 0, x0 = 0, x1 = 0;
};

// A connector: its legs, and the arrowhead's tip and direction (a unit axis vector).
struct Route {
  std::vector<Point> points;
  Point head;
  double dx = 1, dy = 0;
};

// The space connectors may use, and what they should keep clear of.
struct RouteSpace {
  double left = 0, right = 0;  // x range for vertical legs
  double rows_top = 0, rows_bottom = 0;
  const Occupancy* labels = nullptr;  // milestone labels: never crossed if there is a way round
  const Occupancy* bars = nullptr;    // bars: passed behind when that saves a long way round
  std::vector<double> boundaries;     // y of the boundaries between rows: where connectors run across
};

// The route of a dependency of `kind` from `from` to `to`, both on this page.
Route route_link(const RowPlace& from, const RowPlace& to, DependencyKind kind, const RouteSpace& space);

// The route from a predecessor on another figure: it enters from the top of the rows (from
// an earlier figure) or the bottom (a later one), at the predecessor's end (or start) `x`.
Route route_from_elsewhere(double x, bool from_above, const RowPlace& to, DependencyKind kind,
                           const RouteSpace& space);

// Draws rows [first, last) as one figure.
Figure draw_gantt_page(const GanttData& data, const GanttGeometry& g, const std::vector<GanttRow>& rows,
                       const std::vector<std::vector<GanttLink>>& links, std::size_t first, std::size_t last,
                       std::size_t page, const SectionBuilder& b);

}  // namespace planforge::detail::charts
