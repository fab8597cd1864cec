#pragma once
// Rendering of a rollout section: the blocks written before the first phase, the Gantt
// chart, the phase table and the milestone calendar, then the blocks written after the phases.

#include "rollout_model.hpp"

#include <planforge/plugin.hpp>

namespace rollout {

void render_section(planforge::Element section, planforge::SectionBuilder& out);

planforge::Table phase_table(const std::vector<Phase>& phases, const planforge::SectionBuilder& out);
planforge::Table milestone_table(const std::vector<Phase>& phases, const planforge::SectionBuilder& out);

}  // namespace rollout
