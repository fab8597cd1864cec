#include "mission_model.hpp"

#include <array>

namespace mission {

using planforge::Date;
using planforge::Element;

namespace {

// Trims ASCII spaces so "2027 – 2029" reads like "2027–2029".
std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::optional<Horizon> make_range(std::string_view a, std::string_view b) {
  auto start = Date::parse(trim(a));
  auto end = Date::parse(trim(b));
  if (!start || !end) return std::nullopt;
  if (end->last_day().days() < start->first_day().days()) return std::nullopt;
  return Horizon{*start, *end};
}

}  // namespace

std::string display_date(const Date& date, bool keep_together, const planforge::Locale* locale) {
  // "Q4 2028" and "30 Jun 2028" must not break inside a narrow table column.
  std::string text = locale ? locale->date(date, planforge::TextLength::medium) : date.display();
  if (!keep_together) return text;
  std::string out;
  for (char c : text) out += c == ' ' ? std::string("\u00a0") : std::string(1, c);
  return out;
}

std::string Horizon::display(bool keep_together, const planforge::Locale* locale) const {
  if (!end) return display_date(start, keep_together, locale);
  // Two plain years read best closed up ("2027–2029"); anything longer needs the spaces,
  // which are also where a narrow column may break the range.
  bool years = start.quarter == 0 && start.month == 0 && end->quarter == 0 && end->month == 0;
  return display_date(start, keep_together, locale) + (years ? "\u2013" : " \u2013 ") +
         display_date(*end, keep_together, locale);
}

std::optional<Horizon> parse_horizon(std::string_view text) {
  text = trim(text);
  if (auto single = Date::parse(text)) return Horizon{*single, std::nullopt};

  // Unambiguous separators first.
  constexpr std::array<std::string_view, 3> separators{"\u2013", "--", " to "};
  for (std::string_view sep : separators) {
    auto at = text.find(sep);
    if (at != std::string_view::npos) return make_range(text.substr(0, at), text.substr(at + sep.size()));
  }
  // A hyphen is also a date's own separator: take the split where both sides are dates.
  for (std::size_t at = text.find('-'); at != std::string_view::npos; at = text.find('-', at + 1))
    if (auto range = make_range(text.substr(0, at), text.substr(at + 1))) return range;
  return std::nullopt;
}

std::string goal_label(Element goal, std::size_t index) {
  if (auto label = goal.attr("label"); label && !label->empty()) return *label;
  return "G" + std::to_string(index + 1);
}

std::string objective_label(Element objective, Element goal, std::size_t goal_index,
                            std::size_t objective_index) {
  if (auto label = objective.attr("label"); label && !label->empty()) return *label;
  std::string prefix = goal.attr_or("label", "");
  if (prefix.empty()) prefix = std::to_string(goal_index + 1);
  return prefix + "." + std::to_string(objective_index + 1);
}

}  // namespace mission
