#pragma once
// What a planforge::Locale holds: the checked language tag, the ICU locale (Gregorian
// calendar, whatever the region's default) and the core's words in that language.

#include "i18n/format_cache.hpp"
#include "i18n/language_tag.hpp"
#include "i18n/message_set.hpp"

#include <unicode/locid.h>

#include <memory>

namespace planforge::detail {

struct LocaleData {
  LanguageTag tag;
  icu::Locale icu;
  std::shared_ptr<const MessageSet> core;
  // The ICU formatters built so far for this language (format_cache.hpp).
  FormatCache formats;
};

std::shared_ptr<const LocaleData> make_locale_data(const LanguageTag& tag,
                                                   std::shared_ptr<const MessageSet> core);

// English with the built-in core catalogue (no files needed): a plan without `lang`.
std::shared_ptr<const LocaleData> english_locale_data();

// The core's English catalogue as built into the library (messages/en.messages at build
// time): the reference every other catalogue is checked against.
std::shared_ptr<const Catalogue> builtin_english_catalogue();

}  // namespace planforge::detail
