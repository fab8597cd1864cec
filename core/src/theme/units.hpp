#pragma once
// Lengths and sizes as a theme writes them: "25mm", "2.5cm", "72pt", "1in", "10.5pt".

#include <optional>
#include <string>
#include <string_view>

namespace planforge::detail {

// A parsed value in points, or the reason it is not one (a sentence fragment for a
// diagnostic, e.g. "needs a unit: mm, cm, pt or in").
struct ParsedValue {
  std::optional<double> points;
  std::string problem;
};

// A length with a unit (mm, cm, pt, in); a bare "0" is allowed. Negative values are refused.
ParsedValue parse_length(std::string_view text);

// A font size in points: "10pt" or plain "10"; must be > 0.
ParsedValue parse_font_size(std::string_view text);

// A plain decimal factor such as a line height ("1.4"); must be > 0.
ParsedValue parse_factor(std::string_view text);

// A percentage from 0% to 100% ("30%"), as a fraction (0.3).
ParsedValue parse_percentage(std::string_view text);

// Named paper sizes (A3, A4, A5, Letter, Legal; case-insensitive) in points, portrait.
std::optional<std::pair<double, double>> paper_size(std::string_view name);

// A page size as a reader names it: "A4", "Letter landscape", or "200 × 250 mm".
std::string describe_page(double width, double height);

}  // namespace planforge::detail
