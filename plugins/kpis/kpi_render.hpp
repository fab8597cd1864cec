#pragma once
// Rendering of a kpis section: a status summary, the scorecard table grouped as written
// and a bar chart of progress toward each target.

#include <planforge/plugin.hpp>

namespace kpis {

void render_section(planforge::Element section, planforge::SectionBuilder& out);

}  // namespace kpis
