// The `kpis` section plugin: key performance indicators with baseline, target, interim
// targets and actuals, scored On track / At risk / Off track by the rule in
// docs/kpi-status.md, and tied to the mission's goals.
#include "kpi_codes.hpp"
#include "kpi_render.hpp"
#include "kpi_validate.hpp"

#include <planforge/plugin.hpp>

namespace {

class KpisPlugin : public planforge::SectionPlugin {
 public:
  // The catalogue's "title.kpis" names the section in the plan's language; this is the
  // fallback of a plugin installed without its catalogue.
  std::string default_title(std::string_view) const override {
    return "Key Performance Indicators";
  }
  void validate(planforge::Element section, planforge::Checker& check) const override {
    kpis::validate_section(section, check);
  }
  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    kpis::render_section(section, out);
  }
  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override {
    return kpis::code_table::codes;
  }
};

}  // namespace

PLANFORGE_PLUGIN(KpisPlugin, "kpis", "1.0.0",
                 "KPI scorecard: baseline, target, actuals, status and linked goals", "kpis")
