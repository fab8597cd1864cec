#include "i18n/word_sets.hpp"

#include "sdk/suggest.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <set>

namespace planforge::detail {

namespace fs = std::filesystem;

std::vector<std::shared_ptr<const Catalogue>> read_chain(const fs::path& dir, const LanguageTag& tag,
                                                         std::shared_ptr<const Catalogue> english,
                                                         Diagnostics& problems) {
  std::vector<std::shared_ptr<const Catalogue>> chain;
  for (const std::string& name : fallback_chain(tag)) {
    if (name == "en" && english) {
      chain.push_back(english);
      continue;
    }
    if (dir.empty()) continue;
    if (auto catalogue = read_catalogue(dir, name, problems))
      chain.push_back(std::make_shared<const Catalogue>(std::move(*catalogue)));
  }
  return chain;
}

bool covers_language(const std::vector<std::shared_ptr<const Catalogue>>& chain, const LanguageTag& tag) {
  if (tag.language == "en") return !chain.empty();
  return std::any_of(chain.begin(), chain.end(), [&](const auto& c) {
    return c->tag == tag.language || c->tag.rfind(tag.language + "-", 0) == 0;
  });
}

std::vector<std::string> catalogue_languages(const fs::path& dir) {
  std::vector<std::string> tags;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".messages") tags.push_back(it->path().stem().string());
  std::sort(tags.begin(), tags.end());
  return tags;
}

std::map<std::string, std::string, std::less<>> checked_overrides(const std::vector<WordOverride>& overrides,
                                                                  const Catalogue* english,
                                                                  const std::string& owner,
                                                                  Diagnostics& diags) {
  std::map<std::string, std::string, std::less<>> out;
  for (const WordOverride& o : overrides) {
    const CatalogueEntry* reference = english ? english->find(o.key) : nullptr;
    if (!reference) {
      std::vector<std::string_view> keys;
      if (english)
        for (const auto& [key, entry] : english->entries) keys.push_back(key);
      auto hints = loader::did_you_mean(o.key, keys);
      if (hints.empty())
        hints.push_back("docs/localisation.md lists the core's keys; a plugin's are in its catalogue");
      diags.report(code("vocabulary/unknown-word"), o.location,
                   owner + " has no word '" + o.key + "' to override", std::move(hints));
      continue;
    }
    std::set<std::string> known, used;
    pattern_problem(reference->pattern, &known);
    pattern_problem(o.pattern, &used);
    bool good = true;
    for (const std::string& name : used)
      if (!known.count(name)) {
        std::string have;
        for (const std::string& k : known) have += (have.empty() ? "{" : ", {") + k + "}";
        diags.report(code("vocabulary/invalid-pattern"), o.location,
                     "the word '" + o.key + "' has no argument {" + name + "}",
                     {have.empty() ? "it takes no arguments" : "it takes " + have});
        good = false;
      }
    if (good) out.emplace(o.key, o.pattern);
  }
  return out;
}

}  // namespace planforge::detail
