#pragma once
// The risk register's model: what validation accepts and rendering shows.

#include <planforge/plugin.hpp>

// The plugin's own diagnostics, each with a stable code a plan may suppress: risk_register::code,
// generated from risk_register.codes (CODES in CMakeLists.txt); code("…") finds one while compiling.
#include "risk_register_codes.hpp"

#include <string>
#include <vector>

namespace risk_register {

struct Risk {
  std::string id, title, owner, category;
  int likelihood = 1;  // 1 (rare) .. 5 (almost certain)
  int impact = 1;      // 1 (minor) .. 5 (severe)
  planforge::RichText mitigation;
  int score() const { return likelihood * impact; }
};

// Reads the <risk> children of a section that passed validation.
std::vector<Risk> read_risks(planforge::Element section);

void check_section(planforge::Element section, planforge::Checker& check);
void render_section(planforge::Element section, planforge::SectionBuilder& out);

}  // namespace risk_register
