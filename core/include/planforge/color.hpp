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
  /// The same as tint(): this colour mixed with white by `amount` (0–1).
  Color lighten(double amount) const { return tint(amount); }
  /// This colour mixed with black: amount 0 leaves it, 1 gives black. Used for shades
  /// (a border a step darker than its fill).
  PLANFORGE_API Color darken(double amount) const;
  /// WCAG 2 relative luminance: 0 for black, 1 for white, from the linearised sRGB channels.
  PLANFORGE_API double luminance() const;
  friend bool operator==(const Color&, const Color&) = default;
};

/// The least contrast text must have on its background: WCAG 2's 4.5 : 1 for normal text
/// (level AA), which every label planforge sets on a fill keeps.
inline constexpr double kMinTextContrast = 4.5;

/// WCAG 2 contrast ratio of two colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter:
/// 1 for equal colours, 21 for black on white. Symmetric.
PLANFORGE_API double contrast_ratio(Color a, Color b);

/// The colour to set text in on `fill`: `preferred` (normally the palette's text or muted
/// colour) when it has a contrast of at least kMinTextContrast there, else white when white
/// has, else `preferred` darkened just enough (at worst black, which then always has).
/// So the result always reads on `fill` at 4.5 : 1 or better.
PLANFORGE_API Color readable_text_on(Color fill, Color preferred);

/// The theme's named colours. Plugins take colours from here, never hard-code them, so a
/// consultant's brand colours reach every table and chart.
struct Palette {
  Color text{0x22, 0x22, 0x22};     ///< body text
  Color muted{0x6b, 0x72, 0x80};    ///< secondary text, axis labels
  Color primary{0x1f, 0x3a, 0x5f};  ///< headings, table headers, the brand colour
  Color accent{0xc8, 0x6b, 0x17};   ///< highlights, milestones
  Color rule{0xd1, 0xd5, 0xdb};     ///< hairlines, grid lines
  Color subtle{0xf3, 0xf5, 0xf8};   ///< light fills: stripes, panels
  Color good{0x2e, 0x7d, 0x32};     ///< on track
  Color warning{0xe0, 0x9b, 0x00};  ///< at risk
  Color bad{0xc6, 0x28, 0x28};      ///< off track, weak points
  std::vector<Color> series;        ///< data series colours, in order

  /// Series colour i, cycling when there are more series than colours.
  PLANFORGE_API Color series_color(std::size_t i) const;
  /// Text colour on `fill`: the palette's text colour where it reads (contrast ≥ 4.5 : 1),
  /// else white, else the text colour darkened until it reads (see readable_text_on()).
  Color text_on(Color fill) const { return readable_text_on(fill, text); }
  /// Secondary text (owners, notes) on `fill`: the muted colour where it reads, else as
  /// text_on() does for it.
  Color muted_on(Color fill) const { return readable_text_on(fill, muted); }
};

PLANFORGE_END_NAMESPACE
