#pragma once
// Validation of a customer-needs section: segments and needs through the SDK's Checker
// (ratings 1–5, decimals allowed; segment references).

#include <planforge/plugin.hpp>

namespace needs {

void validate_section(planforge::Element section, planforge::Checker& check);

}  // namespace needs
