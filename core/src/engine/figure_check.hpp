#pragma once
// Checks a figure a plugin produced before layout sees it: a finite size that fits the text
// column, and every operation inside the canvas — text by its box (text_box(), measure.hpp:
// measured with the theme's real font, its rotation considered), a text box by the box
// itself. What is wrong is described for the plugin's author.

#include <planforge/figure.hpp>
#include <planforge/measure.hpp>

#include <optional>
#include <string>

namespace planforge::detail {

struct FigureLimits {
  double max_width = 0, max_height = 0;  // the text column
};

// std::nullopt when the figure is good; otherwise what is wrong with it, e.g.
// "rectangle at x 80–120 leaves the canvas (0–100 × 0–50)".
std::optional<std::string> check_figure(const Figure& figure, const TextMeasure& measure,
                                        const FigureLimits& limits);

}  // namespace planforge::detail
