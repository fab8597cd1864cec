#include "charts/bounds.hpp"

#include <planforge/log.hpp>

#include <algorithm>
#include <atomic>
#include <string>
#include <cmath>

namespace planforge::detail::charts {

namespace {
std::atomic<std::size_t> g_corrections{0};

// Below this a difference is arithmetic, not layout (the core itself tolerates 0.5 pt).
constexpr double kSlack = 1e-6;

bool finite(double v) { return std::isfinite(v); }
}  // namespace

double CanvasBounds::clamp(double v, double lo, double hi) {
  if (!finite(v)) {
    ++corrections_;
    return lo;
  }
  if (v < lo - kSlack || v > hi + kSlack) ++corrections_;
  return std::clamp(v, lo, std::max(lo, hi));
}

bool CanvasBounds::fit(FigRect& r) {
  if (!finite(r.x) || !finite(r.y) || !finite(r.width) || !finite(r.height)) {
    ++corrections_;
    return false;
  }
  const double x0 = clamp(r.x, 0, width_), y0 = clamp(r.y, 0, max_height_);
  const double x1 = clamp(r.x + r.width, 0, width_), y1 = clamp(r.y + r.height, 0, max_height_);
  if (x1 - x0 <= 0 || y1 - y0 <= 0) return false;
  r.x = x0, r.y = y0, r.width = x1 - x0, r.height = y1 - y0;
  r.radius = std::min(r.radius, std::min(r.width, r.height) / 2);
  reach(y1);
  return true;
}

bool CanvasBounds::fit(FigLine& l) {
  l.from = {clamp(l.from.x, 0, width_), clamp(l.from.y, 0, max_height_)};
  l.to = {clamp(l.to.x, 0, width_), clamp(l.to.y, 0, max_height_)};
  reach(std::max(l.from.y, l.to.y));
  return true;
}

bool CanvasBounds::fit(FigPath& p) {
  if (p.points.empty()) return false;
  for (Point& pt : p.points) {
    pt = {clamp(pt.x, 0, width_), clamp(pt.y, 0, max_height_)};
    reach(pt.y);
  }
  return true;
}

bool CanvasBounds::fit(FigCircle& c) {
  if (!finite(c.radius) || c.radius <= 0) return false;
  const double r = std::min({c.radius, width_ / 2, max_height_ / 2});
  if (r < c.radius - kSlack) ++corrections_;
  c.radius = r;
  c.center = {clamp(c.center.x, r, width_ - r), clamp(c.center.y, r, max_height_ - r)};
  reach(c.center.y + r);
  return true;
}

bool CanvasBounds::fit(FigText& t) {
  if (t.text.empty() || !finite(t.size) || t.size <= 0 || !finite(t.at.x) || !finite(t.at.y)) {
    if (!t.text.empty()) ++corrections_;
    return false;
  }
  // The box the core checks, for any rotation (the SDK's one model).
  const FigBox box = text_box(t, measure_);
  // Moved whole: a label shifted by a point still reads; one cut in half does not.
  double dx = 0, dy = 0;
  if (box.x0 < 0)
    dx = -box.x0;
  else if (box.x1 > width_)
    dx = width_ - box.x1;
  if (box.y0 < 0)
    dy = -box.y0;
  else if (box.y1 > max_height_)
    dy = max_height_ - box.y1;
  if (std::abs(dx) > kSlack || std::abs(dy) > kSlack) ++corrections_;
  // Wider (or taller) than the canvas: the caller must shorten it; left-aligned at 0 here so
  // that at least the start reads, and the core still gets a valid figure only if it fits.
  if (box.width() > width_ + kSlack || box.height() > max_height_ + kSlack) return false;
  t.at.x += dx;
  t.at.y += dy;
  reach(box.y1 + dy);
  return true;
}

std::size_t corrections_so_far() { return g_corrections.load(); }

void record_corrections(std::size_t count) {
  if (count == 0) return;
  g_corrections += count;
  log::debug("chart: " + std::to_string(count) + " drawing operation(s) moved or cut to stay on the canvas");
}

}  // namespace planforge::detail::charts
