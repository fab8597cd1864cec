// The `portfolio` section plugin: the service and support offerings, packaged in tiers and
// matched against the customers' needs (Pollock: "composition of the recommended customer
// service and support portfolio ... matched against the specific needs and requirements").
#include "portfolio_codes.hpp"
#include "portfolio_render.hpp"
#include "portfolio_validate.hpp"

#include <planforge/plugin.hpp>

namespace {

class PortfolioPlugin : public planforge::SectionPlugin {
 public:
  std::string default_title(std::string_view) const override {
    return "Service and Support Portfolio";
  }
  void validate(planforge::Element section, planforge::Checker& check) const override {
    portfolio::validate_section(section, check);
  }
  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    portfolio::render_section(section, out);
  }
  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override {
    return portfolio::code_table::codes;
  }
};

}  // namespace

PLANFORGE_PLUGIN(PortfolioPlugin, "portfolio", "1.0.0",
                 "Service offerings in tiers with service levels, prices and need coverage",
                 "portfolio")
