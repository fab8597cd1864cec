#pragma once
// The Gantt chart's measured rows, shared by its layout (gantt_chart.cpp), milestone label
// placement (gantt_rows.cpp) and drawing (gantt_draw.cpp).

#include "charts/canvas.hpp"
#include "charts/key.hpp"
#include "charts/time_axis.hpp"

#include <planforge/charts.hpp>

#include <string>
#include <vector>

namespace planforge::detail::charts {

// Milestone labels go on up to this many lines under a bar.
inline constexpr int kMarkLines = 3;

struct MilestoneMark {
  double x = 0;              // the diamond, at the milestone's date
  double text_x = 0;         // the label's anchor point
  std::string text;          // the name, or its key number, or empty when neither fits
  bool numbered = false;
  int line = 0;              // which label line under the bar (0 to kMarkLines - 1)
  TextAnchor anchor = TextAnchor::start;
  KeyEntry key;              // set when numbered
};

struct GanttRow {
  std::size_t task = 0;
  std::vector<std::string> label_lines;
  std::string owner;
  double bar_x0 = 0, bar_x1 = 0;
  std::vector<MilestoneMark> marks;
  int mark_lines = 0;        // label lines used under the bar
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

// "30 Jun 2027", "Jun 2027", "Q2 2027" or "2027": the precision the plan used.
std::string date_text(const Date& d, const Locale& locale);

// Measures one task's row, placing its milestone labels (numbering them from `next_number`
// when they do not fit beside their diamonds).
GanttRow make_gantt_row(const GanttData& data, std::size_t task, const GanttGeometry& g,
                        const SectionBuilder& b, int& next_number);

// Draws rows [first, last) as one figure.
Figure draw_gantt_page(const GanttData& data, const GanttGeometry& g, const std::vector<GanttRow>& rows,
                       std::size_t first, std::size_t last, std::size_t page, const SectionBuilder& b);

}  // namespace planforge::detail::charts
