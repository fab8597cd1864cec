#pragma once
/// @file charts.hpp  The charts every plugin can use: bar chart, scatter, Gantt, tree (org
/// chart) and matrix/heatmap. Each turns plain data into one or more figures sized to the
/// text column: text is measured with the theme's fonts and placed so that it never
/// overlaps, colours come from the theme's palette, and a chart too large for one page is
/// continued in further figures (the caption says "(continued)") instead of being squeezed
/// into an unreadable smear.

#include <planforge/builder.hpp>
#include <planforge/color.hpp>
#include <planforge/date.hpp>
#include <planforge/figure.hpp>

#include <optional>
#include <string>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// How a legend entry's swatch is drawn. `double_box` matches BorderStyle::double_line.
enum class LegendShape { box, outlined_box, dashed_box, line, dashed_line, diamond, dot, double_box };

/// One entry of a chart's legend.
struct LegendEntry {
  std::string label{};
  Color color{};
  LegendShape shape = LegendShape::box;
};

// ---------------------------------------------------------------------------------------
/// One data series of a bar chart. `point_colors`, when given, colours each bar on its own
/// (e.g. by status) and overrides `color`.
struct BarSeries {
  std::string name{};
  std::vector<double> values{};  ///< one per category
  std::optional<Color> color{};
  std::vector<std::optional<Color>> point_colors{};
};

/// Horizontal bars, one row per category (grouped when there are several series), a value
/// axis with rounded ticks, optional target marks.
struct BarChartData {
  std::vector<std::string> categories{};
  std::vector<BarSeries> series{};
  std::vector<std::optional<double>> targets{};  ///< a mark per category; may be empty
  std::string value_label{};                     ///< the axis title
  std::string value_suffix{};                    ///< appended to tick labels, e.g. "%"
  std::optional<double> min{}, max{};            ///< axis range; default from the data and 0
  std::vector<LegendEntry> legend{};             ///< extra entries (series are listed anyway)
  std::string caption{};
  /// What the chart means, for screen readers: the text alternative (Figure::alt) is this
  /// (or, when empty, the caption) followed by the data the chart draws, at most 40 items.
  std::string alt{};
};

/// Lays out a bar chart; several figures when the categories do not fit one page.
PLANFORGE_API std::vector<Figure> bar_chart(const BarChartData& data, const SectionBuilder& out);

// ---------------------------------------------------------------------------------------
struct ScatterPoint {
  std::string label{};  ///< placed beside the point, never overlapping
  double x = 0, y = 0;
  std::optional<Color> color{};
  /// A short reference shown before the label ("3 Early warning"), e.g. the point's rank in
  /// a table; where the label finds no room, the tag alone is shown. A point without a tag
  /// whose label finds no room is numbered and its label listed in a key under the chart.
  std::string tag{};
};

/// Labelled points on two value axes, e.g. importance against capability. `diagonal` draws
/// the line y = x; `shade_below_diagonal_by`, when > 0, shades the region where
/// x − y ≥ that value (e.g. gap ≥ 2: the weak points). Points at the ends of the axes stay
/// inside the frame. Labels are placed in the order of `points` (put the most important
/// first): each beside its point on one or two lines, touching no other label, point, the
/// frame, the diagonal or the edge of the shaded region, with a thin leader when it had to
/// move away from its point.
struct ScatterChartData {
  std::vector<ScatterPoint> points{};
  std::string x_label{}, y_label{};
  double x_min = 0, x_max = 5, y_min = 0, y_max = 5;
  bool diagonal = false;
  double shade_below_diagonal_by = 0;
  std::vector<LegendEntry> legend{};
  std::string caption{};
  /// What the chart means, for screen readers: the text alternative (Figure::alt) is this
  /// (or, when empty, the caption) followed by the data the chart draws, at most 40 items.
  std::string alt{};
};

PLANFORGE_API Figure scatter_chart(const ScatterChartData& data, const SectionBuilder& out);

// ---------------------------------------------------------------------------------------
struct GanttMilestone {
  Date date{};
  std::string label{};
};

/// How a dependency ties a task to its predecessor.
enum class DependencyKind {
  finish_to_start,   ///< starts after the predecessor finishes: an arrow from its end to the start
  start_to_start,    ///< starts after the predecessor starts: from its start to the start
  finish_to_finish,  ///< finishes after the predecessor finishes: from its end to the end
};

/// A dependency on another task, with its kind.
struct GanttDependency {
  std::string id{};  ///< the predecessor's GanttTask::id
  DependencyKind kind = DependencyKind::finish_to_start;
};

struct GanttTask {
  std::string id{};
  std::string label{};
  std::string owner{};                    ///< shown after the label; may be empty
  Date start{}, end{};                    ///< reduced dates span their whole period
  std::vector<std::string> depends_on{};  ///< ids of tasks drawn with finish-to-start arrows
  std::vector<GanttMilestone> milestones{};
  std::optional<Color> color{};
  std::vector<GanttDependency> dependencies{};  ///< further dependencies, of any kind
};

/// A Gantt chart on a month, quarter or year axis (chosen from the span), one row per task,
/// with milestones as diamonds (spread apart where dates nearly coincide) and their names
/// beside them, dependencies as arrows routed clear of the names, and a legend. Rows continue
/// in further figures when they do not fit a page; the time axis repeats on each, and a
/// dependency on a task of an earlier figure enters from the top of the chart.
struct GanttData {
  std::vector<GanttTask> tasks{};
  std::vector<LegendEntry> legend{};
  std::string caption{};
  /// What the chart means, for screen readers: the text alternative (Figure::alt) is this
  /// (or, when empty, the caption) followed by the data the chart draws, at most 40 items.
  std::string alt{};
};

PLANFORGE_API std::vector<Figure> gantt_chart(const GanttData& data, const SectionBuilder& out);

// ---------------------------------------------------------------------------------------
enum class BorderStyle { solid, dashed, double_line };

struct TreeNode {
  std::string id{};
  std::string parent{};              ///< empty for a root
  std::string title{};               ///< bold first line, wrapped to the box
  std::vector<std::string> lines{};  ///< further lines (lead, headcount)
  std::optional<Color> fill{};
  std::optional<Color> border{};
  BorderStyle border_style = BorderStyle::solid;
};

/// A top-down tree (org chart): boxes sized to their text, children centred under their
/// parent, elbow connectors. Wide levels are stacked; a tree too large for one figure is
/// split by subtree into further figures.
struct TreeData {
  std::vector<TreeNode> nodes{};
  std::vector<LegendEntry> legend{};
  std::string caption{};
  /// What the chart means, for screen readers: the text alternative (Figure::alt) is this
  /// (or, when empty, the caption) followed by the data the chart draws, at most 40 items.
  std::string alt{};
};

PLANFORGE_API std::vector<Figure> tree_chart(const TreeData& data, const SectionBuilder& out);

// ---------------------------------------------------------------------------------------
struct MatrixCell {
  std::string text{};  ///< short: a mark, a number; may be empty
  std::optional<Color> fill{};
};

/// A grid of cells with row labels on the left and column labels on top (rotated when they
/// are too long to sit side by side): a coverage matrix or a heatmap. Rows continue in
/// further figures when they do not fit a page.
struct MatrixData {
  std::vector<std::string> rows{}, columns{};
  std::vector<std::vector<MatrixCell>> cells{};  ///< rows × columns
  std::vector<LegendEntry> legend{};
  std::string caption{};
  /// What the chart means, for screen readers: the text alternative (Figure::alt) is this
  /// (or, when empty, the caption) followed by the data the chart draws, at most 40 items.
  std::string alt{};
};

PLANFORGE_API std::vector<Figure> matrix_chart(const MatrixData& data, const SectionBuilder& out);

/// The colour of a value between lo and hi on a scale from the palette's subtle tint to
/// `strong` (for heatmaps).
PLANFORGE_API Color scale_color(double value, double lo, double hi, Color strong);

PLANFORGE_END_NAMESPACE
