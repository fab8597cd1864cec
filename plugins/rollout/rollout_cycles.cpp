// Dependency cycles among phases: depth-first search over depends-on, following ids through
// the whole plan (a phase may depend on a phase of another rollout section).
#include "rollout_model.hpp"
#include "rollout_validate.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace rollout {

using planforge::Checker;
using planforge::Element;

namespace {

class CycleFinder {
 public:
  explicit CycleFinder(const planforge::PlanView& plan) : plan_(plan) {}

  // Cycles reachable from `start`, each as the list of ids along it.
  void search(const std::string& start) { visit(start); }
  const std::vector<std::vector<std::string>>& cycles() const { return cycles_; }

 private:
  std::vector<std::string> next(const std::string& id) const {
    Element e = plan_.find(id);
    if (!e || e.name() != "phase") return {};
    return dependency_ids(e.attr_or("depends-on", ""));
  }

  void visit(const std::string& id) {
    if (done_.count(id)) return;
    auto on_path = std::find(path_.begin(), path_.end(), id);
    if (on_path != path_.end()) {
      std::vector<std::string> cycle(on_path, path_.end());
      if (cycle.size() > 1) cycles_.push_back(std::move(cycle));  // self-loops are reported apart
      return;
    }
    path_.push_back(id);
    for (const std::string& dep : next(id)) visit(dep);
    path_.pop_back();
    done_.insert(id);
  }

  const planforge::PlanView& plan_;
  std::vector<std::string> path_;
  std::set<std::string> done_;
  std::vector<std::vector<std::string>> cycles_;
};

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
    auto first = std::min_element(cycle.begin(), cycle.end(), [&](const std::string& a, const std::string& b) {
      auto ia = order.find(a), ib = order.find(b);
      std::size_t va = ia == order.end() ? SIZE_MAX : ia->second, vb = ib == order.end() ? SIZE_MAX : ib->second;
      return va != vb ? va < vb : a < b;
    });
    std::rotate(cycle.begin(), first, cycle.end());
    if (!order.count(cycle.front()) || !reported.insert(cycle).second) continue;
    std::string path;
    for (const std::string& id : cycle) path += "'" + id + "' \u2192 ";
    path += "'" + cycle.front() + "'";
    const Phase& at = phases[order.at(cycle.front())];
    check.diagnostics().error(at.element.attr_location("depends-on"),
                              "phase dependencies form a cycle: " + path + " (each depends on the next)",
                              {"a phase starts after the phases it depends on; remove one of these dependencies"});
  }
}

}  // namespace rollout
