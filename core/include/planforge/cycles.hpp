#pragma once
/// @file cycles.hpp  Cycles among elements that name each other by id: phases that depend
/// on each other, units that report to each other.

#include <planforge/checker.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// A cycle found by find_cycles().
struct IdCycle {
  std::size_t first = 0;           ///< the index in `items` of its first id
  std::vector<std::string> ids{};  ///< the ids along it from that one: each points at the next,
                                   ///< the last at the first

  /// The cycle for a message, back to its start: "'a' → 'b' → 'a'" (format_chain()).
  std::string chain() const {
    std::vector<std::string_view> names(ids.begin(), ids.end());
    if (!ids.empty()) names.push_back(ids.front());
    return format_chain(names);
  }
};

/// The cycles of two or more ids in the graph where `next(id)` gives the ids `id` points at
/// (a phase's depends-on, a unit's reports-to; an id that names nothing, or nothing of the
/// kind, points at nothing), searched from the `id` of each of `items` (a section's own
/// elements in document order, e.g. PlanItems; empty ids are skipped). Each cycle through at
/// least one of them comes once, starting at its id that comes first in `items`, so that it
/// reads in the order the plan was written; a cycle of one id (a self-reference) is the
/// caller's to report. The first `max_found` cycles met are kept. A depth-first search with
/// its own stack (a chain of fifty thousand phases must not exhaust the call stack) that
/// enters each id once: linear in the references.
template <class Item, class Next>
std::vector<IdCycle> find_cycles(const std::vector<Item>& items, Next next, std::size_t max_found = 32) {
  enum class Mark { on_path, done };
  struct Frame {
    std::string id;
    std::vector<std::string> next;
    std::size_t taken = 0;
  };
  std::unordered_map<std::string, std::pair<Mark, std::size_t>> marks;  // mark, place on the path
  std::vector<Frame> path;
  std::vector<std::vector<std::string>> found;
  const auto enter = [&](const std::string& id) {
    marks[id] = {Mark::on_path, path.size()};
    path.push_back({id, next(id), 0});
  };
  for (const Item& item : items) {
    if (item.id.empty() || marks.count(item.id)) continue;
    enter(item.id);
    while (!path.empty()) {
      Frame& top = path.back();
      if (top.taken == top.next.size()) {
        marks[top.id].first = Mark::done;
        path.pop_back();
        continue;
      }
      const std::string to = top.next[top.taken++];  // a copy: enter() may move the frames
      const auto mark = marks.find(to);
      if (mark == marks.end()) {
        enter(to);
      } else if (mark->second.first == Mark::on_path && mark->second.second + 1 < path.size() &&
                 found.size() < max_found) {
        std::vector<std::string>& cycle = found.emplace_back();
        for (std::size_t i = mark->second.second; i < path.size(); ++i) cycle.push_back(path[i].id);
      }
    }
  }
  std::map<std::string, std::size_t> order;  // the first place of each id in items
  for (std::size_t i = 0; i < items.size(); ++i) order.emplace(items[i].id, i);
  const auto rank = [&](const std::string& id) {
    const auto it = order.find(id);
    return it == order.end() ? items.size() : it->second;
  };
  std::vector<IdCycle> out;
  std::set<std::vector<std::string>> seen;
  for (std::vector<std::string>& cycle : found) {
    const auto first =
        std::min_element(cycle.begin(), cycle.end(), [&](const std::string& a, const std::string& b) {
          return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
        });
    std::rotate(cycle.begin(), first, cycle.end());
    if (rank(cycle.front()) == items.size() || !seen.insert(cycle).second) continue;
    out.push_back({rank(cycle.front()), std::move(cycle)});
  }
  return out;
}

PLANFORGE_END_NAMESPACE
