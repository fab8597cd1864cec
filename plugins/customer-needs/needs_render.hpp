#pragma once
// Rendering of a customer-needs section: segments, the weak points, the needs ranked by gap
// with the offerings that address them, an importance/capability chart and the details.

#include <planforge/plugin.hpp>

namespace needs {

void render_section(planforge::Element section, planforge::SectionBuilder& out);

}  // namespace needs
