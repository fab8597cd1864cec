#pragma once
// Rendering of an org-structure section: the org chart, roles and responsibilities, and
// headcount by sourcing.

#include "org_model.hpp"

#include <planforge/charts.hpp>
#include <planforge/plugin.hpp>

namespace org {

// "In-house", "Outsourced", "Partner" in the plan's language.
std::string sourcing_label(Sourcing s, const planforge::SectionBuilder& out);

std::vector<planforge::Figure> org_chart(const std::vector<Unit>& units,
                                         const planforge::SectionBuilder& out);
planforge::Table roles_table(const std::vector<Unit>& units, const planforge::SectionBuilder& out);
// The totals table, and how many units gave no number (noted under it).
planforge::Table sourcing_table(const std::vector<Unit>& units, const planforge::SectionBuilder& out,
                                std::size_t& uncounted);

}  // namespace org
