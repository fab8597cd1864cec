#pragma once
// Rendering of a portfolio section: the offerings grouped by tier (channels, service levels,
// price), the needs × offerings coverage matrix and the weak points not yet covered.

#include <planforge/plugin.hpp>

namespace portfolio {

void render_section(planforge::Element section, planforge::SectionBuilder& out);

}  // namespace portfolio
