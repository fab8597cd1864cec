// The language steps of a session: the plan's Locale from the core catalogues, and each
// plugin's own words from the catalogue beside its library.
#include "engine/install_paths.hpp"
#include "engine/session.hpp"
#include "i18n/locale_data.hpp"
#include "i18n/word_sets.hpp"
#include "sdk/logging.hpp"
#include "sdk/core_codes.hpp"

#include <set>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

std::vector<WordOverride> overrides_for(const PlanData& plan, std::string_view plugin) {
  std::vector<WordOverride> out;
  for (const VocabularyTerm& t : plan.meta.vocabulary)
    if (t.plugin == plugin) out.push_back({t.key, t.pattern, t.location});
  return out;
}

// A catalogue file planforge or a plugin ships is the environment's, not the plan's.
void add_environment_problems(Session& session, const Diagnostics& problems) {
  for (Diagnostic d : problems.sorted()) {
    if (d.code.empty() && d.severity == Severity::error) d.code = code("i18n/invalid-catalogue").id;
    session.diags.add(std::move(d));
  }
  if (problems.has_errors()) session.fail(ExitCode::environment);
}

}  // namespace

void Session::load_language() {
  auto timing = timer.scope("language");
  const auto tag = parse_language_tag(plan->lang.empty() ? "en" : plan->lang);
  if (!tag) return;  // the loader reported it
  const fs::path dir = messages_dir();
  Diagnostics problems;
  auto chain = read_chain(dir, *tag, builtin_english_catalogue(), problems);
  add_environment_problems(*this, problems);
  if (!covers_language(chain, *tag)) {
    std::string supported;
    for (const std::string& t : catalogue_languages(dir)) supported += (supported.empty() ? "" : ", ") + t;
    diags.report(code("plan/unsupported-language"), plan->lang_location,
                 "planforge has no catalogue for " + language_name(*tag) + " ('" + tag->tag + "')",
                 {"supported languages: " + (supported.empty() ? std::string("en") : supported),
                  "docs/localisation.md says how to add one"});
    return;
  }
  auto overrides =
      checked_overrides(overrides_for(*plan, ""), builtin_english_catalogue().get(), "planforge", diags);
  auto data = std::make_shared<LocaleData>(*make_locale_data(*tag, nullptr));
  data->core = std::make_shared<const MessageSet>(std::move(chain), std::move(overrides), data->icu);
  locale = Locale(std::move(data));
  logger("engine")->info("language {} ({})", tag->tag, language_name(*tag));
}

void Session::load_plugin_words() {
  auto timing = timer.scope("language");
  const auto tag = parse_language_tag(locale.tag());
  std::set<std::string> in_use;
  for (const auto& [node, owner] : owners_) in_use.insert(owner.name);
  for (const std::string& name : in_use) {
    // planforge-kpis.so -> planforge-kpis.messages/ beside it.
    const fs::path file = host_->file_of(name);
    const fs::path dir = file.parent_path() / (file.stem().string() + ".messages");
    Diagnostics problems;
    auto chain = read_chain(dir, *tag, nullptr, problems);
    add_environment_problems(*this, problems);
    const Catalogue* english = nullptr;
    for (const auto& c : chain)
      if (c->tag == "en") english = c.get();
    auto overrides = checked_overrides(overrides_for(*plan, name), english, "plugin '" + name + "'", diags);
    plugin_words_[name] =
        std::make_shared<const MessageSet>(std::move(chain), std::move(overrides), locale.data().icu);
  }
  for (const VocabularyTerm& t : plan->meta.vocabulary)
    if (!t.plugin.empty() && !in_use.count(t.plugin))
      diags.report(code("vocabulary/unused"), t.location,
                   "no section of this plan uses plugin '" + t.plugin + "'; the word is not used");
}

}  // namespace planforge::detail
