// The `portfolio` section plugin: the service and support offerings, packaged in tiers and
// matched against the customers' needs (Pollock: "composition of the recommended customer
// service and support portfolio ... matched against the specific needs and requirements").
#include "portfolio_codes.hpp"
#include "portfolio_render.hpp"
#include "portfolio_validate.hpp"

#include <planforge/section_parts.hpp>

PLANFORGE_PARTS_PLUGIN(portfolio, "Service and Support Portfolio", "portfolio", "1.0.0",
                       "Service offerings in tiers with service levels, prices and need coverage",
                       "portfolio")
