#pragma once
// Values of the generic blocks that both their checks (generic_checks.cpp) and their
// conversion to document blocks (generic_blocks.cpp) read, defined once.

#include <optional>
#include <string_view>

namespace planforge::detail {

// What an enabler is (see docs/plan-format.md, "Enablers"): the kinds, as written; each is
// shown by the core's word "enablers.kind.<kind>".
inline constexpr std::string_view enabler_kinds[] = {"tool", "training", "recognition", "infrastructure"};

// An <image width>: "60%" (1 to 100, decimals allowed) as a share of the column (0.6);
// nullopt for anything else.
std::optional<double> image_width(std::string_view written);

}  // namespace planforge::detail
