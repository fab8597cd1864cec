#include <planforge/color.hpp>

#include <algorithm>
#include <cmath>

PLANFORGE_BEGIN_NAMESPACE

namespace {
int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

std::optional<Color> Color::parse(std::string_view hex) {
  if (!hex.empty() && hex.front() == '#') hex.remove_prefix(1);
  if (hex.size() != 6) return std::nullopt;
  std::uint8_t parts[3];
  for (int i = 0; i < 3; ++i) {
    int hi = hex_digit(hex[2 * i]), lo = hex_digit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    parts[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return Color{parts[0], parts[1], parts[2]};
}

Color Color::tint(double amount) const {
  amount = std::clamp(amount, 0.0, 1.0);
  auto mix = [&](std::uint8_t c) { return static_cast<std::uint8_t>(std::lround(c + (255 - c) * amount)); };
  return {mix(r), mix(g), mix(b)};
}

Color Color::darken(double amount) const {
  amount = std::clamp(amount, 0.0, 1.0);
  auto mix = [&](std::uint8_t c) { return static_cast<std::uint8_t>(std::lround(c * (1 - amount))); };
  return {mix(r), mix(g), mix(b)};
}

double Color::luminance() const {
  // WCAG 2: each sRGB channel linearised, then weighted by the eye's sensitivity.
  auto lin = [](std::uint8_t c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

double contrast_ratio(Color a, Color b) {
  const double la = a.luminance(), lb = b.luminance();
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Color readable_text_on(Color fill, Color preferred) {
  if (contrast_ratio(preferred, fill) >= kMinTextContrast) return preferred;
  const Color white{255, 255, 255};
  if (contrast_ratio(white, fill) >= kMinTextContrast) return white;
  // White fails only on a fill of luminance above 0.18, where black reaches 4.67 : 1: the
  // least darkening of `preferred` that reads keeps the theme's hue as far as it can.
  for (int step = 1; step < 20; ++step) {
    const Color c = preferred.darken(step / 20.0);
    if (contrast_ratio(c, fill) >= kMinTextContrast) return c;
  }
  return Color{0, 0, 0};
}

Color Palette::series_color(std::size_t i) const {
  if (series.empty()) return primary;
  return series[i % series.size()];
}

PLANFORGE_END_NAMESPACE
