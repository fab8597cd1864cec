#include "engine/brand.hpp"

#include "sdk/palette_names.hpp"
#include "theme/font_family.hpp"

namespace planforge::detail {

void apply_brand(Theme& theme, const Brand& brand, Diagnostics& diags) {
  Palette& palette = theme.palette;
  for (const auto& [name, colour] : brand.colors)
    if (Color* field = palette_color(palette, name)) *field = colour;
  if (!brand.series.empty()) {
    palette.series = brand.series;
  } else {
    for (const auto& [name, colour] : brand.colors) {
      const std::size_t slot = name == "primary" ? 0 : name == "accent" ? 1 : palette.series.size();
      if (slot < palette.series.size()) palette.series[slot] = colour;
    }
  }
  if (!brand.font.empty()) use_font_family(brand.font, brand.font_location, theme.fonts, diags);
  if (!brand.heading_font.empty())
    use_heading_family(brand.heading_font, brand.heading_font_location, theme.heading_font, diags);
  if (!brand.logo.empty() || brand.drop_logo) theme.logo = brand.logo;
}

}  // namespace planforge::detail
