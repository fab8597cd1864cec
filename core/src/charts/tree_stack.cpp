#include "charts/tree_stack.hpp"

#include <algorithm>

namespace planforge::detail::charts {

HangingStack::HangingStack(std::vector<double> widths, std::vector<double> heights, bool two_sided)
    : w_(std::move(widths)), h_(std::move(heights)), two_sided_(two_sided) {
  for (double w : w_) widest_ = std::max(widest_, w);
}

int HangingStack::rows() const {
  const int n = static_cast<int>(w_.size()), slots = per_row() * spines_;
  return (n + slots - 1) / slots;
}

// Row heights of one spine (the taller of a pair).
std::vector<double> HangingStack::row_heights(int k) const {
  std::vector<double> out;
  const int first = k * per_row() * rows();
  for (int r = 0; r < rows(); ++r) {
    double h = 0;
    const int from = first + per_row() * r;
    for (int m = from; m < std::min<int>(from + per_row(), static_cast<int>(h_.size())); ++m)
      h = std::max(h, h_[m]);
    if (h > 0) out.push_back(h);
  }
  return out;
}

double HangingStack::height() const {
  double h = 0;
  for (int k = 0; k < spines_; ++k) {
    double column = 0;
    for (double rh : row_heights(k)) column += rh + kRowGap;
    h = std::max(h, column - kRowGap);
  }
  return h;
}

double HangingStack::block() const {
  return two_sided_ ? side_[0] + side_[1] + 2 * kIndent : widest_ + kIndent;
}

void HangingStack::fit(double room) {
  const int n = static_cast<int>(w_.size());
  for (spines_ = 1; per_row() * spines_ < n; ++spines_)
    if (height() <= room) break;
  // Each side as wide as its own widest box: a long name on one side does not widen both.
  side_[0] = side_[1] = 0;
  for (std::size_t m = 0; m < w_.size(); ++m) {
    double& side = side_[two_sided_ ? m % 2 : 0];
    side = std::max(side, w_[m]);
  }
}

double HangingStack::spine_x(double left, int k) const {
  const double x = left + k * (block() + kColumnGap);
  return two_sided_ ? x + side_[0] + kIndent : x + kIndent / 2;
}

std::vector<HangingStack::Slot> HangingStack::slots(double left, double top, int k) const {
  std::vector<Slot> out;
  const double spine = spine_x(left, k);
  const auto heights = row_heights(k);
  const std::size_t per = static_cast<std::size_t>(per_row());
  double y = top;
  for (std::size_t r = 0; r < heights.size(); ++r) {
    for (std::size_t side = 0; side < per; ++side) {
      const std::size_t m = (static_cast<std::size_t>(k * rows()) + r) * per + side;
      if (m >= w_.size()) break;
      // One-sided: boxes to the right of the spine; two-sided: left, then right.
      const bool on_left = two_sided_ && side == 0;
      const double w = two_sided_ ? side_[side] : widest_;
      const double x = on_left ? spine - kIndent - w : spine + (two_sided_ ? kIndent : kIndent / 2);
      out.push_back({m, x, y, w, heights[r], on_left ? x + w : x});
    }
    y += heights[r] + kRowGap;
  }
  return out;
}

}  // namespace planforge::detail::charts
