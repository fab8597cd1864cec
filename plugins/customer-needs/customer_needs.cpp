// The `customer-needs` section plugin: the needs customers rated (importance) against what
// the organisation delivers today (capability), weak points first, as Pollock's plan asks
// ("identification of customer needs and requirements") and the seed on creating a plan
// advises ("rate parameters, assess your abilities against each, focus on weak points").
#include "needs_codes.hpp"
#include "needs_render.hpp"
#include "needs_validate.hpp"

#include <planforge/plugin.hpp>

namespace {

class CustomerNeedsPlugin : public planforge::SectionPlugin {
 public:
  std::string default_title(std::string_view) const override {
    return "Customer Needs and Requirements";
  }
  void validate(planforge::Element section, planforge::Checker& check) const override {
    needs::validate_section(section, check);
  }
  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    needs::render_section(section, out);
  }
  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override {
    return needs::code_table::codes;
  }
};

}  // namespace

PLANFORGE_PLUGIN(CustomerNeedsPlugin, "customer-needs", "1.0.0",
                 "Customer needs rated by importance and capability, weak points first",
                 "customer-needs")
