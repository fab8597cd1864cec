#pragma once
// Rounded ("nice") axis ticks and the number format used on them.

#include <planforge/format.hpp>

#include <string>
#include <vector>

namespace planforge::detail::charts {

struct ValueAxis {
  double lo = 0, hi = 1;  // the axis range (tick-aligned unless fixed by the caller)
  double step = 1;
  int decimals = 0;           // digits after the point every tick label needs
  std::vector<double> ticks;  // from lo to hi

  // Position of `v` on an axis from `from` to `to` (canvas units).
  double map(double v, double from, double to) const {
    return hi > lo ? from + (v - lo) / (hi - lo) * (to - from) : from;
  }
};

// At most about `max_ticks` intervals with a step of 1, 2, 2.5 or 5 × 10^k. The range is
// widened to whole steps unless `fixed` keeps it as given (ticks then stay inside it).
ValueAxis nice_axis(double lo, double hi, int max_ticks, bool fixed = false);

// `v` with `decimals` digits after the decimal separator in the plan's language
// (Locale::number: grouped from 1,000 up, a real minus sign, never "−0").
std::string format_number(double v, int decimals, const Locale& locale);

// The fewest decimals (up to 3) that show `v` exactly enough for a label.
int decimals_for(double v);

}  // namespace planforge::detail::charts
