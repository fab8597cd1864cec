// The `rollout` section plugin: the implementation plan's phases with dates, owners,
// dependencies, deliverables (portfolio offerings) and milestones, as a Gantt chart, a phase
// table and a milestone calendar. Reference: docs/sections/rollout.md.
#include "rollout_codes.hpp"
#include "rollout_render.hpp"
#include "rollout_validate.hpp"

#include <planforge/section_parts.hpp>

PLANFORGE_PARTS_PLUGIN(rollout, "Implementation and Rollout", "rollout", "1.0.0",
                       "Implementation phases, dependencies and milestones as a Gantt chart and tables",
                       "rollout")
