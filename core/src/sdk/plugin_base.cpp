#include <planforge/builder.hpp>
#include <planforge/plugin.hpp>

PLANFORGE_BEGIN_NAMESPACE

SectionPlugin::~SectionPlugin() = default;

std::string SectionPlugin::default_title(std::string_view type) const {
  // A section type is mostly lower-case words joined by '-': words again.
  std::string title(type);
  for (char& c : title)
    if (c == '-' || c == '_') c = ' ';
  if (!title.empty() && title.front() >= 'a' && title.front() <= 'z')
    title.front() = static_cast<char>(title.front() - 'a' + 'A');
  return title;
}
void SectionPlugin::validate(Element, Checker&) const {}
std::span<const DiagnosticCode> SectionPlugin::diagnostic_codes() const { return {}; }

// SectionBuilder's destructor (and so its vtable) lives in i18n/builder_words.cpp, beside the
// default locale() and text() it refers to.

void SectionBuilder::set_landscape(bool) {}

PLANFORGE_END_NAMESPACE
