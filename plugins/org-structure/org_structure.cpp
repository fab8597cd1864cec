// The `org-structure` section plugin: service units with their leads, headcount, sourcing
// and reporting lines as an org chart, their roles and responsibilities, and headcount by
// sourcing. Reference: docs/sections/org-structure.md.
#include "org_codes.hpp"
#include "org_render.hpp"
#include "org_validate.hpp"

#include <planforge/narrative.hpp>
#include <planforge/section_parts.hpp>

namespace org {

using namespace planforge;

void render_section(Element section, SectionBuilder& out) {
  // Text before the first unit introduces the organisation; text after it follows the tables.
  with_narrative(section, out, [&] {
    const std::vector<Unit> units = read_units(section);
    if (units.empty()) return;
    for (Figure& f : org_chart(units, out)) out.add(std::move(f));
    out.add(roles_table(units, out));
    std::size_t uncounted = 0;
    out.add(sourcing_table(units, out, uncounted));
    if (uncounted > 0)
      out.add(Paragraph{plain(out.text("uncounted", {{"count", uncounted}})), ParagraphStyle::small});
  });
}

}  // namespace org

PLANFORGE_PARTS_PLUGIN(org, "Service Organisation", "org-structure", "1.0.0",
                       "Service units, reporting lines (org chart), roles and headcount by sourcing",
                       "org-structure")
