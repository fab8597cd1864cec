// The core's words: catalogues complete and well-formed, plurals right in every language,
// the fallback chain, overrides and the language tag checks.
#include "locale_fixture.hpp"

#include "i18n/catalogue.hpp"

#include <unicode/messagepattern.h>
#include <unicode/plurrule.h>

#include <doctest/doctest.h>

#include <set>

using namespace planforge;
using namespace planforge::detail;
using i18n_test::locale_for;
using i18n_test::messages_dir;

namespace {

const std::vector<std::string> shipped = {"en", "de", "fr", "es", "it", "nl",
                                          "pt", "pl", "sv", "nb", "da", "fi"};

Catalogue load(const std::string& tag, Diagnostics& diags, const std::filesystem::path& dir = messages_dir) {
  auto c = read_catalogue(dir, tag, diags);
  REQUIRE_MESSAGE(c.has_value(), "no catalogue " << tag << " in " << dir);
  return *c;
}

// The core's catalogues and every bundled plugin's (plugins/*/messages): all are held to
// the same rules.
std::vector<std::filesystem::path> shipped_dirs() {
  std::vector<std::filesystem::path> dirs{messages_dir};
  for (const auto& e :
       std::filesystem::directory_iterator(std::filesystem::path(PLANFORGE_SOURCE_DIR) / "plugins"))
    if (std::filesystem::is_directory(e.path() / "messages")) dirs.push_back(e.path() / "messages");
  return dirs;
}

// The plural categories each `plural` argument of `pattern` spells out.
std::vector<std::set<std::string>> plural_forms(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessagePattern p(icu::UnicodeString::fromUTF8(pattern), nullptr, status);
  std::vector<std::set<std::string>> out;
  for (int32_t i = 0; i < p.countParts(); ++i) {
    const auto& part = p.getPart(i);
    if (part.getType() == UMSGPAT_PART_TYPE_ARG_START && part.getArgType() == UMSGPAT_ARG_TYPE_PLURAL) {
      std::set<std::string> forms;
      const int32_t limit = p.getLimitPartIndex(i);
      for (int32_t k = i + 1; k < limit; ++k) {
        const auto& sel = p.getPart(k);
        if (sel.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR) {
          std::string s;
          p.getSubstring(sel).toUTF8String(s);
          forms.insert(s);
          k = p.getLimitPartIndex(k + 1);  // skip the sub-message
        }
      }
      out.push_back(forms);
    }
  }
  return out;
}

// Every language of `dir` has exactly English's keys, with English's arguments.
void check_complete(const std::filesystem::path& dir, Diagnostics& diags) {
  INFO(dir);
  const Catalogue en = load("en", diags, dir);
  REQUIRE(!en.entries.empty());
  for (const std::string& tag : shipped) {
    const Catalogue c = load(tag, diags, dir);
    for (const auto& [key, entry] : en.entries) {
      const CatalogueEntry* e = c.find(key);
      CHECK_MESSAGE(e != nullptr, tag << " lacks '" << key << "'");
      if (!e) continue;
      std::set<std::string> want, have;
      pattern_problem(entry.pattern, &want);
      pattern_problem(e->pattern, &have);
      CHECK_MESSAGE(want == have, tag << ": '" << key << "' has other arguments than English");
    }
    for (const auto& [key, entry] : c.entries)
      CHECK_MESSAGE(en.find(key) != nullptr, tag << " has '" << key << "', which English does not");
  }
  // And no language ships a catalogue the list above forgets.
  CHECK(catalogue_languages(dir).size() == shipped.size());
}

// Every plural message of `tag` in `dir` spells out the plural forms the language needs.
void check_plurals(const std::filesystem::path& dir, const std::string& tag, Diagnostics& diags) {
  INFO(dir);
  const Catalogue c = load(tag, diags, dir);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(tag.c_str()), status));
  REQUIRE(U_SUCCESS(status));
  std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
  std::set<std::string> needed;
  while (const char* k = keywords->next(nullptr, status)) needed.insert(k);
  needed.erase("many");  // CLDR's "many" of es, fr, it, pt is for millions (compact numbers)
  if (tag == "pl") needed.insert("many");
  for (const auto& [key, entry] : c.entries)
    for (const auto& forms : plural_forms(entry.pattern))
      for (const std::string& k : needed)
        CHECK_MESSAGE(forms.count(k), tag << ": '" << key << "' lacks the plural form '" << k << "'");
}

}  // namespace

TEST_CASE(
    "every shipped catalogue (core and bundled plugins) has exactly English's keys, with English's "
    "arguments") {
  Diagnostics diags;
  // The built-in English is the file itself.
  CHECK(builtin_english_catalogue()->entries.size() == load("en", diags).entries.size());
  REQUIRE(shipped_dirs().size() >= 10);  // the core and nine bundled plugins
  for (const auto& dir : shipped_dirs()) check_complete(dir, diags);
  for (const Diagnostic& d : diags.sorted()) FAIL_CHECK(format_diagnostic(d));
}

TEST_CASE("plural messages spell out every plural form of their language (Polish has four)") {
  Diagnostics diags;
  for (const auto& dir : shipped_dirs())
    for (const std::string& tag : shipped) check_plurals(dir, tag, diags);
  for (const Diagnostic& d : diags.sorted()) FAIL_CHECK(format_diagnostic(d));
}

TEST_CASE("plurals: 1, 2–4 and 5+ in Polish — one and other in English and German") {
  const auto pl = locale_for("pl");
  CHECK(pl.text("duration.quarters", {{"count", 1}}) == "1 kwarta\u0142");
  CHECK(pl.text("duration.quarters", {{"count", 3}}) == "3 kwarta\u0142y");
  CHECK(pl.text("duration.quarters", {{"count", 5}}) == "5 kwarta\u0142\u00F3w");
  CHECK(pl.text("duration.quarters", {{"count", 22}}) == "22 kwarta\u0142y");
  CHECK(pl.text("duration.quarters", {{"count", 1.5}}) == "1,5 kwarta\u0142u");
  CHECK(locale_for("en").text("chart.hidden-units", {{"count", 1}}) == "+1 unit (continued)");
  CHECK(locale_for("en").text("chart.hidden-units", {{"count", 12}}) == "+12 units (continued)");
  CHECK(locale_for("de").text("duration.quarters", {{"count", 2}}) == "2 Quartale");
}

TEST_CASE("plurals of the bundled plugins' count words: Polish one, few and many (and other for fractions)") {
  Diagnostics diags;
  const auto pl = locale_for("pl");
  const auto plugin = std::filesystem::path(PLANFORGE_SOURCE_DIR) / "plugins";
  auto word = [&](const char* name, const char* key, double n) {
    const Catalogue c = load("pl", diags, plugin / name / "messages");
    const CatalogueEntry* e = c.find(key);
    REQUIRE_MESSAGE(e != nullptr, name << " " << key);
    return pl.format_message(e->pattern, {{"count", n}});
  };
  struct Case {
    const char* plugin;
    const char* key;
    double n;
    const char* expected;
  };
  for (const Case& c :
       std::initializer_list<Case>{{"kpis", "summary.total", 1, "1 wska\u017Anik:"},
                                   {"kpis", "summary.total", 2, "2 wska\u017Aniki:"},
                                   {"kpis", "summary.total", 5, "5 wska\u017Anik\u00F3w:"},
                                   {"kpis", "summary.total", 22, "22 wska\u017Aniki:"},
                                   {"org-structure", "units", 12, "12 jednostek"},
                                   {"rollout", "phases", 3, "3 etapy"},
                                   {"rollout", "lag.months", 1, "1 miesi\u0105c"},
                                   {"rollout", "lag.months", 4, "4 miesi\u0105ce"},
                                   {"rollout", "lag.months", 6, "6 miesi\u0119cy"},
                                   {"rollout", "lag.weeks", 1.5, "1,5 tygodnia"},
                                   {"portfolio", "duration.working-days", 3, "3 dni robocze"},
                                   {"portfolio", "duration.working-days", 5, "5 dni roboczych"}})
    CHECK_MESSAGE(word(c.plugin, c.key, c.n) == c.expected, c.plugin << " " << c.key << " " << c.n);
  CHECK(diags.sorted().empty());
}

TEST_CASE("fallback: nb-NO and no use Norwegian, de-CH German, an unknown key comes back as itself") {
  CHECK(locale_for("nb-NO").text("contents") == "Innhold");
  CHECK(locale_for("no").text("contents") == "Innhold");
  CHECK(locale_for("no").tag() == "nb");
  CHECK(locale_for("de-CH").text("contents") == "Inhalt");
  CHECK(locale_for("en-GB").text("contents") == "Contents");
  CHECK(locale_for("de").text("no.such-key") == "no.such-key");
  CHECK(fallback_chain(*parse_language_tag("de-Latn-CH")) ==
        std::vector<std::string>{"de-Latn-CH", "de-CH", "de-Latn", "de", "en"});
}

TEST_CASE("a plan's override wins over the catalogue, plurals and arguments included") {
  const auto l =
      locale_for("en", {{"contents", "Table of contents"}, {"page.number-of", "{page} / {pages}"}});
  CHECK(l.text("contents") == "Table of contents");
  CHECK(l.text("page.number-of", {{"page", "3"}, {"pages", "12"}}) == "3 / 12");
  CHECK(l.text("revision-history") == "Revision history");
}

TEST_CASE("overrides are checked against English: unknown keys and arguments") {
  Diagnostics diags;
  const std::vector<WordOverride> overrides = {{"contents", "Inhaltsübersicht", {"plan.xml", 3, 5}},
                                               {"contnets", "x", {"plan.xml", 4, 5}},
                                               {"page.number-of", "{page} of {total}", {"plan.xml", 5, 5}}};
  const auto good = checked_overrides(overrides, builtin_english_catalogue().get(), "planforge", diags);
  CHECK(good.size() == 1);
  const auto d = diags.sorted();
  REQUIRE(d.size() == 2);
  CHECK(d[0].message == "planforge has no word 'contnets' to override");
  CHECK(d[0].hints.at(0) == "did you mean 'contents'?");
  CHECK(d[1].location.line == 5);
  CHECK(d[1].message == "the word 'page.number-of' has no argument {total}");
}

TEST_CASE("language tags: canonical forms, malformed ones, right-to-left scripts") {
  CHECK(parse_language_tag("DE-ch")->tag == "de-CH");
  CHECK(parse_language_tag("nb-NO")->region == "NO");
  CHECK(parse_language_tag("sr-Latn")->script == "Latn");
  for (const char* bad : {"", "e", "english", "de_DE", "de-", "-de", "de--CH", "d\u00E9", "12"})
    CHECK_MESSAGE(!parse_language_tag(bad), bad);
  for (const char* rtl : {"ar", "he", "fa", "ur", "yi", "ar-EG"})
    CHECK_MESSAGE(parse_language_tag(rtl)->right_to_left, rtl);
  for (const char* ltr : {"en", "de", "fi", "pl", "ja", "sr-Latn"})
    CHECK_MESSAGE(!parse_language_tag(ltr)->right_to_left, ltr);
}

TEST_CASE("catalogue syntax errors are reported at file:line:col") {
  Diagnostics diags;
  const Catalogue c = parse_catalogue(
      "# comment\n\ngood = Fine\nBad Key = x\nplural = {n, plural, one {#}}\n"
      "nbsp = a\\u00A0b\nbad-escape = a\\q\ngood = twice\nnoequals\n",
      "xx", "xx.messages", diags);
  CHECK(c.entries.size() == 2);
  CHECK(c.find("nbsp")->pattern == "a\u00A0b");
  std::vector<std::string> lines;
  for (const Diagnostic& d : diags.sorted())
    if (d.severity == Severity::error) lines.push_back(d.location.to_string() + " " + d.message);
  REQUIRE(lines.size() >= 5);
  CHECK(lines[0] == "xx.messages:4:1 'Bad Key' is not a message key");
  CHECK(lines[1].rfind("xx.messages:5:10 message 'plural': not a valid ICU message pattern", 0) == 0);
  CHECK(lines[2] == "xx.messages:7:15 bad escape: write \\uXXXX (four hex digits) or \\\\");
  CHECK(lines[3] == "xx.messages:8:1 message 'good' is given twice");
}
