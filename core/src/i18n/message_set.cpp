#include "i18n/message_set.hpp"

#include "i18n/icu_text.hpp"

#include <unicode/fmtable.h>
#include <unicode/msgfmt.h>

namespace planforge::detail {

MessageSet::MessageSet(std::vector<std::shared_ptr<const Catalogue>> chain,
                       std::map<std::string, std::string, std::less<>> overrides, const icu::Locale& locale)
    : chain_(std::move(chain)), overrides_(std::move(overrides)), locale_(locale) {}

MessageSet::~MessageSet() = default;

const std::string* MessageSet::pattern(std::string_view key) const {
  if (const auto it = overrides_.find(key); it != overrides_.end()) return &it->second;
  for (const auto& catalogue : chain_)
    if (const CatalogueEntry* entry = catalogue->find(key)) return &entry->pattern;
  return nullptr;
}

std::string MessageSet::run(const icu::MessageFormat& format, const MessageArgs& args) const {
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  names.reserve(args.size());
  values.reserve(args.size());
  for (const MessageArg& a : args) {
    names.push_back(to_unicode(a.name));
    if (const auto* i = std::get_if<long long>(&a.value))
      values.emplace_back(static_cast<int64_t>(*i));
    else if (const auto* d = std::get_if<double>(&a.value))
      values.emplace_back(*d);
    else
      values.emplace_back(to_unicode(std::get<std::string>(a.value)));
  }
  icu::UnicodeString out;
  UErrorCode status = U_ZERO_ERROR;
  format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), out, status);
  check_icu(status, "formatting a message");
  return to_utf8(out);
}

std::string MessageSet::format(std::string_view key, const MessageArgs& args) const {
  const std::lock_guard lock(mutex_);
  auto it = compiled_.find(key);
  if (it == compiled_.end()) {
    const std::string* p = pattern(key);
    if (!p) return std::string(key);
    UErrorCode status = U_ZERO_ERROR;
    auto compiled = std::make_unique<icu::MessageFormat>(to_unicode(*p), locale_, status);
    // Catalogues and overrides were checked when read; a failure here is ICU's own.
    check_icu(status, "compiling a catalogue message");
    it = compiled_.emplace(std::string(key), std::move(compiled)).first;
  }
  return run(*it->second, args);
}

std::string MessageSet::format_pattern(std::string_view pattern, const MessageArgs& args) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat compiled(to_unicode(pattern), locale_, status);
  if (U_FAILURE(status)) return std::string(pattern);
  const std::lock_guard lock(mutex_);
  return run(compiled, args);
}

}  // namespace planforge::detail
