#include <planforge/builder.hpp>
#include <planforge/plugin.hpp>

PLANFORGE_BEGIN_NAMESPACE

SectionPlugin::~SectionPlugin() = default;
void SectionPlugin::validate(Element, Checker&) const {}

SectionBuilder::~SectionBuilder() = default;

void SectionBuilder::set_landscape(bool) {}

PLANFORGE_END_NAMESPACE
