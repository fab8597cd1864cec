#include "layout/watermark.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace planforge::detail {

PlacedWatermark watermark_for(LayoutContext& ctx) {
  const FontFace& face = ctx.fonts.face(FontStyle::bold);
  if (!ctx.watermark_letters)
    ctx.watermark_letters =
        std::make_shared<const TextOutline>(outline_text(face, face.drawable(ctx.input.watermark)));
  const TextOutline& letters = *ctx.watermark_letters;

  // Sized to run along about 60 % of the page's diagonal, within sensible bounds; its centre
  // (half its width along the baseline, half its cap height above it) on the page's centre,
  // rising at 45 degrees.
  const double width = ctx.page.width, height = ctx.page.height;
  const double em_width = std::max(letters.advance / 1000.0, 0.1);
  const double size = std::clamp(0.6 * std::hypot(width, height) / em_width, 12.0, 160.0);
  const double k = size / 1000.0;
  const double cx = letters.advance / 2.0, cy = -face.cap_height() / 2.0;
  const double c = std::cos(std::numbers::pi / 4), s = std::sin(std::numbers::pi / 4);
  const auto place = [&](std::pair<double, double> p) {
    const double x = (p.first - cx) * k, y = (p.second - cy) * k;
    return std::pair<double, double>{width / 2 + x * c + y * s, height / 2 - x * s + y * c};
  };

  PlacedWatermark out;
  out.text = ctx.input.watermark;
  out.color = ctx.palette().primary.tint(0.9);
  out.outline.reserve(letters.steps.size());
  for (OutlineStep step : letters.steps) {
    for (auto& point : step.p) point = place(point);
    out.outline.push_back(step);
  }
  return out;
}

}  // namespace planforge::detail
