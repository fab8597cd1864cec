// Dependency cycles among phases: a depth-first search over depends-on, following ids
// through the whole plan (a phase may depend on a phase of another rollout section). The
// search keeps its own stack: a chain of fifty thousand phases must not exhaust the call
// stack, and each phase is entered once, so the check is linear in the dependencies.
#include "rollout_codes.hpp"
#include "rollout_model.hpp"
#include "rollout_validate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace rollout {

using planforge::Checker;
using planforge::Element;

namespace {

// A plan with thousands of cycles is reported by its first few; each names its phases.
constexpr std::size_t max_cycles = 32;

class CycleFinder {
 public:
  explicit CycleFinder(const planforge::PlanView& plan) : plan_(plan) {}

  // Cycles reachable from `start`, each as the list of ids along it.
  void search(const std::string& start);
  const std::vector<std::vector<std::string>>& cycles() const { return cycles_; }

 private:
  enum class Mark { on_path, done };
  struct Frame {
    std::string id;
    std::vector<std::string> next;  // the phases it depends on
    std::size_t taken = 0;
  };

  std::vector<std::string> dependencies(const std::string& id) const {
    Element e = plan_.find(id);
    if (!e || e.name() != "phase") return {};
    return dependency_ids(e);
  }

  void enter(const std::string& id) {
    marks_[id] = {Mark::on_path, path_.size()};
    path_.push_back({id, dependencies(id)});
  }

  const planforge::PlanView& plan_;
  std::vector<Frame> path_;
  std::unordered_map<std::string, std::pair<Mark, std::size_t>> marks_;  // mark, place on path_
  std::vector<std::vector<std::string>> cycles_;
};

void CycleFinder::search(const std::string& start) {
  if (marks_.count(start)) return;
  enter(start);
  while (!path_.empty()) {
    Frame& top = path_.back();
    if (top.taken == top.next.size()) {
      marks_[top.id].first = Mark::done;
      path_.pop_back();
      continue;
    }
    const std::string dep = top.next[top.taken++];  // a copy: enter() may move the frames
    const auto mark = marks_.find(dep);
    if (mark == marks_.end()) {
      enter(dep);
    } else if (mark->second.first == Mark::on_path) {
      const std::size_t from = mark->second.second;
      // Self-loops are reported apart; a cycle of two or more goes in the list.
      if (from + 1 < path_.size() && cycles_.size() < max_cycles) {
        std::vector<std::string> cycle;
        for (std::size_t i = from; i < path_.size(); ++i) cycle.push_back(path_[i].id);
        cycles_.push_back(std::move(cycle));
      }
    }
  }
}

}  // namespace

void check_cycles(const std::vector<Phase>& phases, Checker& check) {
  std::map<std::string, std::size_t> order;  // document order within this section
  for (std::size_t i = 0; i < phases.size(); ++i) order.emplace(phases[i].id, i);
  CycleFinder finder(check.plan());
  for (const Phase& p : phases)
    if (!p.id.empty()) finder.search(p.id);
  std::set<std::vector<std::string>> reported;
  for (std::vector<std::string> cycle : finder.cycles()) {
    // Start the path at the cycle's first phase in this section, so that it reads in the
    // order the user wrote the phases and each cycle is named once.
    auto first =
        std::min_element(cycle.begin(), cycle.end(), [&](const std::string& a, const std::string& b) {
          auto ia = order.find(a), ib = order.find(b);
          std::size_t va = ia == order.end() ? SIZE_MAX : ia->second,
                      vb = ib == order.end() ? SIZE_MAX : ib->second;
          return va != vb ? va < vb : a < b;
        });
    std::rotate(cycle.begin(), first, cycle.end());
    if (!order.count(cycle.front()) || !reported.insert(cycle).second) continue;
    std::vector<std::string_view> names(cycle.begin(), cycle.end());
    names.push_back(cycle.front());
    const Phase& at = phases[order.at(cycle.front())];
    check.diagnostics().report(
        code("rollout/dependency-cycle"), at.element.attr_location("depends-on"),
        "phase dependencies form a cycle: " + planforge::format_chain(names) + " (each depends on the next)",
        {"a phase starts after the phases it depends on; remove one of these dependencies"});
  }
}

}  // namespace rollout
