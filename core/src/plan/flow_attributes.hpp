#pragma once
// The page-flow attributes of <section>, the generic blocks and <row> (docs/plan-format.md,
// "Page flow"): which element takes which, their checks, and the Flow they give.

#include "plan/plan_data.hpp"

#include <planforge/flow.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

// start, min-space, orientation
extern const std::vector<std::string_view> section_flow_attributes;
// page-break-before, keep-with-next, keep-together, orientation: <p>, <list>, <table>, <note>
extern const std::vector<std::string_view> block_flow_attributes;
// page-break-before, keep-together, orientation
extern const std::vector<std::string_view> subsection_flow_attributes;
// keep-with-next, keep-together
extern const std::vector<std::string_view> row_flow_attributes;

// "30%" as 0.3: a plain decimal from 0 to 100 and '%' (min-space, an <image width>).
std::optional<double> percentage(std::string_view text);

// `own` followed by `flow`: every attribute an element takes.
std::vector<std::string_view> with_flow(std::vector<std::string_view> own,
                                        const std::vector<std::string_view>& flow);

// Reports a bad value of any flow attribute `e` carries.
void check_flow_attributes(const Node& e, Diagnostics& diags);

// Warns about each block flow attribute of `e`, a block nested where it has no page of its
// own: "'keep-with-next' has no effect on " + `what`, with `hint`.
void warn_flow_ignored(const Node& e, const std::string& what, const std::string& hint, Diagnostics& diags);

// The Flow an element's attributes give; values that failed the checks are left at their
// defaults. (A <row> takes its keep-with-next and keep-together from it.)
Flow flow_attributes(const Node& e);

}  // namespace planforge::detail::loader
