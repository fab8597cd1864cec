#pragma once
// Validation of a portfolio section: tiers, offerings and service levels through the SDK's
// Checker; then the coverage of the customers' weak points by the offerings.

#include <planforge/plugin.hpp>

namespace portfolio {

void validate_section(planforge::Element section, planforge::Checker& check);

}  // namespace portfolio
