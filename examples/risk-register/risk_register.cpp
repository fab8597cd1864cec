// A risk register: risks rated by likelihood and impact, shown as a table ranked by score and
// as a likelihood × impact heatmap. An example of a plugin built outside the planforge tree.
#include "risk.hpp"

#include <planforge/section_parts.hpp>

// The title is asked for only when the catalogue (title.risk-register) has none in the plan's
// language.
constexpr planforge::SectionParts parts{.title = "Risk Register",
                                        .validate = risk_register::check_section,
                                        .render = risk_register::render_section,
                                        .codes = risk_register::code.codes};

PLANFORGE_PLUGIN(planforge::PartsPlugin<parts>, "risk-register", "1.0.0",
                 "Risks rated by likelihood and impact, with a heatmap", "risk-register")
