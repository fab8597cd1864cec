#include "risk.hpp"

namespace risk_register {

void check_section(planforge::Element section, planforge::Checker& check) {
  check.children(section, {"risk"});
  if (section.children("risk").empty())
    check.diagnostics().report(code("risk-register/no-risks"), section.location(),
                               "risk register has no <risk> entries");
  for (const auto& risk : section.children("risk")) {
    check.attributes(risk, {"id", "title", "likelihood", "impact"}, {"owner", "category"});
    check.integer(risk, "likelihood", 1, 5);
    check.integer(risk, "impact", 1, 5);
    check.children(risk, {"mitigation"}, false);
    if (!risk.child("mitigation"))
      check.diagnostics().report(code("risk-register/no-mitigation"), risk.location(),
                                 "risk '" + risk.attr_or("id", "?") + "' has no <mitigation>");
  }
}

std::vector<Risk> read_risks(planforge::Element section) {
  std::vector<Risk> risks;
  for (const auto& e : section.children("risk")) {
    Risk r;
    r.id = e.attr_or("id", "");
    r.title = e.attr_or("title", "");
    r.owner = e.attr_or("owner", "");
    r.category = e.attr_or("category", "");
    r.likelihood = std::stoi(e.attr_or("likelihood", "1"));
    r.impact = std::stoi(e.attr_or("impact", "1"));
    if (auto m = e.child("mitigation")) r.mitigation = m.rich_text();
    risks.push_back(std::move(r));
  }
  return risks;
}

}  // namespace risk_register
