#include "charts/ticks.hpp"

#include <cmath>

namespace planforge::detail::charts {

ValueAxis nice_axis(double lo, double hi, int max_ticks, bool fixed) {
  ValueAxis a;
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  if (hi < lo) std::swap(lo, hi);
  if (hi - lo < 1e-12) {
    // A single value: give it some room so that the bar or point is visible.
    double pad = std::abs(hi) > 0 ? std::abs(hi) * 0.5 : 1;
    if (lo >= 0 && lo - pad < 0)
      lo = 0, hi = hi + pad;
    else
      lo -= pad, hi += pad;
  }
  max_ticks = max_ticks < 1 ? 1 : max_ticks;
  double raw = (hi - lo) / max_ticks;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  static constexpr double kSteps[] = {1, 2, 2.5, 5, 10};
  double step = 10 * mag;
  for (double m : kSteps) {
    if (m * mag >= raw - 1e-12 * mag) {
      step = m * mag;
      break;
    }
  }
  a.step = step;
  int digits = static_cast<int>(-std::floor(std::log10(step) + 1e-9));
  if (std::abs(step / std::pow(10.0, std::floor(std::log10(step) + 1e-9)) - 2.5) < 1e-9) ++digits;
  a.decimals = digits > 0 ? digits : 0;
  if (fixed) {
    a.lo = lo;
    a.hi = hi;
  } else {
    a.lo = std::floor(lo / step + 1e-9) * step;
    a.hi = std::ceil(hi / step - 1e-9) * step;
  }
  for (double t = std::ceil(a.lo / step - 1e-9) * step; t <= a.hi + step * 1e-9; t += step)
    a.ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
  return a;
}

std::string format_number(double v, int decimals, const Locale& locale) { return locale.number(v, decimals); }

int decimals_for(double v) {
  for (int d = 0; d < 3; ++d) {
    double scaled = v * std::pow(10.0, d);
    if (std::abs(scaled - std::round(scaled)) < 1e-6) return d;
  }
  return 3;
}

}  // namespace planforge::detail::charts
