#pragma once
// Validation of an org-structure section: attributes through the SDK's Checker, then what
// only an organisation knows: reporting lines to unknown units, to non-units, to the unit
// itself or in a cycle; more than one top unit; roles adding up to more than the headcount.

#include <planforge/plugin.hpp>

namespace org {

void validate_section(planforge::Element section, planforge::Checker& check);

}  // namespace org
