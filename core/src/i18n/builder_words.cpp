// The SDK's default answers for a SectionBuilder that knows no language (a test's, a
// third party's): English, and no plugin catalogue. The engine's builder overrides both.
#include <planforge/builder.hpp>

PLANFORGE_BEGIN_NAMESPACE

SectionBuilder::~SectionBuilder() = default;

const Locale& SectionBuilder::locale() const {
  static const Locale english;
  return english;
}

std::string SectionBuilder::text(std::string_view key, const MessageArgs&) const { return std::string(key); }

PLANFORGE_END_NAMESPACE
