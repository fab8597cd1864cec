#pragma once
// Keeps every drawing operation of a figure on its canvas, by construction: whatever a chart's
// layout computes, a figure never leaves [0, width] × [0, max height] (the core rejects one
// that does, and with it the whole render). Text is moved whole, shapes are clipped or
// clamped. A correction means the layout was wrong somewhere; charts are tested to need none,
// and the count tells a test (or a log) that one was needed.

#include "charts/text_fit.hpp"

#include <planforge/figure.hpp>
#include <planforge/measure.hpp>

#include <cstddef>

namespace planforge::detail::charts {

class CanvasBounds {
 public:
  // Text is measured with `measure`, which outlives the bounds.
  CanvasBounds(const TextMeasure& measure, double width, double max_height)
      : measure_(measure), width_(width), max_height_(max_height) {}

  // Each returns false when nothing of the operation is left to draw.
  bool fit(FigRect& r);
  bool fit(FigLine& l);
  bool fit(FigPath& p);
  bool fit(FigCircle& c);
  // By its box (text_box(), measure.hpp), moved whole.
  bool fit(FigText& t);

  // The lowest point drawn so far: a figure is at least this tall.
  double bottom() const { return bottom_; }
  double max_height() const { return max_height_; }
  std::size_t corrections() const { return corrections_; }

 private:
  // Clamps a coordinate into [lo, hi], counting a correction beyond rounding.
  double clamp(double v, double lo, double hi);
  void reach(double y) { bottom_ = std::max(bottom_, y); }

  const TextMeasure& measure_;
  double width_, max_height_;
  double bottom_ = 0;
  std::size_t corrections_ = 0;
};

// Corrections made by all canvases of this process so far: the chart tests read it to prove
// that a layout needed none.
std::size_t corrections_so_far();
// Adds a finished canvas's corrections to that count (and logs them for an operator).
void record_corrections(std::size_t count);

}  // namespace planforge::detail::charts
