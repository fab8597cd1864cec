#pragma once
// A plan's <brand> applied to its theme: the client's colours, fonts and logo for this one
// document, without a theme file.

#include "plan/plan_data.hpp"
#include "theme/theme.hpp"

#include <planforge/diagnostics.hpp>

namespace planforge::detail {

// Overrides the palette colours the brand names; its series replaces the theme's, or else
// its primary and accent become the first two series colours (so charts wear the brand);
// its font families (found with fontconfig) replace the text faces and the heading face;
// its logo replaces the theme's. A family that is not installed is reported at the plan's
// attribute.
void apply_brand(Theme& theme, const Brand& brand, Diagnostics& diags);

}  // namespace planforge::detail
