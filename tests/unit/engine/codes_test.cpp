// Diagnostic codes: every code the core and the bundled plugins declare is well formed, used
// once, named after its plugin's section type, and listed with its severity in docs/cli.md.
#include <planforge/engine.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace planforge;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("every code is well formed, unique, and its plugin's") {
  std::vector<Diagnostic> problems;
  std::map<std::string, std::vector<std::string>> types;  // plugin name → its section types
  for (const PluginCandidate& c : list_plugins({}, problems))
    if (c.accepted) types[c.name] = c.section_types;
  const std::vector<CodeInfo> codes = list_diagnostic_codes({});
  std::set<std::string> seen;
  std::set<std::string> sources;
  for (const CodeInfo& c : codes) {
    INFO(c.id);
    CHECK(is_code_id(c.id));
    CHECK(seen.insert(c.id).second);
    CHECK(!c.summary.empty());
    sources.insert(c.source);
    if (c.source == "core") continue;
    const std::string area = c.id.substr(0, c.id.find('/'));
    const auto& own = types[c.source];
    CHECK_MESSAGE(std::find(own.begin(), own.end(), area) != own.end(),
                  c.id << " of plugin " << c.source << " does not start with one of its section types");
  }
  for (const char* expected : {"core", "kpis", "mission", "portfolio", "rollout", "text", "context",
                               "customer-needs", "org-structure"})
    CHECK_MESSAGE(sources.count(expected), "no codes from " << expected);
}

TEST_CASE("docs/cli.md lists every code with its severity") {
  const std::string doc = read(PLANFORGE_SOURCE_DIR "/docs/cli.md");
  for (const CodeInfo& c : list_diagnostic_codes({})) {
    const std::string row = "| `" + c.id + "` | " + to_string(c.severity) + " |";
    CHECK_MESSAGE(doc.find(row) != std::string::npos, "docs/cli.md lacks the row " << row);
  }
}

TEST_CASE("codes: the API is not ambiguous and a code's severity is its diagnostics'") {
  static constexpr DiagnosticCode table[] = {{"t/warn", Severity::warning, "a warning"},
                                             {"t/err", Severity::error, "an error"}};
  Diagnostics d;
  d.report(find_code(table, "t/warn"), {"p.xml", 1, 2}, "coded", {"a hint"});
  d.warning({"p.xml", 3, 4}, "uncoded", {"a hint"});  // the old calls keep working
  d.error({"p.xml", 5, 6}, "uncoded error");
  d.report(find_code(table, "t/err"), {"p.xml", 7, 8}, "coded error");
  const auto all = d.sorted();
  REQUIRE(all.size() == 4);
  CHECK(all[0].code == "t/warn");
  CHECK(all[0].severity == Severity::warning);
  CHECK(all[1].code.empty());
  CHECK(all[3].severity == Severity::error);
  CHECK(d.error_count() == 2);
  CHECK(format_diagnostic(all[0]) == "p.xml:1:2: warning: coded [t/warn]\n  hint: a hint");
  CHECK(format_diagnostic(all[1]) == "p.xml:3:4: warning: uncoded\n  hint: a hint");
  CHECK(is_code_id("kpis/goal-unmeasured"));
  CHECK(is_code_id("org-structure/no-units"));
  for (const char* bad : {"kpis", "/x", "x/", "Kpis/x", "a/b/c", "a--b/c", "a/-b", "a/b c", ""})
    CHECK_MESSAGE(!is_code_id(bad), bad);
}
