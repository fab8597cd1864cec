// The `org-structure` section plugin: service units with their leads, headcount, sourcing
// and reporting lines as an org chart, their roles and responsibilities, and headcount by
// sourcing. Reference: docs/sections/org-structure.md.
#include "org_codes.hpp"
#include "org_render.hpp"
#include "org_validate.hpp"

#include <planforge/plugin.hpp>

namespace {

using namespace planforge;

void render_section(Element section, SectionBuilder& out) {
  const std::vector<org::Unit> units = org::read_units(section);
  // Text before the first unit introduces the organisation; text after it follows the tables.
  bool seen_unit = false;
  std::vector<Element> closing;
  for (const Element& child : section.children()) {
    if (child.name() == "unit") seen_unit = true;
    else if (child.is_generic_block()) {
      if (seen_unit) closing.push_back(child);
      else out.add_generic(child);
    }
  }
  if (!units.empty()) {
    for (Figure& f : org::org_chart(units, out)) out.add(std::move(f));
    out.add(org::roles_table(units, out));
    std::size_t uncounted = 0;
    out.add(org::sourcing_table(units, out, uncounted));
    if (uncounted > 0)
      out.add(Paragraph{plain(out.text("uncounted", {{"count", uncounted}})), ParagraphStyle::small});
  }
  for (const Element& e : closing) out.add_generic(e);
}

class OrgStructurePlugin : public SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return "Service Organisation"; }
  void validate(Element section, Checker& check) const override { org::validate_section(section, check); }
  void render(Element section, SectionBuilder& out) const override { render_section(section, out); }
  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override {
    return org::code_table::codes;
  }
};

}  // namespace

PLANFORGE_PLUGIN(OrgStructurePlugin, "org-structure", "1.0.0",
                 "Service units, reporting lines (org chart), roles and headcount by sourcing", "org-structure")
