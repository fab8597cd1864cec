// A risk register: risks rated by likelihood and impact, shown as a table ranked by score and
// as a likelihood × impact heatmap. An example of a plugin built outside the planforge tree.
#include "risk.hpp"

namespace {

class RiskRegister : public planforge::SectionPlugin {
 public:
  // Asked only when the catalogue (title.risk-register) has no title in the plan's language.
  std::string default_title(std::string_view) const override { return "Risk Register"; }
  void validate(planforge::Element section, planforge::Checker& check) const override {
    risk_register::check_section(section, check);
  }
  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    risk_register::render_section(section, out);
  }
  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override {
    return risk_register::codes;
  }
};

}  // namespace

PLANFORGE_PLUGIN(RiskRegister, "risk-register", "1.0.0",
                 "Risks rated by likelihood and impact, with a heatmap", "risk-register")
