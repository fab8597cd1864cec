#include "charts/legend.hpp"

#include <algorithm>

namespace planforge::detail::charts {

namespace {
constexpr double kSwatchGap = 4;   // swatch to its label
constexpr double kEntryGap = 14;   // between entries
constexpr double kRowPitch = 1.6;  // rows, in em

double swatch_width(LegendShape shape, double size) {
  return shape == LegendShape::line || shape == LegendShape::dashed_line ? size * 1.8 : size * 1.1;
}

struct Placed {
  std::size_t entry;
  double x;
  int row;
  std::string label;
};

std::vector<Placed> flow(const SectionBuilder& b, const std::vector<LegendEntry>& entries, double width,
                         double size) {
  std::vector<Placed> out;
  double x = 0;
  int row = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    double sw = swatch_width(entries[i].shape, size);
    std::string label = ellipsize(b.measure(), entries[i].label, width - sw - kSwatchGap, size);
    double w = sw + kSwatchGap + b.text_width(label, size, FontStyle::regular);
    if (x > 0 && x + w > width) {
      ++row;
      x = 0;
    }
    out.push_back({i, x, row, std::move(label)});
    x += w + kEntryGap;
  }
  return out;
}
}  // namespace

double legend_height(const SectionBuilder& b, const std::vector<LegendEntry>& entries, double width,
                     double size) {
  if (entries.empty()) return 0;
  auto placed = flow(b, entries, width, size);
  return (placed.back().row + 1) * size * kRowPitch;
}

void draw_swatch(Canvas& c, LegendShape shape, Color color, double x, double y, double w, double h) {
  double cy = y + h / 2;
  switch (shape) {
    case LegendShape::box: c.rect(x, y, w, h, color, std::nullopt, 0.5, 1); break;
    case LegendShape::outlined_box: c.rect(x, y, w, h, color.tint(0.85), color, 0.75); break;
    case LegendShape::dashed_box:
      c.rect(x, y, w, h, Color{255, 255, 255}, std::nullopt);
      c.dashed_rect(x, y, w, h, color, 0.75);
      break;
    case LegendShape::double_box:
      c.rect(x, y, w, h, color.tint(0.9), color, 0.5);
      c.rect(x + 1.5, y + 1.5, w - 3, h - 3, std::nullopt, color, 0.5);
      break;
    case LegendShape::line: c.line({x, cy}, {x + w, cy}, color, 1.5); break;
    case LegendShape::dashed_line: c.line({x, cy}, {x + w, cy}, color, 1, true); break;
    case LegendShape::diamond: c.diamond({x + w / 2, cy}, std::min(w, h) / 2, color, std::nullopt); break;
    case LegendShape::dot: c.circle({x + w / 2, cy}, std::min(w, h) / 2.4, color, std::nullopt); break;
  }
}

double draw_legend(Canvas& c, const std::vector<LegendEntry>& entries, double x, double y, double width,
                   double size) {
  if (entries.empty()) return 0;
  auto placed = flow(c.builder(), entries, width, size);
  double pitch = size * kRowPitch;
  for (const auto& p : placed) {
    const LegendEntry& e = entries[p.entry];
    double row_top = y + p.row * pitch;
    double baseline = row_top + pitch / 2 + size * 0.33;
    double sw = swatch_width(e.shape, size);
    double sh = size * 0.85;
    draw_swatch(c, e.shape, e.color, x + p.x, baseline - size * 0.33 - sh / 2, sw, sh);
    c.text({x + p.x + sw + kSwatchGap, baseline}, p.label, size, c.palette().text);
  }
  return (placed.back().row + 1) * pitch;
}

}  // namespace planforge::detail::charts
