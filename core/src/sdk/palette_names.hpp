#pragma once
// The palette's colours by the names themes (<palette>) and plans (<brand>) write them in,
// so that both read the same list.

#include <planforge/color.hpp>

#include <array>
#include <string_view>

namespace planforge::detail {

inline constexpr std::array<std::string_view, 9> palette_color_names{
    "text", "muted", "primary", "accent", "rule", "subtle", "good", "warning", "bad"};

// The colour of `palette` that `name` names, or null for a name not in the list.
inline Color* palette_color(Palette& palette, std::string_view name) {
  Color* fields[] = {&palette.text,   &palette.muted, &palette.primary, &palette.accent, &palette.rule,
                     &palette.subtle, &palette.good,  &palette.warning, &palette.bad};
  for (std::size_t i = 0; i < palette_color_names.size(); ++i)
    if (palette_color_names[i] == name) return fields[i];
  return nullptr;
}

}  // namespace planforge::detail
