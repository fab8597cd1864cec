#include <planforge/builder.hpp>
#include <planforge/plugin.hpp>

PLANFORGE_BEGIN_NAMESPACE

SectionPlugin::~SectionPlugin() = default;
void SectionPlugin::validate(Element, Checker&) const {}
std::span<const DiagnosticCode> SectionPlugin::diagnostic_codes() const { return {}; }

// SectionBuilder's destructor (and so its vtable) lives in i18n/builder_words.cpp, beside the
// default locale() and text() it refers to.

void SectionBuilder::set_landscape(bool) {}

PLANFORGE_END_NAMESPACE
