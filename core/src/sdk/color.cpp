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
  auto mix = [&](std::uint8_t c) {
    return static_cast<std::uint8_t>(std::lround(c + (255 - c) * amount));
  };
  return {mix(r), mix(g), mix(b)};
}

Color Palette::series_color(std::size_t i) const {
  if (series.empty()) return primary;
  return series[i % series.size()];
}

PLANFORGE_END_NAMESPACE
