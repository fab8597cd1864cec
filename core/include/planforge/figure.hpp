#pragma once
/// @file figure.hpp  A figure: a canvas of a given size with vector drawing operations.
/// Coordinates are points (1/72 in) from the canvas's top-left corner, y pointing down.

#include <planforge/color.hpp>
#include <planforge/flow.hpp>
#include <planforge/style.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

struct Point {
  double x = 0, y = 0;
};

struct FigRect {
  double x = 0, y = 0, width = 0, height = 0;
  std::optional<Color> fill{};
  std::optional<Color> stroke{};
  double line_width = 0.5;
  double radius = 0;  ///< rounded corners
};

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

struct FigCircle {
  Point center{};
  double radius = 0;
  std::optional<Color> fill{};
  std::optional<Color> stroke{};
  double line_width = 0.5;
};

enum class TextAnchor { start, middle, end };

/// One line of text whose baseline starts (start), is centred (middle) or ends (end) at `at`.
/// Measure it first with SectionBuilder::text_width so that it fits: the core rejects text
/// that leaves the canvas.
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

using FigureOp = std::variant<FigRect, FigLine, FigPath, FigCircle, FigText>;

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
