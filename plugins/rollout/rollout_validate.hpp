#pragma once
// Validation of a rollout section: attributes and dates through the SDK's Checker, then what
// only a rollout knows: phases that end before they start, milestones outside their phase,
// dependencies on unknown phases, on themselves or in a cycle, phases starting before what
// they depend on has ended, deliverables that are not offerings.

#include <planforge/plugin.hpp>

#include <string>
#include <vector>

namespace rollout {

struct Phase;

void validate_section(planforge::Element section, planforge::Checker& check);

// Reports every dependency cycle among `phases` once, at the depends-on attribute of the
// first phase on the cycle (in document order), naming the cycle's path.
void check_cycles(const std::vector<Phase>& phases, planforge::Checker& check);

}  // namespace rollout
