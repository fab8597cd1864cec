#pragma once
// The geometry of a stack of leaf boxes hanging beside a spine in a tree chart: one column to
// the right of the spine, or two (left and right) so that the spine runs down the middle;
// more spines side by side when one would be too tall.

#include <cstddef>
#include <vector>

namespace planforge::detail::charts {

class HangingStack {
 public:
  HangingStack() = default;
  // The members' box sizes, in order.
  HangingStack(std::vector<double> widths, std::vector<double> heights, bool two_sided);

  // Chooses as few spines as keep the stack within `room` and sizes its columns.
  void fit(double room);

  bool two_sided() const { return two_sided_; }
  int spines() const { return spines_; }
  double width() const { return spines_ * block() + (spines_ - 1) * kColumnGap; }
  double height() const;
  // The spine of stack `k` for a stack whose left edge is at `left`.
  double spine_x(double left, int k) const;

  // Where each member of spine `k` goes, top at `top`: its box, and the y of the connector
  // from the spine to it.
  struct Slot {
    std::size_t member;
    double x, y, w, h;
    double connector_end;  // the x where the connector from the spine meets the box
  };
  std::vector<Slot> slots(double left, double top, int k) const;

  static constexpr double kIndent = 8;      // spine to a hanging box
  static constexpr double kRowGap = 6;      // between rows of hanging boxes
  static constexpr double kColumnGap = 12;  // between two spines of one stack

 private:
  int per_row() const { return two_sided_ ? 2 : 1; }
  int rows() const;
  std::vector<double> row_heights(int k) const;
  double block() const;

  std::vector<double> w_, h_;
  bool two_sided_ = false;
  int spines_ = 1;
  double widest_ = 0;        // one-sided: the widest member
  double side_[2] = {0, 0};  // two-sided: the widest on the left and on the right
};

}  // namespace planforge::detail::charts
