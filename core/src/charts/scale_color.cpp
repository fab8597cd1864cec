#include <planforge/charts.hpp>

#include <algorithm>
#include <cmath>

PLANFORGE_BEGIN_NAMESPACE

Color scale_color(double value, double lo, double hi, Color strong) {
  // The light end is the same 90 % tint the palette's subtle fills use, so a heatmap's
  // empty end still reads as "a little" rather than as a missing value.
  constexpr double kLightest = 0.9;
  if (!(hi > lo) || !std::isfinite(value)) return strong;
  double t = std::clamp((value - lo) / (hi - lo), 0.0, 1.0);
  return strong.tint(kLightest * (1 - t));
}

PLANFORGE_END_NAMESPACE
