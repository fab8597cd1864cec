// Findings for machines: --format json (against docs/findings.schema.json), github (the
// workflow command syntax and its escapes), sarif (the properties SARIF 2.1.0 requires and
// code scanning reads), and --werror.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <sstream>

namespace {

// A plan titled `title` holding `sections`, written as tmp/`name`.
pf::fs::path plan_file(const pf::TempDir& tmp, const std::string& name, const std::string& title,
                       const std::string& sections) {
  const auto plan = tmp / name;
  pf::write_text(
      plan, "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"p\" version=\"1.0\">\n  <meta><title>" + title +
                "</title></meta>\n" + sections + "</plan>\n");
  return plan;
}

// A plan with a problem of each kind the formats must carry: an error whose message holds
// '%', ':' and ',' (a section type of a plan in a file whose name holds them too), and a
// warning with a hint (an empty text section).
pf::fs::path awkward_plan(const pf::TempDir& tmp) {
  return plan_file(tmp, "we,ird:50%.xml", "Odd",
                   "  <section type=\"x%2C:y,z\" id=\"s1\" title=\"One\"><p>Text.</p></section>\n"
                   "  <section type=\"text\" id=\"s2\" title=\"Empty\"/>\n");
}

pf::fs::path warning_plan(const pf::TempDir& tmp) {
  return plan_file(tmp, "warn.xml", "Warn", "  <section type=\"text\" id=\"s\" title=\"Empty\"/>\n");
}

// Runs a Python check on a findings document, with the schema's path as sys.argv[2].
std::string python_check(const std::string& document, const std::string& script) {
  return pf::python_on_json(document, script, {pf::source("docs/findings.schema.json")});
}

const std::string schema_check =
    "import jsonschema\n"
    "schema=json.load(open(sys.argv[2]))\n"
    "jsonschema.Draft202012Validator.check_schema(schema)\n"
    "jsonschema.Draft202012Validator(schema).validate(d)\n"
    "print('valid')\n";

}  // namespace

TEST_CASE("findings: --format json follows docs/findings.schema.json for validate and render") {
  pf::TempDir tmp;
  const auto odd = awkward_plan(tmp);
  const auto good = pf::data("integration/minimal.xml");

  auto r = pf::planforge_exits(1, {"validate", odd.string(), "--format", "json"});
  CHECK(r.err.empty());
  auto check = python_check(
      r.out, schema_check +
                 "p=d['plans'][0]\n"
                 "print(d['command'], d['exit_code'], p['errors'], p['warnings'], p['exit_code'])\n"
                 "print(sorted(x['severity'] for x in p['diagnostics']))\n");
  CHECK(pf::contains(check, "valid\nvalidate 1 1 1 1\n['error', 'warning']"));

  // A batch render: one plan written, one failed; output and pages only where written.
  r = pf::planforge(
      {"render", good, odd.string(), "--out-dir", (tmp / "dist").string(), "--format", "json", "-j", "2"});
  INFO(r.describe());
  CHECK(r.exit_code == 1);
  check = python_check(
      r.out, schema_check +
                 "print(d['command'], d['totals']['plans'], d['totals']['failed'])\n"
                 "print([(p['exit_code'], p.get('output','-').split('/')[-1]) for p in d['plans']])\n");
  CHECK(pf::contains(check, "valid\nrender 2 1\n[(0, 'minimal.pdf'), (1, '-')]"));
  // The lines about plans stay off stdout, which holds the document only.
  CHECK(pf::contains(r.err, "2 plans: 1 rendered, 1 failed"));
}

TEST_CASE("findings: --format github writes workflow commands with GitHub's escapes") {
  pf::TempDir tmp;
  const auto odd = awkward_plan(tmp);
  const auto r = pf::planforge_exits(1, {"validate", odd.string(), "--format", "github"});
  // Every annotation is one line of the documented shape; other lines are plain text.
  const std::regex command(
      R"(::(error|warning|notice) file=[^,:\r\n]+(,line=[1-9][0-9]*(,col=[1-9][0-9]*)?)?,title=planforge( [a-z0-9-]+/[a-z0-9-]+)?::[^\r\n]+)");
  std::istringstream lines(r.out);
  std::vector<std::string> annotations;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("::", 0) != 0) continue;
    INFO(line);
    CHECK(std::regex_match(line, command));
    annotations.push_back(line);
  }
  REQUIRE(annotations.size() == 2);
  // The file property escapes '%', ':' and ','; the message escapes '%' and line breaks only.
  const std::string file = "file=" + (tmp.path().string() + "/we%2Cird%3A50%25.xml");
  CHECK(annotations[0] ==
        "::error " + file +
            ",line=4,col=12,title=planforge plugin/no-provider::no plugin provides section type "
            "'x%252C:y,z'%0Ahint: the plugins found provide: context, customer-needs, kpis, "
            "mission, org-structure, portfolio, rollout, text and traceability");
  CHECK(pf::contains(
      annotations[1],
      "::warning " + file + ",line=5,col=3,title=planforge text/empty::text section is empty%0Ahint: "));
  CHECK(pf::contains(r.out, "1 error, 1 warning"));
}

TEST_CASE("findings: --format sarif writes a SARIF 2.1.0 log code scanning can read") {
  pf::TempDir tmp;
  const auto odd = awkward_plan(tmp);
  pf::RunSettings here{.cwd = tmp.path()};
  const auto r = pf::planforge(
      {"validate", "we,ird:50%.xml", pf::data("integration/minimal.xml"), "--format", "sarif"}, here);
  INFO(r.describe());
  CHECK(r.exit_code == 1);
  const auto check = python_check(
      r.out,
      "import re\n"
      "assert d['version']=='2.1.0' and d['$schema'].endswith('sarif-2.1.0.json')\n"
      "assert len(d['runs'])==1\n"
      "run=d['runs'][0]\n"
      "assert run['tool']['driver']['name']=='planforge'\n"
      "assert run['invocations'][0]['exitCode']==1 and run['invocations'][0]['executionSuccessful']\n"
      "uri=re.compile(r\"^[A-Za-z0-9\\-._~/%:]+$\")\n"
      "for res in run['results']:\n"
      "  assert res['level'] in ('error','warning','note') and res['message']['text']\n"
      "  loc=res['locations'][0]['physicalLocation']\n"
      "  assert uri.match(loc['artifactLocation']['uri']), loc\n"
      "  assert loc['region']['startLine']>=1 and loc['region']['startColumn']>=1\n"
      "  print(res['level'], loc['artifactLocation']['uri'], loc['artifactLocation'].get('uriBaseId'), "
      "loc['region']['startLine'])\n");
  // A relative file stays relative to the checkout, percent-encoded.
  CHECK(check == "error we%2Cird%3A50%25.xml %SRCROOT% 4\nwarning we%2Cird%3A50%25.xml %SRCROOT% 5\n");
}

TEST_CASE("findings: --werror turns warnings into errors, and a render then writes nothing") {
  pf::TempDir tmp;
  const auto plan = warning_plan(tmp);
  auto r = pf::planforge({"validate", plan.string()});
  CHECK(r.exit_code == 0);
  CHECK(pf::contains(r.err, "warning: text section is empty"));

  r = pf::planforge({"validate", plan.string(), "--werror"});
  INFO(r.describe());
  CHECK(r.exit_code == 1);
  CHECK(pf::missing(r.err, {"error: text section is empty", "1 error, 0 warnings"}) == "");

  const auto pdf = tmp / "warn.pdf";
  pf::plant_previous_output(pdf);
  r = pf::planforge({"render", plan.string(), "-o", pdf.string(), "--werror"});
  INFO(r.describe());
  CHECK(r.exit_code == 1);
  CHECK(pf::previous_output_untouched(pdf));
  r = pf::planforge({"render", plan.string(), "-o", pdf.string()});
  CHECK(r.exit_code == 0);
  CHECK_FALSE(pf::previous_output_untouched(pdf));
}
