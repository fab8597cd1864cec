#include "charts/occupancy.hpp"

#include <algorithm>
#include <cmath>

namespace planforge::detail::charts {

bool segment_hits(Point a, Point b, const Box& box, double pad) {
  // Liang–Barsky: clip the segment's parameter range against the four slabs of the box.
  const double x0 = box.x0 - pad, y0 = box.y0 - pad, x1 = box.x1 + pad, y1 = box.y1 + pad;
  double t0 = 0, t1 = 1;
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double p[4] = {-dx, dx, -dy, dy};
  const double q[4] = {a.x - x0, x1 - a.x, a.y - y0, y1 - a.y};
  for (int k = 0; k < 4; ++k) {
    if (std::abs(p[k]) < 1e-12) {
      if (q[k] < 0) return false;  // parallel to this slab and outside it
      continue;
    }
    const double t = q[k] / p[k];
    if (p[k] < 0)
      t0 = std::max(t0, t);
    else
      t1 = std::min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

Occupancy::Occupancy(Box region, double cell) : region_(region), size_(std::max(cell, 4.0)) {
  // The canvas is at most a page, so the grid stays small whatever the input.
  columns_ = std::clamp(static_cast<int>(std::ceil(std::max(region.width(), 1.0) / size_)), 1, 200);
  rows_ = std::clamp(static_cast<int>(std::ceil(std::max(region.height(), 1.0) / size_)), 1, 200);
  grid_.resize(static_cast<std::size_t>(columns_ * rows_));
}

void Occupancy::cells(const Box& b, int& i0, int& i1, int& j0, int& j1) const {
  auto col = [&](double x) {
    return std::clamp(static_cast<int>(std::floor((x - region_.x0) / size_)), 0, columns_ - 1);
  };
  auto row = [&](double y) {
    return std::clamp(static_cast<int>(std::floor((y - region_.y0) / size_)), 0, rows_ - 1);
  };
  i0 = col(b.x0), i1 = col(b.x1), j0 = row(b.y0), j1 = row(b.y1);
}

void Occupancy::add(const Box& b) {
  const int index = static_cast<int>(boxes_.size());
  boxes_.push_back(b);
  int i0, i1, j0, j1;
  cells(b, i0, i1, j0, j1);
  for (int j = j0; j <= j1; ++j)
    for (int i = i0; i <= i1; ++i) cell(i, j).push_back(index);
}

void Occupancy::add_segment(Point a, Point b) {
  const int index = static_cast<int>(segments_.size());
  segments_.push_back({a, b});
  int i0, i1, j0, j1;
  cells({std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)}, i0, i1, j0, j1);
  bool registered = false;
  for (int j = j0; j <= j1; ++j)
    for (int i = i0; i <= i1; ++i) {
      // Only the cells the segment passes through: a long diagonal touches few of its box's.
      const Box c{region_.x0 + i * size_, region_.y0 + j * size_, region_.x0 + (i + 1) * size_,
                  region_.y0 + (j + 1) * size_};
      if (segment_hits(a, b, c, 0.5)) cell(i, j).push_back(~index), registered = true;
    }
  if (!registered)  // outside the region: the edge cells it is clamped to
    for (int j = j0; j <= j1; ++j)
      for (int i = i0; i <= i1; ++i) cell(i, j).push_back(~index);
}

bool Occupancy::free(const Box& b, double pad) const {
  seen_.resize(boxes_.size() + segments_.size());
  ++stamp_;
  int i0, i1, j0, j1;
  cells({b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad}, i0, i1, j0, j1);
  for (int j = j0; j <= j1; ++j)
    for (int i = i0; i <= i1; ++i)
      for (int item : cell(i, j)) {
        const std::size_t slot =
            item >= 0 ? static_cast<std::size_t>(item) : boxes_.size() + static_cast<std::size_t>(~item);
        if (seen_[slot] == stamp_) continue;
        seen_[slot] = stamp_;
        if (item >= 0 ? boxes_[item].intersects(b, pad)
                      : segment_hits(segments_[~item].a, segments_[~item].b, b, pad))
          return false;
      }
  return true;
}

bool Occupancy::clear(Point a, Point b, double pad) const {
  seen_.resize(boxes_.size() + segments_.size());
  ++stamp_;
  int i0, i1, j0, j1;
  cells({std::min(a.x, b.x) - pad, std::min(a.y, b.y) - pad, std::max(a.x, b.x) + pad,
         std::max(a.y, b.y) + pad},
        i0, i1, j0, j1);
  for (int j = j0; j <= j1; ++j)
    for (int i = i0; i <= i1; ++i)
      for (int item : cell(i, j)) {
        if (item < 0 || seen_[static_cast<std::size_t>(item)] == stamp_) continue;
        seen_[static_cast<std::size_t>(item)] = stamp_;
        if (segment_hits(a, b, boxes_[item], pad)) return false;
      }
  return true;
}

}  // namespace planforge::detail::charts
