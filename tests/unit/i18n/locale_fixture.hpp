#pragma once
// A Locale for a language as the engine makes it: the core catalogues of messages/ for the
// tag's fallback chain, with optional plan overrides.

#include "i18n/locale_data.hpp"
#include "i18n/word_sets.hpp"

#include <planforge/format.hpp>

#include <stdexcept>
#include <string>

namespace i18n_test {

inline const std::filesystem::path messages_dir = std::filesystem::path(PLANFORGE_SOURCE_DIR) / "messages";

inline planforge::Locale locale_for(const std::string& text,
                                    std::map<std::string, std::string, std::less<>> overrides = {}) {
  using namespace planforge::detail;
  const auto tag = parse_language_tag(text);
  if (!tag) throw std::runtime_error("bad tag " + text);
  planforge::Diagnostics problems;
  auto chain = read_chain(messages_dir, *tag, builtin_english_catalogue(), problems);
  if (problems.has_errors()) throw std::runtime_error("catalogue problems for " + text);
  auto data = std::make_shared<LocaleData>(*make_locale_data(*tag, nullptr));
  data->core = std::make_shared<const MessageSet>(std::move(chain), std::move(overrides), data->icu);
  return planforge::Locale(std::move(data));
}

}  // namespace i18n_test
