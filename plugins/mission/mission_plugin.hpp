#pragma once
// The two halves of the mission plugin, each in its own file.

#include <planforge/plugin.hpp>

namespace mission {

/// Reports every problem of a mission section through `check`.
void validate_section(planforge::Element section, planforge::Checker& check);
/// Writes a validated mission section.
void render_section(planforge::Element section, planforge::SectionBuilder& out);

}  // namespace mission
