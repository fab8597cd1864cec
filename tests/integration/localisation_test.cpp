// The plan's language, read back from the PDF: the example in each shipped language keeps
// none of the English words the core or a bundled plugin generates, /Lang is in the catalog, a plugin with
// its own catalogue speaks the plan's language with the right plural forms, the plan's vocabulary wins,
// narrow columns hyphenate compounds with a visible hyphen, and tags planforge cannot serve are refused at
// file:line:col.
#include "catalogue_words.hpp"
#include "harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace {

// key -> pattern of the core's messages/<tag>.messages.
std::map<std::string, std::string> catalogue(const std::string& tag) {
  return pf::read_catalogue(pf::source("messages/" + tag + ".messages"));
}

std::string fill(std::string pattern, const std::map<std::string, std::string>& args) {
  for (const auto& [name, value] : args)
    for (auto at = pattern.find("{" + name + "}"); at != std::string::npos;
         at = pattern.find("{" + name + "}"))
      pattern.replace(at, name.size() + 2, value);
  return pattern;
}

std::string ascii_upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// pdftotext keeps a no-break space as U+00A0; compare with plain spaces.
std::string plain_spaces(std::string s) {
  for (auto at = s.find("\u00A0"); at != std::string::npos; at = s.find("\u00A0")) s.replace(at, 2, " ");
  return s;
}

// The core's furniture words the example shows: (key, shown in capitals). The bundled
// plugins' words are checked from their catalogues, every key (plugin_words_left).
const std::vector<std::pair<std::string, bool>> core_furniture = {
    {"contents", false},         {"revision-history", false},     {"cover.prepared-by", true},
    {"cover.plan-period", true}, {"cover.confidentiality", true}, {"cover.date", true},
    {"status.review", false},    {"page.number-of", false},       {"ref.page", false}};

std::string qdf(const pf::fs::path& pdf, const pf::TempDir& tmp) {
  const auto out = tmp / "qdf.pdf";
  pf::run_program("/usr/bin/qpdf", {"--qdf", "--object-streams=disable", pdf.string(), out.string()});
  return pf::read_text(out);
}

// The PDF's text on one line: words a line break splits ("Latest / actual") join again, and a
// hyphenated word ("Capa-/bility") is whole.
std::string one_line(std::string text) {
  for (auto at = text.find("-\n"); at != std::string::npos; at = text.find("-\n", at)) text.erase(at, 2);
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

// Every word a bundled plugin prints comes from its catalogue: where the language has its
// own word for a key, English's must not be in the PDF unless the plan writes it itself; and
// each plugin shows some of its words in the language (its catalogue was found and used).
void plugin_words_left(const std::string& tag, const std::string& pdf, const std::string& plan) {
  const std::string flat = one_line(pdf), own_text = one_line(plan);
  for (const auto& dir : pf::plugin_catalogue_dirs()) {
    const std::string plugin = dir.parent_path().filename().string();
    const auto english = pf::read_catalogue(dir / "en.messages");
    const auto own = pf::read_catalogue(dir / (tag + ".messages"));
    // Everything the language's catalogue prints: an English word that is also a word of the
    // language ("Status", "Partner", Polish "Role") says nothing.
    std::string theirs;
    std::size_t shown = 0;
    for (const auto& [key, pattern] : own) {
      const auto en = english.find(key);
      for (const std::string& run : pf::literal_runs(pattern)) {
        theirs += run + "\n";
        shown += en != english.end() && !pf::contains_words(en->second, run) && pf::contains_words(flat, run);
      }
    }
    // (The example gives every text section a title, so the text plugin's one word is unused.)
    if (plugin != "text")
      CHECK_MESSAGE(shown > 0, tag << ": no word of " << plugin << "'s catalogue is in the PDF");
    for (const auto& [key, pattern] : english) {
      REQUIRE_MESSAGE(own.count(key), dir << ": " << tag << " lacks " << key);
      for (const std::string& run : pf::literal_runs(pattern)) {
        if (pf::contains_words(theirs, run) || pf::contains_words(own_text, run)) continue;
        CHECK_MESSAGE(!pf::contains_words(flat, run),
                      tag << ": English '" << run << "' (" << plugin << " " << key << ") is left");
      }
    }
  }
}

// A copy of the plan folder `source` in `tmp`/copy with its `lang` set to `tag`, rendered;
// the PDF's path.
pf::fs::path render_in(const std::string& source, const std::string& tag, const pf::TempDir& tmp) {
  pf::fs::copy(pf::source(source), tmp.path() / "copy", pf::fs::copy_options::recursive);
  const auto plan = tmp / "copy/plan.xml";
  std::string text = pf::read_text(plan);
  const auto at = text.find("lang=\"en\"");
  REQUIRE(at != std::string::npos);
  text.replace(at, 9, "lang=\"" + tag + "\"");
  pf::write_text(plan, text);
  const auto out = tmp / "out.pdf";
  pf::render_ok(plan.string(), out);
  return out;
}

void example_in(const std::string& tag) {
  pf::TempDir tmp;
  const auto out = render_in("examples/acme-cs", tag, tmp);
  const std::string pdf = plain_spaces(pf::pdf_text(out, false));
  const auto en = catalogue("en"), own = catalogue(tag.substr(0, 2));
  const std::map<std::string, std::string> args = {{"page", "2"},
                                                   {"pages", std::to_string(pf::pdf_pages(out))}};
  for (const auto& [key, upper] : core_furniture) {
    std::string english = fill(en.at(key), args), word = fill(own.at(key), args);
    if (key == "ref.page")
      english = fill(en.at(key), {{"page", ""}}).substr(0, 4),
      word = fill(own.at(key), {{"page", ""}}).substr(0, 4);
    if (upper) english = ascii_upper(english), word = ascii_upper(word);
    if (english == word) continue;  // the same word in both languages ("Status", "Version")
    CHECK_MESSAGE(!pf::contains(pdf, english),
                  tag << ": English '" << english << "' (" << key << ") is left");
    if (!upper)
      CHECK_MESSAGE(pf::contains(pdf, word), tag << ": '" << word << "' (" << key << ") is missing");
  }
  // The cover's date in US English would be "November 15, 2026".
  if (tag != "en") CHECK_MESSAGE(!pf::contains(pdf, "November 15, 2026"), tag);
  if (tag != "en") plugin_words_left(tag, pdf, pf::plan_content(tmp / "copy"));
  // The language is in the catalog for screen readers and hyphenating viewers, and the XMP
  // metadata marks the title with it.
  CHECK(pf::contains(qdf(out, tmp), "/Lang (" + tag + ")"));
  const auto meta = pf::run_program("/usr/bin/pdfinfo", {"-meta", out.string()});
  CHECK(pf::contains(
      meta.out, "<rdf:li xml:lang=\"" + tag + "\">Customer Service &amp; Support Strategic Plan</rdf:li>"));
  CHECK(pf::contains(meta.out, "<dc:language><rdf:Bag><rdf:li>" + tag + "</rdf:li></rdf:Bag></dc:language>"));
}

// Another plan, written for another client: the ferry operator's (typed rollout dependencies
// with lags, fifteen needs, a wide organisation), in `tag`, keeps no English plugin word.
void ferry_in(const std::string& tag) {
  pf::TempDir tmp;
  const auto out = render_in("tests/data/client-ferry", tag, tmp);
  plugin_words_left(tag, plain_spaces(pf::pdf_text(out, false)), pf::plan_content(tmp / "copy"));
}

std::string plan_with(const std::string& lang, const std::string& meta_extra, const std::string& sections) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan format=\"1\" id=\"l10n\" version=\"1.0.0\" "
         "lang=\"" +
         lang +
         "\">\n  <meta>\n    <title>Plan</title>\n    <date>2026-11-15</date>\n    <status>final</status>\n" +
         meta_extra + "  </meta>\n" + sections + "</plan>\n";
}

pf::RunOutput render(const pf::TempDir& tmp, const std::string& plan_text,
                     std::vector<std::string> extra = {}) {
  pf::write_text(tmp / "plan.xml", plan_text);
  std::vector<std::string> args = {"render", (tmp / "plan.xml").string(), "-o", (tmp / "out.pdf").string()};
  args.insert(args.end(), extra.begin(), extra.end());
  return pf::planforge(args);
}

const std::string localised_section =
    "  <section type=\"fixture-localised\"><greet to=\"Anna\"/><counts>1 2 5 22</counts></section>\n";

// A plan in `lang` with the localised fixture's section (and a <vocabulary> of `terms` in
// its <meta>), rendered with that fixture on the plugin path.
pf::RunOutput render_localised(const pf::TempDir& tmp, const std::string& lang,
                               const std::string& terms = "") {
  const std::string vocabulary = terms.empty() ? "" : "    <vocabulary>\n" + terms + "    </vocabulary>\n";
  return render(tmp, plan_with(lang, vocabulary, localised_section),
                {"--plugin-path", pf::fixture_dir("localised")});
}

}  // namespace

TEST_CASE("localisation: the example in English keeps its English words") { example_in("en"); }
TEST_CASE("localisation: the example in German has no English furniture words") { example_in("de"); }
TEST_CASE("localisation: the example in French has no English furniture words") { example_in("fr"); }
TEST_CASE("localisation: the example in Spanish has no English furniture words") { example_in("es"); }
TEST_CASE("localisation: the example in Italian has no English furniture words") { example_in("it"); }
TEST_CASE("localisation: the example in Dutch has no English furniture words") { example_in("nl"); }
TEST_CASE("localisation: the example in Portuguese has no English furniture words") { example_in("pt"); }
TEST_CASE("localisation: the example in Polish has no English furniture words") { example_in("pl"); }
TEST_CASE("localisation: the example in Swedish has no English furniture words") { example_in("sv"); }
TEST_CASE("localisation: the example in Norwegian has no English furniture words") { example_in("nb"); }
TEST_CASE("localisation: the example in Danish has no English furniture words") { example_in("da"); }
TEST_CASE("localisation: the example in Finnish has no English furniture words") { example_in("fi"); }

// (Not German: its hyphenation dictionary takes seconds to load, and the example covers it.)
TEST_CASE(
    "localisation: the ferry client's plan in Polish, Finnish and Norwegian keeps no English plugin word") {
  for (const char* tag : {"pl", "fi", "nb"}) {
    INFO(tag);
    ferry_in(tag);
  }
}

TEST_CASE("localisation: a plugin's own catalogue, its plurals and the shared formats (Polish)") {
  pf::TempDir tmp;
  const auto r = render_localised(tmp, "pl");
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  const std::string text = plain_spaces(pf::pdf_text(tmp / "out.pdf", false));
  CHECK(pf::contains(text, "Sekcja zlokalizowana"));  // the section's title from the catalogue
  CHECK(pf::missing(text, {"Dzień dobry, Anna.", "1 wskaźnik | 2 wskaźniki | 5 wskaźników | 22 wskaźniki",
                           "Stan na 15 listopada 2026, udział 85,5%", "49,– €", "1 250,50 €"}) == "");
}

TEST_CASE("localisation: a plan's vocabulary overrides core and plugin words (German)") {
  pf::TempDir tmp;
  const std::string terms =
      "      <term key=\"contents\">Übersicht</term>\n"
      "      <term plugin=\"fixture-localised\" key=\"greeting\">Moin, {name}!</term>\n"
      "      <term plugin=\"fixture-localised\" key=\"indicators\">{count, plural, one {# KPI} other {# "
      "KPIs}}</term>\n";
  const auto r = render_localised(tmp, "de", terms);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  const std::string text = pf::pdf_text(tmp / "out.pdf", false);
  CHECK(pf::contains(text, "Übersicht"));
  CHECK(!pf::contains(text, "Inhalt\n"));
  CHECK(pf::missing(text, {"Moin, Anna!", "1 KPI | 2 KPIs", "Lokalisierter Abschnitt"}) == "");
}

TEST_CASE("localisation: an unknown word in the vocabulary is an error at its line") {
  pf::TempDir tmp;
  const std::string terms =
      "      <term key=\"contnets\">Übersicht</term>\n"
      "      <term plugin=\"fixture-localised\" key=\"greeting\">Hallo {nom}</term>\n";
  const auto r = render_localised(tmp, "de", terms);
  INFO(r.describe());
  CHECK(r.exit_code == 1);
  CHECK(pf::missing(r.err, {"plan.xml:8:7: error: planforge has no word 'contnets' to override",
                            "did you mean 'contents'?",
                            "plan.xml:9:7: error: the word 'greeting' has no argument {nom}"}) == "");
}

TEST_CASE("localisation: right-to-left, unknown and malformed languages are refused at `lang`") {
  pf::TempDir tmp;
  const std::string body = "  <section type=\"text\" title=\"A\"><p>x</p></section>\n";
  auto r = render(tmp, plan_with("ar", "", body));
  CHECK(r.exit_code == 1);
  CHECK(pf::contains(
      r.err,
      "plan.xml:2:44: error: 'ar' (Arabic) is written right to left, which planforge cannot lay out yet"));
  r = render(tmp, plan_with("ja", "", body));
  CHECK(r.exit_code == 1);
  CHECK(pf::missing(r.err, {"plan.xml:2:44: error: planforge has no catalogue for Japanese ('ja')",
                            "supported languages: da, de, en, es, fi, fr, it, nb, nl, pl, pt, sv"}) == "");
  r = render(tmp, plan_with("de_DE", "", body));
  CHECK(r.exit_code == 1);
  CHECK(pf::contains(r.err, "plan.xml:2:44: error: invalid language tag 'de_DE'"));
  // A region planforge has no own catalogue for falls back to the language's.
  r = render(tmp, plan_with("de-AT", "", body));
  CHECK(r.exit_code == 0);
  CHECK(pf::contains(qdf(tmp / "out.pdf", tmp), "/Lang (de-AT)"));
}

namespace {

// A table of eight narrow columns whose cells are single long compounds.
std::string narrow_table(const std::string& word) {
  std::string row = "<row>";
  for (int i = 0; i < 8; ++i) row += "<cell>" + word + "</cell>";
  row += "</row>";
  return "  <section type=\"text\" title=\"T\"><table>" + row + row + "</table></section>\n";
}

// pdftotext -layout keeps each cell's lines: every piece of `word` that ends a line must end
// in a hyphen at one of `points` (bytes before the hyphen), never be a bare cut.
void check_hyphenated(const std::string& text, const std::string& word,
                      const std::vector<std::size_t>& points) {
  std::istringstream in(text);
  int broken = 0;
  for (std::string token; in >> token;) {
    if (token == word) continue;
    const bool hyphen = token.size() > 1 && token.back() == '-';
    const std::string piece = hyphen ? token.substr(0, token.size() - 1) : token;
    if (piece.size() < 2 || word.rfind(piece, 0) != 0) continue;  // not the word's first piece
    CHECK_MESSAGE(hyphen, "'" << token << "' is cut from " << word << " without a hyphen");
    CHECK_MESSAGE(std::find(points.begin(), points.end(), piece.size()) != points.end(),
                  "'" << token << "' is not at a hyphenation point of " << word);
    ++broken;
  }
  CHECK_MESSAGE(broken >= 16, word << " was hyphenated " << broken << " times:\n" << text);
}

}  // namespace

TEST_CASE("hyphenation: German compounds in narrow table columns break at syllables, with a hyphen") {
  pf::TempDir tmp;
  const std::string word = "Kundenzufriedenheitsumfrage";
  const auto r = render(tmp, plan_with("de", "", narrow_table(word)));
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  // Kun-den-zu-frie-den-heits-um-fra-ge (libhyphen with hyphen-de)
  check_hyphenated(pf::pdf_text(tmp / "out.pdf"), word, {6, 8, 12, 15, 20, 22, 25});
}

TEST_CASE("hyphenation: Finnish compounds break where Voikko allows, with a hyphen") {
  pf::TempDir tmp;
  const std::string word = "asiakastyytyväisyyskysely";
  const auto r = render(tmp, plan_with("fi", "", narrow_table(word)));
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  // a-si-a-kas-tyy-ty-väi-syys-ky-se-ly, in bytes (ä is two)
  check_hyphenated(pf::pdf_text(tmp / "out.pdf"), word, {2, 4, 7, 10, 13, 16, 21, 23, 25});
}
