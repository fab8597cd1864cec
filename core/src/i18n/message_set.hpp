#pragma once
// The words of one catalogue owner (the core, or one plugin) in the plan's language: the
// plan's overrides first, then the catalogues of the fallback chain (nb-NO, nb, en), each
// pattern compiled by ICU once and kept.

#include "i18n/catalogue.hpp"

#include <planforge/message.hpp>

#include <unicode/locid.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/msgfmt.h>

namespace planforge::detail {

class MessageSet {
 public:
  MessageSet(std::vector<std::shared_ptr<const Catalogue>> chain,
             std::map<std::string, std::string, std::less<>> overrides, const icu::Locale& locale);
  ~MessageSet();

  // The pattern `key` resolves to, or nullptr when no catalogue has it.
  const std::string* pattern(std::string_view key) const;
  // The message with its arguments; the key itself when no catalogue has it.
  std::string format(std::string_view key, const MessageArgs& args) const;
  // Any pattern (a plugin's own, an override) in this set's language.
  std::string format_pattern(std::string_view pattern, const MessageArgs& args) const;
  // The chain's catalogues, most specific first (ending in English).
  const std::vector<std::shared_ptr<const Catalogue>>& chain() const { return chain_; }
  const icu::Locale& locale() const { return locale_; }

 private:
  std::string run(const icu::MessageFormat& format, const MessageArgs& args) const;

  std::vector<std::shared_ptr<const Catalogue>> chain_;
  std::map<std::string, std::string, std::less<>> overrides_;
  icu::Locale locale_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::unique_ptr<icu::MessageFormat>, std::less<>> compiled_;
};

}  // namespace planforge::detail
