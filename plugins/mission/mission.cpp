// The `mission` section plugin: mission statement, vision, values and goals with measurable
// objectives (DESIGN.md §2). Validation and rendering live in their own files.
#include "mission_codes.hpp"
#include "mission_plugin.hpp"

#include <planforge/section_parts.hpp>

PLANFORGE_PARTS_PLUGIN(mission, "Mission and Goals", "mission", "1.0.0",
                       "Mission statement, vision, values, and goals with measurable objectives", "mission")
