#pragma once
// A figure under construction with the drawing helpers every chart needs, plus the shared
// typographic decisions (label sizes, the tallest figure a page takes, continued captions).

#include "charts/bounds.hpp"
#include "charts/text_fit.hpp"

#include <planforge/builder.hpp>
#include <planforge/figure.hpp>

#include <optional>
#include <string>
#include <vector>

namespace planforge::detail::charts {

// The smallest type any chart sets: below this a printed chart stops being readable.
inline constexpr double kMinFontSize = 6.5;

struct ChartFonts {
  double label = 8;  // category labels, box titles, cell text
  double small = 7;  // ticks, owners, legend, secondary lines
};

// Label sizes derived from the theme's body size; `scale` (≤ 1) shrinks them for dense
// charts, never below kMinFontSize.
ChartFonts chart_fonts(const SectionBuilder& b, double scale = 1.0);

// The tallest figure worth producing: the text column less room for the caption below it.
double max_figure_height(const SectionBuilder& b);

// The caption of the index-th figure of a chart: later ones say "(continued)".
std::string continued_caption(const std::string& caption, std::size_t index, const Locale& locale);

// Splits rows of the given heights into consecutive pages no taller than `room` (a row
// taller than that gets a page alone): as few pages as a greedy fill needs, but evened out so
// that the last page is not a lonely row or two. Returns [first, last) pairs.
std::vector<std::pair<std::size_t, std::size_t>> balanced_pages(const std::vector<double>& heights,
                                                                double room);

// A figure under construction. Every operation goes through CanvasBounds, so a figure never
// leaves its canvas (width × the text column's height), whatever the chart computed.
class Canvas {
 public:
  Canvas(const SectionBuilder& b, double width);

  const SectionBuilder& builder() const { return b_; }
  const Palette& palette() const { return b_.palette(); }
  double width() const { return fig_.width; }
  double measure(std::string_view s, double size, FontStyle style = FontStyle::regular) const {
    return b_.text_width(s, size, style);
  }

  // Adds a text op and returns its ink box.
  Box text(Point at, std::string s, double size, Color color, FontStyle style = FontStyle::regular,
           TextAnchor anchor = TextAnchor::start, double rotation = 0);
  void rect(double x, double y, double w, double h, std::optional<Color> fill, std::optional<Color> stroke,
            double line_width = 0.5, double radius = 0);
  // FigRect has no dash pattern: a dashed outline is four dashed lines.
  void dashed_rect(double x, double y, double w, double h, Color stroke, double line_width = 0.75);
  void line(Point a, Point b, Color color, double width = 0.5, bool dashed = false);
  void polyline(std::vector<Point> points, Color color, double width = 0.5);
  void polygon(std::vector<Point> points, std::optional<Color> fill, std::optional<Color> stroke,
               double line_width = 0.5);
  void circle(Point c, double r, std::optional<Color> fill, std::optional<Color> stroke,
              double line_width = 0.5);
  void diamond(Point c, double r, Color fill, std::optional<Color> stroke);
  // A filled triangle with its tip at `tip`, pointing along (dx, dy) (a unit axis direction).
  void arrow_head(Point tip, double dx, double dy, double size, Color color);

  // Hands over the figure with its final height (at least what was drawn, at most the text
  // column) and caption.
  Figure finish(double height, std::string caption);

  // Operations moved or cut to stay on the canvas: 0 when the chart's layout is right.
  std::size_t corrections() const { return bounds_.corrections(); }

 private:
  template <class Op>
  void add(Op op) {
    if (bounds_.fit(op)) fig_.add(std::move(op));
  }

  const SectionBuilder& b_;
  Figure fig_;
  CanvasBounds bounds_;
};

}  // namespace planforge::detail::charts
