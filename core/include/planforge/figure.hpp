#pragma once
/// @file figure.hpp  A figure: a canvas of a given size with vector drawing operations.
/// Coordinates are points (1/72 in) from the canvas's top-left corner, y pointing down.

#include <planforge/color.hpp>
#include <planforge/flow.hpp>
#include <planforge/rich_text.hpp>
#include <planforge/style.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// A point on a canvas.
struct Point {
  double x = 0, y = 0;
};

/// A rectangle from its top-left corner, filled and/or outlined.
struct FigRect {
  double x = 0, y = 0, width = 0, height = 0;
  std::optional<Color> fill{};
  std::optional<Color> stroke{};
  double line_width = 0.5;
  double radius = 0;  ///< rounded corners
};

/// A straight line.
struct FigLine {
  Point from{}, to{};
  Color color{};
  double width = 0.5;
  bool dashed = false;
};

/// An open polyline or, when closed, a polygon.
struct FigPath {
  std::vector<Point> points{};
  bool closed = false;
  std::optional<Color> fill{};
  std::optional<Color> stroke{};
  double line_width = 0.5;
};

/// A circle, filled and/or outlined.
struct FigCircle {
  Point center{};
  double radius = 0;
  std::optional<Color> fill{};
  std::optional<Color> stroke{};
  double line_width = 0.5;
};

/// Which point of a FigText's baseline `at` is.
enum class TextAnchor { start, middle, end };

/// One line of text whose baseline starts (start), is centred (middle) or ends (end) at `at`.
/// Measure it first (SectionBuilder::measure(), measure.hpp) so that it fits: the core rejects
/// text whose box (text_box(), measure.hpp: the font's ascender to its descender) leaves the
/// canvas. For wrapped or rich text use a FigTextBox.
struct FigText {
  Point at{};
  std::string text{};
  double size = 8;
  FontStyle style = FontStyle::regular;
  Color color{};
  TextAnchor anchor = TextAnchor::start;
  double rotation = 0;  ///< degrees counter-clockwise about `at` (e.g. 90 for
                        ///< column labels that read upwards)
};

/// The line height of a FigTextBox unless it says otherwise, as a multiple of its size.
inline constexpr double default_line_spacing = 1.2;

/// Rich text (bold, italic, links, cross-references: the runs of a paragraph) wrapped into a
/// box. The core breaks the lines with the paragraphs' line breaker at `width` (a word wider
/// than the box is hyphenated in the plan's language, as in paragraphs), keeps at most
/// `max_lines` lines and as many as `max_height` holds, and, when text is left out, ends the
/// last kept line with as much of the rest as fits and an ellipsis ("…"). Links and
/// references are clickable; a reference shows the target's title (or its own text) without
/// a page number. TextMeasure::set (measure.hpp) returns the lines exactly as they will be
/// drawn, so a plugin can size what surrounds the box. The box must lie inside the canvas:
/// x to x + width, and y to y + max_height, or, without one, the first line's height (the
/// lines then run down at most to the canvas's bottom edge, where the core cuts them).
struct FigTextBox {
  double x = 0, y = 0;                 ///< the box's top-left corner
  double width = 0;                    ///< the lines' width, > 0
  std::optional<double> max_height{};  ///< the box's height; unset: as tall as its lines
  RichText text{};
  double size = 8;                             ///< points
  FontStyle style = FontStyle::regular;        ///< a run's bold or italic is added to it
  Color color{};                               ///< of runs without a colour of their own
  Align align = Align::left;                   ///< the lines across the width
  bool justify = false;                        ///< lines but each paragraph's last end flush on both sides
  VAlign valign = VAlign::top;                 ///< the lines within max_height
  double line_spacing = default_line_spacing;  ///< line height as a multiple of `size`
  int max_lines = 0;                           ///< at most this many lines; 0: no limit
};

/// One drawing operation of a figure.
using FigureOp = std::variant<FigRect, FigLine, FigPath, FigCircle, FigText, FigTextBox>;

/// A canvas. Every operation must stay inside [0, width] × [0, height]; the core reports a
/// figure that does not as an error naming the plugin.
struct Figure {
  double width = 0;
  double height = 0;
  std::vector<FigureOp> ops{};
  std::string caption{};  ///< shown under the figure; may be empty
  std::string anchor{};
  Flow flow{};  ///< page breaks, keeps, landscape (flow.hpp)
  /// The text alternative a screen reader speaks instead of the drawing (the PDF's /Alt):
  /// what the figure shows and what it means, in the plan's language, e.g. "Progress toward
  /// target of 10 KPIs: 7 on track, 3 at risk". The SDK's charts fill it from their data.
  /// When empty, the figure is announced as "Figure: <caption>", or as a figure without a
  /// description when it has no caption either (docs/accessibility.md).
  std::string alt{};

  void add(FigureOp op) { ops.push_back(std::move(op)); }
};

PLANFORGE_END_NAMESPACE
