#include "charts/canvas.hpp"

#include <algorithm>
#include <cmath>

namespace planforge::detail::charts {

ChartFonts chart_fonts(const SectionBuilder& b, double scale) {
  double body = b.body_size() > 0 ? b.body_size() : 10;
  double label = std::clamp(body * 0.8, 7.0, 9.0) * scale;
  ChartFonts f;
  f.label = std::max(kMinFontSize, label);
  f.small = std::max(kMinFontSize, f.label - 1);
  return f;
}

double max_figure_height(const SectionBuilder& b) {
  // The caption (up to two lines) and the space above it sit on the same page.
  return std::max(120.0, b.content_height() - 40);
}

std::string continued_caption(const std::string& caption, std::size_t index, const Locale& locale) {
  if (index == 0) return caption;
  return caption.empty() ? locale.text("figure.continued-alone")
                         : locale.text("figure.continued", {{"caption", caption}});
}

namespace {
std::vector<std::pair<std::size_t, std::size_t>> greedy_pages(const std::vector<double>& heights,
                                                              double limit) {
  std::vector<std::pair<std::size_t, std::size_t>> pages;
  std::size_t first = 0;
  while (first < heights.size()) {
    std::size_t last = first;
    double h = 0;
    while (last < heights.size() && (last == first || h + heights[last] <= limit + 1e-9))
      h += heights[last++];
    pages.emplace_back(first, last);
    first = last;
  }
  return pages;
}
}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> balanced_pages(const std::vector<double>& heights,
                                                                double room) {
  auto pages = greedy_pages(heights, room);
  if (pages.size() < 2) return pages;
  // The smallest page limit that still needs no more pages than the greedy fill.
  double lo = 0, hi = room;
  for (double h : heights) lo = std::max(lo, std::min(h, room));
  for (int i = 0; i < 40 && hi - lo > 0.5; ++i) {
    double mid = (lo + hi) / 2;
    if (greedy_pages(heights, mid).size() <= pages.size())
      hi = mid;
    else
      lo = mid;
  }
  return greedy_pages(heights, hi);
}

Canvas::Canvas(const SectionBuilder& b, double width)
    : b_(b), bounds_(b.measure(), std::min(width, b.content_width()), b.content_height()) {
  fig_.width = std::min(width, b.content_width());
}

Box Canvas::text(Point at, std::string s, double size, Color color, FontStyle style, TextAnchor anchor,
                 double rotation) {
  FigText t{.at = at, .size = size, .style = style, .color = color, .anchor = anchor, .rotation = rotation};
  double w = b_.text_width(s, size, style);
  // Only a caller's mistake makes a label wider than the canvas; shortened, it still fits.
  if (w > fig_.width && rotation == 0) {
    s = ellipsize(b_.measure(), s, fig_.width, size, style);
    w = b_.text_width(s, size, style);
  }
  t.text = std::move(s);
  if (t.text.empty() || !bounds_.fit(t)) return ink_box(t, w);
  Box box = ink_box(t, w);
  fig_.add(std::move(t));
  return box;
}

void Canvas::rect(double x, double y, double w, double h, std::optional<Color> fill,
                  std::optional<Color> stroke, double line_width, double radius) {
  if (w <= 0 || h <= 0) return;
  add(FigRect{.x = x,
              .y = y,
              .width = w,
              .height = h,
              .fill = fill,
              .stroke = stroke,
              .line_width = line_width,
              .radius = std::min(radius, std::min(w, h) / 2)});
}

void Canvas::dashed_rect(double x, double y, double w, double h, Color stroke, double line_width) {
  line({x, y}, {x + w, y}, stroke, line_width, true);
  line({x + w, y}, {x + w, y + h}, stroke, line_width, true);
  line({x + w, y + h}, {x, y + h}, stroke, line_width, true);
  line({x, y + h}, {x, y}, stroke, line_width, true);
}

void Canvas::line(Point a, Point b, Color color, double width, bool dashed) {
  add(FigLine{.from = a, .to = b, .color = color, .width = width, .dashed = dashed});
}

void Canvas::polyline(std::vector<Point> points, Color color, double width) {
  add(FigPath{.points = std::move(points), .stroke = color, .line_width = width});
}

void Canvas::polygon(std::vector<Point> points, std::optional<Color> fill, std::optional<Color> stroke,
                     double line_width) {
  add(FigPath{
      .points = std::move(points), .closed = true, .fill = fill, .stroke = stroke, .line_width = line_width});
}

void Canvas::circle(Point c, double r, std::optional<Color> fill, std::optional<Color> stroke,
                    double line_width) {
  add(FigCircle{.center = c, .radius = r, .fill = fill, .stroke = stroke, .line_width = line_width});
}

void Canvas::diamond(Point c, double r, Color fill, std::optional<Color> stroke) {
  polygon({{c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}}, fill, stroke, 0.5);
}

void Canvas::arrow_head(Point tip, double dx, double dy, double size, Color color) {
  // Perpendicular of the direction gives the two back corners.
  double px = -dy, py = dx;
  Point back{tip.x - dx * size, tip.y - dy * size};
  polygon({tip,
           {back.x + px * size * 0.5, back.y + py * size * 0.5},
           {back.x - px * size * 0.5, back.y - py * size * 0.5}},
          color, std::nullopt);
}

Figure Canvas::finish(double height, std::string caption) {
  fig_.height = std::clamp(std::max(height, std::ceil(bounds_.bottom())), 1.0, bounds_.max_height());
  record_corrections(bounds_.corrections());
  fig_.caption = std::move(caption);
  return std::move(fig_);
}

}  // namespace planforge::detail::charts
