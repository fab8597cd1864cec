// The `mission` section plugin: mission statement, vision, values and goals with measurable
// objectives (DESIGN.md §2). Validation and rendering live in their own files.
#include "mission_codes.hpp"
#include "mission_plugin.hpp"

#include <string>
#include <string_view>

namespace {

class MissionPlugin : public planforge::SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return "Mission and Goals"; }

  void validate(planforge::Element section, planforge::Checker& check) const override {
    mission::validate_section(section, check);
  }

  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    mission::render_section(section, out);
  }
  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override {
    return mission::code_table::codes;
  }
};

}  // namespace

PLANFORGE_PLUGIN(MissionPlugin, "mission", "1.0.0",
                 "Mission statement, vision, values, and goals with measurable objectives",
                 "mission")
