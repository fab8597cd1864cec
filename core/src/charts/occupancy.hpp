#pragma once
// Remembers which parts of a canvas are taken (labels, points, bars, the frame) and which
// lines run across it, so that a label is only put where it touches none of them and a line
// only where it crosses no label. Boxes and segments are kept in a grid of cells, so a query
// looks at its neighbourhood only: placing n labels costs O(n) however many there are.

#include "charts/text_fit.hpp"

#include <planforge/figure.hpp>

#include <vector>

namespace planforge::detail::charts {

// True when the segment a–b passes through `box` grown by `pad` on every side.
bool segment_hits(Point a, Point b, const Box& box, double pad = 0);

class Occupancy {
 public:
  // `region` is where placed things may go (their full extent must stay inside).
  explicit Occupancy(Box region, double cell = 24);

  const Box& region() const { return region_; }
  bool inside(const Box& b) const {
    return b.x0 >= region_.x0 && b.y0 >= region_.y0 && b.x1 <= region_.x1 && b.y1 <= region_.y1;
  }

  // Something a label must not touch: another label, a point, a bar, a diamond.
  void add(const Box& b);
  // A line a label must not cross: a frame edge, a connector, a leader.
  void add_segment(Point a, Point b);

  // True when `b` (grown by `pad`) touches no box and no segment.
  bool free(const Box& b, double pad = 0.5) const;
  // True when the segment a–b crosses no box (grown by `pad`); segments may cross each other.
  bool clear(Point a, Point b, double pad = 0.5) const;

 private:
  struct Segment {
    Point a, b;
  };
  // Cells [i0, i1] × [j0, j1] a box covers, clamped to the grid.
  void cells(const Box& b, int& i0, int& i1, int& j0, int& j1) const;
  std::vector<int>& cell(int i, int j) { return grid_[static_cast<std::size_t>(j * columns_ + i)]; }
  const std::vector<int>& cell(int i, int j) const {
    return grid_[static_cast<std::size_t>(j * columns_ + i)];
  }

  Box region_;
  double size_;
  int columns_ = 1, rows_ = 1;
  std::vector<Box> boxes_;
  std::vector<Segment> segments_;
  // Per cell, indexes of what touches it: boxes as i, segments as ~i (negative).
  std::vector<std::vector<int>> grid_;
  mutable std::vector<unsigned> seen_;  // query stamps, so an item in several cells counts once
  mutable unsigned stamp_ = 0;
};

}  // namespace planforge::detail::charts
