#pragma once
/// @file color.hpp  Colours, and the theme palette every plugin and chart draws with.

#include <planforge/export.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// An sRGB colour.
struct Color {
  std::uint8_t r = 0, g = 0, b = 0;

  /// Parses "#RRGGBB" (or "RRGGBB"); std::nullopt for anything else.
  PLANFORGE_API static std::optional<Color> parse(std::string_view hex);
  /// This colour mixed with white: amount 0 leaves it, 1 gives white. Used for tints.
  PLANFORGE_API Color tint(double amount) const;
  friend bool operator==(const Color&, const Color&) = default;
};

/// The theme's named colours. Plugins take colours from here, never hard-code them, so a
/// consultant's brand colours reach every table and chart.
struct Palette {
  Color text{0x22, 0x22, 0x22};        ///< body text
  Color muted{0x6b, 0x72, 0x80};       ///< secondary text, axis labels
  Color primary{0x1f, 0x3a, 0x5f};     ///< headings, table headers, the brand colour
  Color accent{0xc8, 0x6b, 0x17};      ///< highlights, milestones
  Color rule{0xd1, 0xd5, 0xdb};        ///< hairlines, grid lines
  Color subtle{0xf3, 0xf5, 0xf8};      ///< light fills: stripes, panels
  Color good{0x2e, 0x7d, 0x32};        ///< on track
  Color warning{0xe0, 0x9b, 0x00};     ///< at risk
  Color bad{0xc6, 0x28, 0x28};         ///< off track, weak points
  std::vector<Color> series;           ///< data series colours, in order

  /// Series colour i, cycling when there are more series than colours.
  PLANFORGE_API Color series_color(std::size_t i) const;
};

PLANFORGE_END_NAMESPACE
