// The `mission` section plugin: mission statement, vision, values and goals with measurable
// objectives (DESIGN.md §2). Validation and rendering live in their own files.
#include "mission_codes.hpp"
#include "mission_plugin.hpp"

#include <planforge/section_parts.hpp>

constexpr planforge::SectionParts parts{.title = "Mission and Goals",
                                        .validate = mission::validate_section,
                                        .render = mission::render_section,
                                        .codes = mission::code.codes};

PLANFORGE_PLUGIN(planforge::PartsPlugin<parts>, "mission", "1.0.0",
                 "Mission statement, vision, values, and goals with measurable objectives", "mission")
