#pragma once
/// @file measure.hpp  Measuring text in the theme's fonts, without a SectionBuilder: widths,
/// the vertical extent of a font, and rich text set into lines exactly as the core sets a
/// FigTextBox. SectionBuilder::measure() hands one to plugins and charts.

#include <planforge/export.hpp>
#include <planforge/figure.hpp>
#include <planforge/rich_text.hpp>
#include <planforge/style.hpp>

#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// An axis-aligned rectangle on a figure's canvas, by its edges (y pointing down).
struct FigBox {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  /// x1 − x0.
  double width() const { return x1 - x0; }
  /// y1 − y0.
  double height() const { return y1 - y0; }
  /// Whether it lies within [0, width] × [0, height], give or take `tolerance` points.
  bool inside(double width, double height, double tolerance = 0) const {
    return x0 >= -tolerance && y0 >= -tolerance && x1 <= width + tolerance && y1 <= height + tolerance;
  }
};

/// A piece of a set line in one face, colour and link.
struct TextSpan {
  std::string text{};  ///< UTF-8, as drawn
  FontStyle style = FontStyle::regular;
  double size = 0;     ///< points (smaller for superscript and subscript)
  Color color{};       ///< the run's colour, the link colour for links and references
  std::string link{};  ///< the run's external URI; empty for none
  std::string ref{};   ///< the run's cross-reference (an element id); empty for none
  double x = 0;        ///< from the box's left edge
  double width = 0;    ///< points
  double rise = 0;     ///< baseline shift: up for superscript, down (negative) for subscript
};

/// One line of a set text.
struct TextLine {
  std::vector<TextSpan> spans{};
  double width = 0;     ///< from the first span's start to the last one's end
  double top = 0;       ///< the line box's top, from the box's top edge
  double baseline = 0;  ///< from the box's top edge
};

/// A FigTextBox set into lines.
struct TextLayout {
  std::vector<TextLine> lines{};
  double line_height = 0;  ///< points, the same for every line
  double height = 0;       ///< of the lines: line_height × their number
  bool truncated = false;  ///< text was left out; the last line ends in an ellipsis
};

/// Measures text in the theme's fonts. The core's implementation uses the fonts, the line
/// breaker and the hyphenation of the document being rendered, so what fits here fits on
/// the page.
class PLANFORGE_API TextMeasure {
 public:
  virtual ~TextMeasure();

  /// Width in points of one line of `utf8` in the theme's font of `style` at `size`.
  virtual double width(std::string_view utf8, double size, FontStyle style = FontStyle::regular) const = 0;
  /// How far the font of `style` reaches above the baseline at `size` (its ascender), in points.
  virtual double ascent(double size, FontStyle style = FontStyle::regular) const = 0;
  /// How far it reaches below the baseline (its descender, positive), in points.
  virtual double descent(double size, FontStyle style = FontStyle::regular) const = 0;
  /// `box` set into lines as the core draws it: broken to its width, aligned, at most
  /// max_lines and as many as max_height holds (without max_height: all of them; on the
  /// page they stop at the canvas's bottom edge). Positions are from the box's top-left.
  virtual TextLayout set(const FigTextBox& box) const = 0;

  /// `text` wrapped to `width` at `size` in `style`, as a left-aligned FigTextBox of at most
  /// `max_lines` lines (0: no limit) would be.
  TextLayout wrap(const RichText& text, double width, double size, FontStyle style = FontStyle::regular,
                  int max_lines = 0) const;
  /// The height of one line at `size` with `line_spacing` (as FigTextBox::line_spacing).
  static double line_height(double size, double line_spacing = default_line_spacing) {
    return size * line_spacing;
  }
};

/// The one model of where a FigText is on its canvas, used by the core's figure check, the
/// layout and the SDK's charts: the measured advance along the baseline, the font's ascent
/// above and descent below, turned by the text's rotation about `at`; the smallest
/// axis-aligned box around that.
PLANFORGE_API FigBox text_box(const FigText& text, const TextMeasure& measure);

/// The box a FigTextBox claims on its canvas: x to x + width, and y to y + max_height or,
/// without one, to the end of its first line (the core cuts the lines at the canvas's
/// bottom edge). The core's figure check holds it inside the canvas.
PLANFORGE_API FigBox text_box(const FigTextBox& box, const TextMeasure& measure);

PLANFORGE_END_NAMESPACE
