// The `rollout` section plugin: the implementation plan's phases with dates, owners,
// dependencies, deliverables (portfolio offerings) and milestones, as a Gantt chart, a phase
// table and a milestone calendar. Reference: docs/sections/rollout.md.
#include "rollout_codes.hpp"
#include "rollout_render.hpp"
#include "rollout_validate.hpp"

#include <planforge/plugin.hpp>

namespace {

class RolloutPlugin : public planforge::SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return "Implementation and Rollout"; }
  void validate(planforge::Element section, planforge::Checker& check) const override {
    rollout::validate_section(section, check);
  }
  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    rollout::render_section(section, out);
  }
  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override {
    return rollout::code_table::codes;
  }
};

}  // namespace

PLANFORGE_PLUGIN(RolloutPlugin, "rollout", "1.0.0",
                 "Implementation phases, dependencies and milestones as a Gantt chart and tables", "rollout")
