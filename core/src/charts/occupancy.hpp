#pragma once
// Remembers which parts of a canvas are taken, so that a label is only put where it touches
// no other label, point or axis text.

#include "charts/text_fit.hpp"

#include <vector>

namespace planforge::detail::charts {

class Occupancy {
 public:
  // `region` is where placed things may go (their full text extent must stay inside).
  explicit Occupancy(Box region) : region_(region) {}

  void add(const Box& b) { taken_.push_back(b); }
  bool inside(const Box& b) const {
    return b.x0 >= region_.x0 && b.y0 >= region_.y0 && b.x1 <= region_.x1 && b.y1 <= region_.y1;
  }
  bool free(const Box& b, double pad = 0.5) const {
    for (const Box& t : taken_)
      if (t.intersects(b, pad)) return false;
    return true;
  }

 private:
  Box region_;
  std::vector<Box> taken_;
};

}  // namespace planforge::detail::charts
