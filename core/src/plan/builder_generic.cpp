#include <planforge/builder.hpp>

PLANFORGE_BEGIN_NAMESPACE

// Lives with the plan subsystem because it walks Elements.
void SectionBuilder::add_generic_children(Element parent) {
  for (const Element& child : parent.children())
    if (child.is_generic_block()) add_generic(child);
}

PLANFORGE_END_NAMESPACE
