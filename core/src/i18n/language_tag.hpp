#pragma once
// The plan's `lang`: a BCP 47 tag checked with ICU, its canonical form, the chain of
// catalogues it falls back through (nb-NO -> nb -> en) and the reasons a tag is refused
// (malformed, right-to-left, or a language planforge has no catalogue for).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

struct LanguageTag {
  std::string tag;       // canonical BCP 47: "nb-NO", "de", "zh-Hant-TW"
  std::string language;  // "nb" (Norwegian "no" becomes "nb")
  std::string script;    // "Hant" or empty
  std::string region;    // "NO" or empty
  std::string icu_id;    // ICU's locale id: "nb_NO"
  bool right_to_left = false;
};

// The tag's parts, or std::nullopt when it is not well-formed BCP 47 (or is empty).
std::optional<LanguageTag> parse_language_tag(std::string_view text);

// Catalogue names to try, most specific first, always ending in "en":
// "de-Latn-CH" -> de-Latn-CH, de-CH, de-Latn, de, en.
std::vector<std::string> fallback_chain(const LanguageTag& tag);

// The English name of the language ("Norwegian Bokmål"), for messages.
std::string language_name(const LanguageTag& tag);

}  // namespace planforge::detail
