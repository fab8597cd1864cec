#include "theme/units.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace planforge::detail {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Splits "12.5mm" into 12.5 and "mm". Only plain decimals: no sign, exponent, hex or "inf",
// which std::from_chars would otherwise accept.
bool split_number(std::string_view text, double& number, std::string_view& unit) {
  text = trim(text);
  std::size_t end = 0;
  bool digits = false;
  while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.')) {
    digits = digits || text[end] != '.';
    ++end;
  }
  if (!digits) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + end, number, std::chars_format::fixed);
  if (ec != std::errc() || ptr != text.data() + end || !std::isfinite(number)) return false;
  unit = trim(text.substr(end));
  return true;
}

struct Unit {
  const char* name;
  double points;
};
constexpr std::array<Unit, 4> units{{{"pt", 1.0}, {"mm", 72.0 / 25.4}, {"cm", 72.0 / 2.54}, {"in", 72.0}}};

}  // namespace

ParsedValue parse_length(std::string_view text) {
  double number = 0;
  std::string_view unit;
  if (!split_number(text, number, unit))
    return {std::nullopt, "is not a length (write e.g. 20mm, 0.75in or 54pt)"};
  if (unit.empty()) {
    if (number == 0) return {0.0, {}};
    return {std::nullopt, "needs a unit: mm, cm, pt or in"};
  }
  for (const auto& u : units)
    if (iequals(unit, u.name)) return {number * u.points, {}};
  return {std::nullopt, "has unknown unit '" + std::string(unit) + "' (use mm, cm, pt or in)"};
}

ParsedValue parse_font_size(std::string_view text) {
  double number = 0;
  std::string_view unit;
  if (!split_number(text, number, unit)) return {std::nullopt, "is not a font size (write e.g. 10pt)"};
  if (!unit.empty() && !iequals(unit, "pt")) return {std::nullopt, "is not in points (write e.g. 10pt)"};
  if (number <= 0) return {std::nullopt, "must be greater than zero"};
  return {number, {}};
}

ParsedValue parse_factor(std::string_view text) {
  double number = 0;
  std::string_view unit;
  if (!split_number(text, number, unit) || !unit.empty())
    return {std::nullopt, "is not a plain number (write e.g. 1.4)"};
  if (number <= 0) return {std::nullopt, "must be greater than zero"};
  return {number, {}};
}

ParsedValue parse_percentage(std::string_view text) {
  double number = 0;
  std::string_view unit;
  if (!split_number(text, number, unit) || unit != "%")
    return {std::nullopt, "is not a percentage (write e.g. 30%)"};
  if (number > 100) return {std::nullopt, "is more than 100%"};
  return {number / 100, {}};
}

namespace {

struct Paper {
  const char* name;
  double width, height;
};
constexpr double mm = 72.0 / 25.4;
constexpr std::array<Paper, 5> papers{{{"A3", 297 * mm, 420 * mm},
                                       {"A4", 210 * mm, 297 * mm},
                                       {"A5", 148 * mm, 210 * mm},
                                       {"Letter", 612, 792},
                                       {"Legal", 612, 1008}}};

}  // namespace

std::optional<std::pair<double, double>> paper_size(std::string_view name) {
  for (const auto& p : papers)
    if (iequals(trim(name), p.name)) return std::pair{p.width, p.height};
  return std::nullopt;
}

std::string describe_page(double width, double height) {
  const auto near = [](double a, double b) { return std::abs(a - b) < 0.5; };
  for (const auto& p : papers) {
    if (near(width, p.width) && near(height, p.height)) return p.name;
    if (near(width, p.height) && near(height, p.width)) return std::string(p.name) + " landscape";
  }
  const auto in_mm = [](double points) { return std::to_string(static_cast<int>(std::lround(points / mm))); };
  return in_mm(width) + " × " + in_mm(height) + " mm";
}

}  // namespace planforge::detail
