#include "engine/figure_check.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace planforge::detail {

namespace {

// Rounding in a plugin's arithmetic must not fail a figure; a visible overflow must.
constexpr double tolerance = 0.5;

struct Extent {
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
  bool bad = false;  // a NaN would slip through min/max unnoticed
  void add(double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) bad = true;
    x0 = std::min(x0, x);
    y0 = std::min(y0, y);
    x1 = std::max(x1, x);
    y1 = std::max(y1, y);
  }
  bool finite() const {
    return !bad && std::isfinite(x0) && std::isfinite(y0) && std::isfinite(x1) && std::isfinite(y1);
  }
};

std::string num(double v) { return fmt::format("{:.4g}", v); }

std::string quoted(const std::string& text) {
  constexpr std::size_t shown = 40;
  return "'" + (text.size() > shown ? text.substr(0, shown) + "…" : text) + "'";
}

struct Described {
  Extent extent;
  std::string what;
  std::string problem;  // besides its extent
};

void add(Extent& e, const FigBox& box) {
  e.add(box.x0, box.y0);
  e.add(box.x1, box.y1);
}

std::string text_of(const RichText& text) {
  std::string s;
  for (const Run& run : text) s += run.text.empty() ? run.ref : run.text;
  return s;
}

bool usable(double v) { return std::isfinite(v) && v > 0; }

// What a text box needs besides lying inside the canvas.
std::string text_box_problem(const FigTextBox& b) {
  if (!usable(b.width) || !usable(b.size) || !usable(b.line_spacing))
    return " needs a finite width, size and line spacing above 0";
  if (b.max_lines < 0) return " has max_lines " + std::to_string(b.max_lines) + " (0 means no limit)";
  const double line = TextMeasure::line_height(b.size, b.line_spacing);
  if (b.max_height && *b.max_height < line - tolerance)
    return " is " + num(*b.max_height) + " pt high, less than one line (" + num(line) + " pt)";
  return {};
}

Described describe(const FigureOp& op, const TextMeasure& measure) {
  Described d;
  if (const auto* r = std::get_if<FigRect>(&op)) {
    d.extent.add(r->x, r->y);
    d.extent.add(r->x + r->width, r->y + r->height);
    d.what = "rectangle";
    if (!(r->width >= 0 && r->height >= 0)) d.extent.bad = true;
  } else if (const auto* l = std::get_if<FigLine>(&op)) {
    d.extent.add(l->from.x, l->from.y);
    d.extent.add(l->to.x, l->to.y);
    d.what = "line";
  } else if (const auto* p = std::get_if<FigPath>(&op)) {
    for (const Point& pt : p->points) d.extent.add(pt.x, pt.y);
    d.what = "path";
    if (p->points.empty()) d.extent = Extent{0, 0, 0, 0};
  } else if (const auto* c = std::get_if<FigCircle>(&op)) {
    d.extent.add(c->center.x - c->radius, c->center.y - c->radius);
    d.extent.add(c->center.x + c->radius, c->center.y + c->radius);
    d.what = "circle";
    if (!(c->radius >= 0)) d.extent.bad = true;
  } else if (const auto* t = std::get_if<FigText>(&op)) {
    d.what = "text " + quoted(t->text);
    if (!(t->size > 0) || !std::isfinite(t->size) || !std::isfinite(t->rotation))
      d.extent.bad = true;
    else
      add(d.extent, text_box(*t, measure));
  } else if (const auto* b = std::get_if<FigTextBox>(&op)) {
    // The box, not each glyph: the core keeps the lines inside it.
    d.what = "text box " + quoted(text_of(b->text));
    d.problem = text_box_problem(*b);
    add(d.extent, text_box(*b, measure));
  }
  return d;
}

}  // namespace

std::optional<std::string> check_figure(const Figure& figure, const TextMeasure& measure,
                                        const FigureLimits& limits) {
  const double w = figure.width, h = figure.height;
  if (!std::isfinite(w) || !std::isfinite(h) || w <= 0 || h <= 0)
    return "figure has no usable size (" + num(w) + " × " + num(h) + " pt)";
  if (w > limits.max_width + tolerance || h > limits.max_height + tolerance)
    return "figure of " + num(w) + " × " + num(h) + " pt is larger than the text column (" +
           num(limits.max_width) + " × " + num(limits.max_height) + " pt)";
  for (std::size_t i = 0; i < figure.ops.size(); ++i) {
    const Described d = describe(figure.ops[i], measure);
    const std::string which = d.what + " (operation " + std::to_string(i + 1) + ")";
    if (!d.problem.empty()) return which + d.problem;
    if (!d.extent.finite()) return which + " has a negative size or a coordinate that is not a finite number";
    const Extent& e = d.extent;
    if (e.x0 < -tolerance || e.y0 < -tolerance || e.x1 > w + tolerance || e.y1 > h + tolerance)
      return which + " spans x " + num(e.x0) + "–" + num(e.x1) + ", y " + num(e.y0) + "–" + num(e.y1) +
             ", outside its canvas of " + num(w) + " × " + num(h) + " pt";
  }
  return std::nullopt;
}

}  // namespace planforge::detail
