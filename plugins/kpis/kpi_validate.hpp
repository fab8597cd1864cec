#pragma once
// Validation of a kpis section: every element and attribute through the SDK's Checker, then
// what only a KPI knows (direction against baseline and target, one value per period, goals
// left without a KPI).

#include <planforge/plugin.hpp>

namespace kpis {

void validate_section(planforge::Element section, planforge::Checker& check);

}  // namespace kpis
