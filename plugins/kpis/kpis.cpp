// The `kpis` section plugin: key performance indicators with baseline, target, interim
// targets and actuals, scored On track / At risk / Off track by the rule in
// docs/kpi-status.md, and tied to the mission's goals.
#include "kpis_codes.hpp"
#include "kpi_render.hpp"
#include "kpi_validate.hpp"

#include <planforge/section_parts.hpp>

// The catalogue's "title.kpis" names the section in the plan's language; the title here is
// the fallback of a plugin installed without its catalogue.
PLANFORGE_PARTS_PLUGIN(kpis, "Key Performance Indicators", "kpis", "1.0.0",
                       "KPI scorecard: baseline, target, actuals, status and linked goals", "kpis")
