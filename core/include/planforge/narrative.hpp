#pragma once
/// @file narrative.hpp  A section's own content set among the narrative its author wrote
/// around it.

#include <planforge/builder.hpp>
#include <planforge/element.hpp>

#include <algorithm>

PLANFORGE_BEGIN_NAMESPACE

/// Renders the generic blocks (`<p>`, `<list>`, `<note>`…) written before the section's
/// first own element, then calls `own()` (the plugin adds its tables and charts there), then
/// renders the generic blocks written after it: an introduction stays above a scorecard and
/// the caveats below it, as the author ordered them. `own()` is called in a section without
/// own elements too (after all of its narrative), so it can add a note that it is empty.
template <typename Own>
void with_narrative(Element section, SectionBuilder& out, Own&& own) {
  const auto children = section.children();
  const auto first_own =
      std::find_if(children.begin(), children.end(), [](const Element& e) { return !e.is_generic_block(); });
  for (auto it = children.begin(); it != first_own; ++it) out.add_generic(*it);
  own();
  for (auto it = first_own; it != children.end(); ++it)
    if (it->is_generic_block()) out.add_generic(*it);
}

PLANFORGE_END_NAMESPACE
