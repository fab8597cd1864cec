// Dependency cycles among phases, following ids through the whole plan (a phase may depend
// on a phase of another rollout section): the SDK's find_cycles(), linear in the
// dependencies and without recursion.
#include "rollout_codes.hpp"
#include "rollout_model.hpp"
#include "rollout_validate.hpp"

#include <planforge/cycles.hpp>

namespace rollout {

void check_cycles(const std::vector<Phase>& phases, planforge::Checker& check) {
  const auto depends_on = [&](const std::string& id) {
    const planforge::Element e = check.plan().find(id);
    return e && e.name() == "phase" ? dependency_ids(e) : std::vector<std::string>{};
  };
  // A plan with thousands of cycles is reported by its first few; each names its phases.
  for (const planforge::IdCycle& cycle : planforge::find_cycles(phases, depends_on, 32))
    check.diagnostics().report(
        code("rollout/dependency-cycle"), phases[cycle.first].element.attr_location("depends-on"),
        "phase dependencies form a cycle: " + cycle.chain() + " (each depends on the next)",
        {"a phase starts after the phases it depends on; remove one of these dependencies"});
}

}  // namespace rollout
