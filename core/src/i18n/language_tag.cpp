#include "i18n/language_tag.hpp"

#include <unicode/locid.h>
#include <unicode/uloc.h>

#include "i18n/icu_text.hpp"

#include <algorithm>
#include <cctype>

namespace planforge::detail {

namespace {

void push_unique(std::vector<std::string>& v, std::string s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

bool plain_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

}  // namespace

std::optional<LanguageTag> parse_language_tag(std::string_view text) {
  if (text.empty() || text.size() > 64 || !plain_ascii(text)) return std::nullopt;
  // BCP 47 separates subtags with '-' only; ICU would also take '_'.
  if (text.find('_') != std::string_view::npos) return std::nullopt;
  const std::string input(text);
  char id[ULOC_FULLNAME_CAPACITY] = {};
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  uloc_forLanguageTag(input.c_str(), id, sizeof id, &parsed, &status);
  // ICU stops at the first subtag it cannot place: all of the tag must be read.
  if (U_FAILURE(status) || parsed != static_cast<int32_t>(input.size()) || id[0] == '\0') return std::nullopt;

  const icu::Locale locale(id);
  LanguageTag tag;
  tag.language = locale.getLanguage();
  tag.script = locale.getScript();
  tag.region = locale.getCountry();
  // An ISO 639 code: BCP 47's longer language subtags are reserved or registered for none
  // of the languages a document is written in ("english" is not a tag).
  if (tag.language.size() < 2 || tag.language.size() > 3 || tag.language == "und") return std::nullopt;
  // "no" (Norwegian) is written as Bokmål in practice; its catalogue is nb.
  if (tag.language == "no") tag.language = "nb";
  tag.icu_id = tag.language + (tag.script.empty() ? "" : "_" + tag.script) +
               (tag.region.empty() ? "" : "_" + tag.region);
  tag.tag = tag.language + (tag.script.empty() ? "" : "-" + tag.script) +
            (tag.region.empty() ? "" : "-" + tag.region);
  // ICU decides from the script, or from the language's likely script when none is given.
  tag.right_to_left = uloc_isRightToLeft(tag.icu_id.c_str());
  return tag;
}

std::vector<std::string> fallback_chain(const LanguageTag& tag) {
  std::vector<std::string> chain;
  push_unique(chain, tag.tag);
  if (!tag.script.empty() && !tag.region.empty()) push_unique(chain, tag.language + "-" + tag.region);
  if (!tag.script.empty()) push_unique(chain, tag.language + "-" + tag.script);
  push_unique(chain, tag.language);
  push_unique(chain, "en");
  return chain;
}

std::string language_name(const LanguageTag& tag) {
  icu::UnicodeString name;
  icu::Locale(tag.language.c_str()).getDisplayLanguage(icu::Locale::getEnglish(), name);
  return name.isEmpty() ? tag.language : to_utf8(name);
}

}  // namespace planforge::detail
