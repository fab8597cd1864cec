#include "rollout_deps.hpp"

#include "rollout_model.hpp"

#include <algorithm>
#include <charconv>

namespace rollout {

using planforge::Date;
using planforge::DependencyKind;

namespace {
// A lag beyond this many units is a typo, not a plan (and could overflow date arithmetic).
constexpr int kMaxLag = 9999;

long plus_months(long day, int months) {
  const Date d = Date::from_days(day);
  const long index = static_cast<long>(d.year) * 12 + static_cast<long>(d.month) - 1 + months;
  const long year = index >= 0 ? index / 12 : (index - 11) / 12;
  const unsigned month = static_cast<unsigned>(index - year * 12 + 1);
  // 31 January plus a month is the last day of February.
  const Date last = Date{static_cast<int>(year), 0, month, 0}.last_day();
  return Date{static_cast<int>(year), 0, month, std::min(d.day, last.day)}.days();
}
}  // namespace

std::optional<Dependency> parse_dependency(std::string_view item, std::string& problem) {
  Dependency d;
  d.text = std::string(item);
  const auto colon = item.find(':');
  d.id = std::string(item.substr(0, colon));
  if (colon == std::string_view::npos) return d;
  std::string_view rest = item.substr(colon + 1);
  const std::string_view kind = rest.substr(0, std::min(rest.find_first_of("+-"), rest.size()));
  const auto known = planforge::keyword<DependencyKind>(kind, {{"fs", DependencyKind::finish_to_start},
                                                               {"ss", DependencyKind::start_to_start},
                                                               {"ff", DependencyKind::finish_to_finish}});
  if (!known) {
    problem = "unknown dependency kind '" + std::string(kind) + "'";
    return std::nullopt;
  }
  d.kind = *known;
  rest.remove_prefix(kind.size());
  if (rest.empty()) return d;
  // A sign, a whole number, a unit.
  const bool ok = rest.size() >= 3 && (rest.front() == '+' || rest.front() == '-');
  int amount = 0;
  const char* first = rest.data() + 1;
  const char* last = rest.data() + rest.size() - 1;
  auto [end, ec] =
      ok ? std::from_chars(first, last, amount) : std::from_chars_result{first, std::errc::invalid_argument};
  const char unit = rest.back();
  if (!ok || ec != std::errc{} || end != last || (unit != 'd' && unit != 'w' && unit != 'm') ||
      amount > kMaxLag) {
    problem = "invalid lag '" + std::string(rest) + "'";
    return std::nullopt;
  }
  d.lag = {rest.front() == '-' ? -amount : amount, unit};
  return d;
}

std::vector<Dependency> parse_dependencies(planforge::Element phase) {
  std::vector<Dependency> out;
  std::string problem;
  for (const auto& item : phase.list("depends-on"))
    if (auto d = parse_dependency(item, problem)) out.push_back(std::move(*d));
  return out;
}

std::vector<std::string> dependency_ids(planforge::Element phase) {
  std::vector<std::string> out;
  for (const auto& item : phase.list("depends-on")) out.push_back(item.substr(0, item.find(':')));
  return out;
}

long earliest_day(const Dependency& d, const Date& pred_start, const Date& pred_end) {
  // Finish to start: the day after the predecessor's last day; start to start: its first day;
  // finish to finish: its last day. The lag then moves that bound.
  long bound = d.kind == DependencyKind::start_to_start     ? pred_start.first_day().days()
               : d.kind == DependencyKind::finish_to_finish ? pred_end.last_day().days()
                                                            : pred_end.last_day().days() + 1;
  switch (d.lag.unit) {
    case 'w': return bound + 7L * d.lag.amount;
    case 'm': return plus_months(bound, d.lag.amount);
    default: return bound + d.lag.amount;
  }
}

std::string lag_phrase(const Lag& lag) {
  if (lag.zero()) return {};
  const int n = std::abs(lag.amount);
  const char* unit = lag.unit == 'w'   ? (n == 1 ? " week" : " weeks")
                     : lag.unit == 'm' ? (n == 1 ? " month" : " months")
                                       : (n == 1 ? " day" : " days");
  return std::to_string(n) + unit + (lag.amount > 0 ? " after" : " before");
}

}  // namespace rollout
