#include "i18n/locale_data.hpp"

#include "i18n/icu_text.hpp"

namespace planforge::detail {

extern const char* const builtin_english_messages;  // generated from messages/en.messages

std::shared_ptr<const LocaleData> make_locale_data(const LanguageTag& tag,
                                                   std::shared_ptr<const MessageSet> core) {
  auto data = std::make_shared<LocaleData>();
  data->tag = tag;
  data->icu = icu::Locale(tag.icu_id.c_str());
  // Plans date in the Gregorian calendar, whatever a region's default would be.
  UErrorCode status = U_ZERO_ERROR;
  data->icu.setKeywordValue("calendar", "gregorian", status);
  check_icu(status, "setting the calendar");
  data->core = std::move(core);
  return data;
}

std::shared_ptr<const Catalogue> builtin_english_catalogue() {
  static const std::shared_ptr<const Catalogue> catalogue = [] {
    Diagnostics ignored;  // the same file passes the catalogue tests
    return std::make_shared<const Catalogue>(
        parse_catalogue(builtin_english_messages, "en", "built-in en.messages", ignored));
  }();
  return catalogue;
}

std::shared_ptr<const LocaleData> english_locale_data() {
  static const std::shared_ptr<const LocaleData> english = [] {
    LanguageTag tag = *parse_language_tag("en");
    auto set = std::make_shared<const MessageSet>(std::vector{builtin_english_catalogue()},
                                                  std::map<std::string, std::string, std::less<>>{},
                                                  icu::Locale("en"));
    return make_locale_data(tag, std::move(set));
  }();
  return english;
}

}  // namespace planforge::detail
