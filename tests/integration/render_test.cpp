// Rendering real plans with the bundled plugins: the PDF is valid, reads back as the plan
// says, is reproducible, and a failed run never clobbers an existing PDF.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <map>
#include <sstream>

namespace {

const pf::EnvChanges fixed_date{{"SOURCE_DATE_EPOCH", "1767225600"}};  // 2026-01-01T00:00:00Z

pf::RunOutput render(const std::string& plan, const pf::fs::path& out, std::vector<std::string> extra = {},
                     pf::EnvChanges env = fixed_date) {
  std::vector<std::string> args{"render", plan, "-o", out.string()};
  args.insert(args.end(), extra.begin(), extra.end());
  pf::RunSettings settings{.env = std::move(env)};
  return pf::planforge(args, settings);
}

}  // namespace

TEST_CASE("render: a minimal plan with a text section") {
  pf::TempDir tmp;
  const auto out = tmp / "minimal.pdf";
  const auto r = render(pf::data("integration/minimal.xml"), out);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(pf::contains(r.out, "wrote " + out.string()));
  CHECK(r.err.empty());

  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(out, &report), report);
  const int pages = pf::pdf_pages(out);
  CHECK(pages >= 2);  // a cover, then the body
  const std::string text = pf::pdf_text(out);
  CHECK(pf::missing(text, {"Minimal Service Plan", "Operations and Processes",
                           "The help desk answers every call within two minutes"}) == "");
  CHECK(pf::contains(text, "1.1"));  // the numbered <subsection>
  CHECK(pf::contains(text, "Tools"));
  CHECK(pf::contains(pf::pdf_page_text(out, pages),
                     "Page " + std::to_string(pages) + " of " + std::to_string(pages)));
}

TEST_CASE("render: the default output is the plan's name with .pdf, beside it") {
  pf::TempDir tmp;
  pf::fs::copy_file(pf::data("integration/minimal.xml"), tmp / "plan.xml");
  pf::RunSettings settings{.env = fixed_date};
  const auto r = pf::planforge({"render", (tmp / "plan.xml").string(), "-q"}, settings);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());  // -q
  CHECK(pf::qpdf_check(tmp / "plan.pdf"));
}

TEST_CASE("render: two runs with the same SOURCE_DATE_EPOCH are byte-identical") {
  pf::TempDir tmp;
  const auto a = tmp / "a.pdf", b = tmp / "b.pdf";
  REQUIRE(render(pf::data("integration/minimal.xml"), a).exit_code == 0);
  REQUIRE(render(pf::data("integration/minimal.xml"), b).exit_code == 0);
  const auto first = pf::read_bytes(a);
  CHECK(first.size() > 1000);
  CHECK(first == pf::read_bytes(b));

  // Without SOURCE_DATE_EPOCH the plan's date is used: still reproducible.
  REQUIRE(render(pf::data("integration/minimal.xml"), a, {}, {}).exit_code == 0);
  REQUIRE(render(pf::data("integration/minimal.xml"), b, {}, {}).exit_code == 0);
  CHECK(pf::read_bytes(a) == pf::read_bytes(b));
}

TEST_CASE("render: the PDF is the same bytes painted on one thread or several (--threads)") {
  pf::TempDir tmp;
  const std::string plan = pf::source("examples/acme-cs/plan.xml");
  const auto one = tmp / "one.pdf", two = tmp / "two.pdf", four = tmp / "four.pdf", chosen = tmp / "auto.pdf";
  REQUIRE(render(plan, one, {"--threads", "1"}).exit_code == 0);
  REQUIRE(render(plan, two, {"--threads", "2"}).exit_code == 0);
  REQUIRE(render(plan, four, {"--threads", "4", "--pdf-a"}).exit_code == 0);
  REQUIRE(render(plan, chosen).exit_code == 0);
  const auto bytes = pf::read_bytes(one);
  CHECK(bytes == pf::read_bytes(two));
  CHECK(bytes == pf::read_bytes(chosen));
  REQUIRE(render(plan, one, {"--threads", "1", "--pdf-a"}).exit_code == 0);
  CHECK(pf::read_bytes(one) == pf::read_bytes(four));
  CHECK(pf::qpdf_check(four));
  const auto bad = render(plan, tmp / "bad.pdf", {"--threads", "-1"});
  CHECK(bad.exit_code == 2);
}

TEST_CASE("render: --set version stamps the document") {
  pf::TempDir tmp;
  const auto out = tmp / "stamped.pdf";
  const auto r = render(pf::data("integration/minimal.xml"), out, {"--set", "version=9.8.7-ci"});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(pf::contains(pf::pdf_text(out), "9.8.7-ci"));
}

TEST_CASE("render: plan errors exit 1 and leave the previous PDF untouched") {
  pf::TempDir tmp;
  std::string text = pf::read_text(pf::data("integration/minimal.xml"));
  text.replace(text.find("type=\"text\""), 11, "type=\"txet\"");
  pf::write_text(tmp / "bad.xml", text);
  const auto out = tmp / "bad.pdf";
  pf::plant_previous_output(out);
  const auto r = render((tmp / "bad.xml").string(), out);
  INFO(r.describe());
  CHECK(r.exit_code == 1);
  CHECK(pf::missing(r.err, {"bad.xml:11:12: error: no plugin provides section type 'txet'",
                            "1 error, 0 warnings"}) == "");
  CHECK(pf::previous_output_untouched(out));
}

TEST_CASE("render: an unknown template is an environment error (exit 3)") {
  pf::TempDir tmp;
  const auto out = tmp / "out.pdf";
  pf::plant_previous_output(out);
  const auto r = render(pf::data("integration/minimal.xml"), out, {"--template", "no-such-template"});
  INFO(r.describe());
  CHECK(r.exit_code == 3);
  CHECK(pf::contains(r.err, "no-such-template"));
  CHECK(pf::previous_output_untouched(out));
}

TEST_CASE("render: an output folder that does not exist is an environment error (exit 3)") {
  pf::TempDir tmp;
  const auto r = render(pf::data("integration/minimal.xml"), tmp / "missing" / "out.pdf");
  INFO(r.describe());
  CHECK(r.exit_code == 3);
  CHECK(pf::contains(r.err, "cannot write the PDF"));
}

TEST_CASE("render: the output may not be the plan itself (exit 2)") {
  pf::TempDir tmp;
  pf::fs::copy_file(pf::data("integration/minimal.xml"), tmp / "plan.pdf");
  const std::string before = pf::read_text(tmp / "plan.pdf");
  const auto r = pf::planforge_exits(2, {"render", (tmp / "plan.pdf").string()});
  CHECK(pf::read_text(tmp / "plan.pdf") == before);
}

namespace {

// The stages of one plan's --timings block (docs/cli.md): name -> the line's three numbers.
std::map<std::string, std::vector<double>> timing_lines(const std::string& err, const std::string& plan) {
  std::map<std::string, std::vector<double>> stages;
  std::istringstream in(err);
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("timings: ", 0) == 0) {
      inside = line == "timings: " + plan + " (milliseconds)";
      continue;
    }
    if (!inside || line.rfind("  ", 0) != 0) continue;
    std::istringstream fields(line);
    std::string stage;
    double wall = -1, cpu = -1, calls = -1;
    fields >> stage;
    if (stage == "stage") continue;  // the header
    fields >> wall >> cpu >> calls;
    if (fields) stages[stage] = {wall, cpu, calls};
  }
  return stages;
}

}  // namespace

TEST_CASE("render: --timings lists every stage on stderr, and only when asked") {
  pf::TempDir tmp;
  const std::string plan = pf::data("integration/minimal.xml");
  auto r = render(plan, tmp / "minimal.pdf", {"--timings"});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(pf::contains(r.err, "  stage "));
  const auto stages = timing_lines(r.err, plan);
  for (const char* stage :
       {"load", "language", "template", "fonts", "plugins", "check", "validate:text", "front-matter",
        "render:text", "figures", "references", "layout", "pdf", "write", "total"}) {
    INFO(stage);
    REQUIRE(stages.contains(stage));
    CHECK(stages.at(stage)[0] >= 0);  // wall and CPU milliseconds, then calls
    CHECK(stages.at(stage)[1] >= 0);
    CHECK(stages.at(stage)[2] >= 1);
  }
  CHECK(stages.at("total")[0] >= stages.at("layout")[0]);
  CHECK(pf::contains(r.out, "wrote "));  // the usual line stays on stdout

  r = render(plan, tmp / "quiet.pdf");
  CHECK(r.err.empty());

  // Several plans: each child's stages come back to the parent with its result.
  pf::fs::copy_file(plan, tmp / "second.xml");
  r = pf::planforge({"render", plan, (tmp / "second.xml").string(), "--out-dir", (tmp / "out").string(),
                     "--name", "{name}.pdf", "-j", "2", "--timings"});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(timing_lines(r.err, plan).contains("pdf"));
  CHECK(timing_lines(r.err, (tmp / "second.xml").string()).contains("pdf"));
}
