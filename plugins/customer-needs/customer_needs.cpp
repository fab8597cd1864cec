// The `customer-needs` section plugin: the needs customers rated (importance) against what
// the organisation delivers today (capability), weak points first, as Pollock's plan asks
// ("identification of customer needs and requirements") and the seed on creating a plan
// advises ("rate parameters, assess your abilities against each, focus on weak points").
#include "needs_codes.hpp"
#include "needs_render.hpp"
#include "needs_validate.hpp"

#include <planforge/section_parts.hpp>

PLANFORGE_PARTS_PLUGIN(needs, "Customer Needs and Requirements", "customer-needs", "1.0.0",
                       "Customer needs rated by importance and capability, weak points first",
                       "customer-needs")
