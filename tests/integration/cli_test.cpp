// The command line itself: usage errors, --version, --help, `plugins`, `new`, JSON output.
#include "harness.hpp"

#include <doctest/doctest.h>

namespace {

void check_usage_error(const std::vector<std::string>& args, const std::string& message) {
  const auto r = pf::planforge(args);
  INFO(r.describe());
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, message));
  CHECK(r.out.empty());
}

// minimal.xml with its section type misspelt ("txet", line 11, column 12).
pf::fs::path misspelt_plan(const pf::TempDir& tmp) {
  std::string text = pf::read_text(pf::data("integration/minimal.xml"));
  text.replace(text.find("type=\"text\""), 11, "type=\"txet\"");
  pf::write_text(tmp / "bad.xml", text);
  return tmp / "bad.xml";
}

}  // namespace

TEST_CASE("cli: usage errors exit 2 with CLI11's message") {
  check_usage_error({}, "A subcommand is required");
  check_usage_error({"draw"}, "unknown command 'draw'");
  check_usage_error({"render"}, "plan is required");
  check_usage_error({"render", "/no/such/plan.xml"}, "File does not exist: /no/such/plan.xml");
  check_usage_error({"render", pf::data("integration/minimal.xml"), "--frobnicate"}, "--frobnicate");
  check_usage_error({"validate", pf::data("integration/minimal.xml"), "--format", "xml"}, "xml");
  check_usage_error({"render", pf::data("integration/minimal.xml"), "--set", "no-equals-sign"},
                    "expected NAME=VALUE, got 'no-equals-sign'");
  check_usage_error({"render", pf::data("integration/minimal.xml"), "--use-plugin", "=text"},
                    "expected NAME=VALUE, got '=text'");
  check_usage_error({"render", pf::data("integration/minimal.xml"), "--plugin-path", "/no/such/folder"},
                    "/no/such/folder");
  check_usage_error({"-q", "-v", "plugins"}, "excludes");
  check_usage_error({"new"}, "name is required");
}

TEST_CASE("cli: --version and --help exit 0") {
  auto r = pf::planforge({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(pf::contains(r.out, "planforge 0."));
  for (const char* command : {"render", "validate", "plugins", "templates", "new", "new-plugin"}) {
    r = pf::planforge({command, "--help"});
    INFO(command << "\n" << r.describe());
    CHECK(r.exit_code == 0);
    CHECK(pf::contains(r.out, command));
  }
  r = pf::planforge({"render", "--help"});
  for (const char* option : {"--output", "--template", "--template-path", "--set", "--plugin-path",
                             "--use-plugin", "--allow-outside-includes"})
    CHECK(pf::contains(r.out, option));
}

TEST_CASE("cli: plugins lists the bundled plugins, rejected candidates and conflicts") {
  const auto r =
      pf::planforge({"plugins", "--plugin-path", pf::fixture_dir("duplicate-type"), "--plugin-path",
                     pf::fixture_dir("abi-999"), "--plugin-path", pf::fixture_dir("not-a-library")});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(pf::contains(r.out, "Search path:\n  " + pf::fixture_dir("duplicate-type") + "\n"));
  CHECK(pf::missing(r.out, {"NAME", "duplicate-text"}) == "");
  CHECK(pf::contains(r.out, "planforge-text.so"));  // the bundled one, from the build tree
  CHECK(pf::missing(r.out,
                    {"Rejected:\n", "planforge-fixture-abi-999.so: plugin ABI 999, this planforge needs 2",
                     "x.so: not a shared library", "Conflicts", "  text: duplicate-text, text\n"}) == "");
}

TEST_CASE("cli: PLANFORGE_PLUGIN_PATH is searched after --plugin-path") {
  pf::RunSettings settings{
      .env = {{"PLANFORGE_PLUGIN_PATH", pf::fixture_dir("hello-copy") + ":" + pf::fixture_dir("abi-999")}}};
  const auto r = pf::planforge({"plugins", "--plugin-path", pf::fixture_dir("hello")}, settings);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  const auto first = r.out.find(pf::fixture_dir("hello") + "\n");
  const auto second = r.out.find(pf::fixture_dir("hello-copy") + "\n");
  const auto third = r.out.find(pf::fixture_dir("abi-999") + "\n");
  CHECK(first < second);
  CHECK(second < third);
  CHECK(third != std::string::npos);
  CHECK(pf::contains(r.out, "shadowed by " + pf::fixture_dir("hello")));
}

TEST_CASE("cli: validate --format json writes parseable JSON to stdout") {
  pf::TempDir tmp;
  const auto plan = misspelt_plan(tmp);
  const auto r = pf::planforge_exits(1, {"validate", plan.string(), "--format", "json"});
  // Python's parser is the judge; it prints what the tests check.
  const std::string parsed = pf::python_on_json(
      r.out,
      "e=[x for x in d['plans'][0]['diagnostics'] if x['severity']=='error']\n"
      "print(len(e), e[0]['line'], e[0]['column'], e[0]['message'], '|', e[0]['hints'][0])");
  CHECK(pf::missing(parsed, {"no plugin provides section type 'txet'", "did you mean 'text'?"}) == "");

  const auto clean =
      pf::planforge_exits(0, {"validate", pf::data("integration/minimal.xml"), "--format", "json"});
  CHECK(pf::contains(clean.out, "\"diagnostics\": []"));
  CHECK(clean.err.empty());
}

TEST_CASE("cli: validate in text form prints compiler-style diagnostics and a summary") {
  pf::TempDir tmp;
  const auto plan = misspelt_plan(tmp);
  const auto r = pf::planforge_exits(1, {"validate", plan.string()});
  CHECK(pf::contains(r.err, plan.string() + ":11:12: error: no plugin provides section type 'txet' "
                                            "[plugin/no-provider]\n  hint: did you mean 'text'?"));
  CHECK(pf::contains(r.err, "1 error, "));

  const auto clean = pf::planforge({"validate", pf::data("integration/minimal.xml")});
  CHECK(clean.exit_code == 0);
  CHECK(pf::contains(clean.err, "0 errors, 0 warnings"));
}

TEST_CASE("cli: new creates a starter plan that validates, and refuses an existing folder") {
  pf::TempDir tmp;
  const pf::RunSettings in_tmp{.cwd = tmp.path()};
  auto r = pf::planforge_exits(0, {"new", "client-plan"}, in_tmp);
  REQUIRE(pf::fs::is_regular_file(tmp / "client-plan" / "plan.xml"));
  CHECK(pf::read_text(tmp / "client-plan" / "plan.xml") ==
        pf::read_text(pf::source("templates/skeleton/plan.xml")));

  const auto before = pf::read_text(tmp / "client-plan" / "plan.xml");
  r = pf::planforge({"new", "client-plan"}, in_tmp);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "already exists"));
  CHECK(pf::read_text(tmp / "client-plan" / "plan.xml") == before);
}

TEST_CASE("cli: new-plugin fills the skeleton with the plugin's name") {
  pf::TempDir tmp;
  const pf::RunSettings in_tmp{.cwd = tmp.path()};
  auto r = pf::planforge_exits(0, {"new-plugin", "risk-log"}, in_tmp);
  const std::string code = pf::read_text(tmp / "risk-log" / "risk-log.cpp");
  CHECK(pf::missing(code, {"class RiskLogPlugin", "PLANFORGE_PLUGIN(RiskLogPlugin, \"risk-log\""}) == "");
  CHECK_FALSE(pf::contains(code, "@"));
  CHECK(pf::contains(pf::read_text(tmp / "risk-log" / "CMakeLists.txt"),
                     "planforge_add_plugin(risk-log risk-log.cpp MESSAGES messages)"));
  // Its English catalogue, the reference a translation copies, named after the plugin.
  const std::string words = pf::read_text(tmp / "risk-log" / "messages" / "en.messages");
  CHECK(pf::contains(words, "title.risk-log = Risk log"));
  CHECK_FALSE(pf::contains(words, "@"));

  r = pf::planforge({"new-plugin", "Bad_Name"}, in_tmp);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "'Bad_Name' is not a plugin name"));
  CHECK_FALSE(pf::fs::exists(tmp / "Bad_Name"));
}
