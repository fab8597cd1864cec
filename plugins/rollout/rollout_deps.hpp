#pragma once
// A phase's dependencies as written in `depends-on`: space-separated items, each an id with an
// optional kind and lag, `ph-a`, `ph-a:ss`, `ph-a:ss+2w`, `ph-a:ff-10d`, `ph-a:fs+1m`
// (docs/sections/rollout.md). The kind says which ends are tied; the lag moves the bound.

#include <planforge/charts.hpp>
#include <planforge/plugin.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rollout {

struct Lag {
  int amount = 0;   ///< signed: "+2" or "-10"
  char unit = 'd';  ///< d (calendar days), w (weeks) or m (months)
  bool zero() const { return amount == 0; }
};

struct Dependency {
  std::string id;
  planforge::DependencyKind kind = planforge::DependencyKind::finish_to_start;
  Lag lag;
  std::string text;  ///< the item as written
};

/// One item of `depends-on`; std::nullopt with `problem` set when its kind or lag is not
/// one this format knows.
std::optional<Dependency> parse_dependency(std::string_view item, std::string& problem);

/// The valid items of a phase's `depends-on`, in order (bad ones are reported by validation).
std::vector<Dependency> parse_dependencies(planforge::Element phase);

/// The ids a phase's `depends-on` names, kinds and lags left off: the edges the cycle check
/// follows.
std::vector<std::string> dependency_ids(planforge::Element phase);

/// The earliest day (days since 1970-01-01) the dependent end may fall on: its start for
/// finish-to-start and start-to-start, its end for finish-to-finish.
long earliest_day(const Dependency& d, const planforge::Date& pred_start, const planforge::Date& pred_end);

/// "2 weeks after", "10 days before", "" for no lag: English, for diagnostics (the phase
/// table words a dependency in the plan's language, rollout_tables.cpp).
std::string lag_phrase(const Lag& lag);

}  // namespace rollout
