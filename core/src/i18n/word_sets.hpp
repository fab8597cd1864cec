#pragma once
// Builds word sets from catalogue folders: the core's (which also decides whether a
// language is supported) and each plugin's, with the plan's <vocabulary> overrides checked
// against the English catalogue of their owner.

#include "i18n/language_tag.hpp"
#include "i18n/message_set.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace planforge::detail {

// One override as the plan wrote it.
struct WordOverride {
  std::string key, pattern;
  Location location;
};

// The catalogues of `tag`'s fallback chain found in `dir`, most specific first. English
// comes from `english` when given (the core's built-in), else from the folder. Problems in
// a catalogue file go to `problems`.
std::vector<std::shared_ptr<const Catalogue>> read_chain(const std::filesystem::path& dir,
                                                         const LanguageTag& tag,
                                                         std::shared_ptr<const Catalogue> english,
                                                         Diagnostics& problems);

// True when the chain has a catalogue for the language itself (not only the English end).
bool covers_language(const std::vector<std::shared_ptr<const Catalogue>>& chain, const LanguageTag& tag);

// The language tags with a catalogue in `dir` ("da", "de", …), sorted.
std::vector<std::string> catalogue_languages(const std::filesystem::path& dir);

// Checks overrides against `english` (the owner's reference catalogue): an unknown key is an
// error with a did-you-mean hint, an argument English does not have is an error. Returns the
// good ones as key -> pattern. `owner` names the catalogue in messages ("planforge", "plugin 'kpis'").
std::map<std::string, std::string, std::less<>> checked_overrides(const std::vector<WordOverride>& overrides,
                                                                  const Catalogue* english,
                                                                  const std::string& owner,
                                                                  Diagnostics& diags);

}  // namespace planforge::detail
