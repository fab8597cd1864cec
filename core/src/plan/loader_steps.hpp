#pragma once
// The steps of load_plan (loader.cpp), one file each.

#include "plan/convert.hpp"

namespace planforge::detail::loader {

// vars_setup.cpp: built-ins, <vars>, --set overrides, then every value resolved.
void build_vars(LoadContext& ctx, XmlFile& file, pugi::xml_node plan);

// plan_checks.cpp: <plan>, <vars>/<var> and each <section>'s own attributes and children;
// fills PlanData's attributes and section list.
void check_plan(PlanData& plan, Diagnostics& diags);

// meta.cpp: <meta> and its children → PlanData::meta, with every check.
void read_meta(PlanData& plan, Diagnostics& diags);
// An image file the element `e` names (relative to e's file), checked to exist; null after
// reporting at `where` when it does not.
std::optional<std::filesystem::path> logo_file(const Node& e, const Location& where, std::string_view written,
                                               const PlanData& plan, Diagnostics& diags);
// brand.cpp: <brand> in <meta> → Meta::brand (colours checked here, font families when the
// engine applies the brand to the theme).
void read_brand(const Node& brand, const PlanData& plan, Meta& meta, Diagnostics& diags);

// ids.cpp: every <ref to> names an id of the plan (run once all ids are indexed).
void check_refs(const std::vector<const Node*>& refs, const PlanData& plan, Diagnostics& diags);

}  // namespace planforge::detail::loader
