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

// ids.cpp: every <ref to> names an id of the plan (run once all ids are indexed).
void check_refs(const std::vector<const Node*>& refs, const PlanData& plan, Diagnostics& diags);

}  // namespace planforge::detail::loader
