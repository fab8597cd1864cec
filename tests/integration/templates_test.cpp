// Finding themes: plan-relative templates, the template search path, `planforge templates`,
// and validate checking the theme exactly as render does.

#include "harness.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

// A plan folder holding minimal.xml as plan.xml, with its template attribute set to `tmpl`.
pf::fs::path plan_with_template(const pf::TempDir& tmp, const std::string& tmpl) {
  std::string text = pf::read_text(pf::data("integration/minimal.xml"));
  text.replace(text.find("template=\"default\""), 18, "template=\"" + tmpl + "\"");
  pf::fs::create_directories(tmp / "client");
  pf::write_text(tmp / "client" / "plan.xml", text);
  return tmp / "client" / "plan.xml";
}

// A theme folder whose running header says `marker`, so the PDF tells which theme was used.
void write_theme(const pf::fs::path& folder, const std::string& marker) {
  pf::fs::create_directories(folder);
  pf::write_text(folder / "theme.xml", "<theme format=\"1\" extends=\"default\" description=\"" + marker +
                                           "\">\n  <header left=\"" + marker + "\" right=\"\"/>\n</theme>\n");
}

// `plan` rendered with `tmp` as the working directory (then the `extra` arguments): the PDF.
pf::fs::path rendered_in(const pf::TempDir& tmp, const pf::fs::path& plan,
                         const std::vector<std::string>& extra = {}) {
  const auto out = tmp / "out.pdf";
  pf::render_ok(plan.string(), out, extra, {.cwd = tmp.path()});
  return out;
}

// True when some line of `out` holds exactly these cells, separated by runs of spaces.
bool listed(const std::string& out, const std::vector<std::string>& cells) {
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream words(line);
    std::vector<std::string> got;
    for (std::string w; words >> w;) got.push_back(w);
    if (got == cells) return true;
  }
  return false;
}

// A theme with four mistakes, each at a known place.
const char* const broken_theme =
    "<theme format=\"1\" extends=\"default\">\n"
    "  <palete primary=\"#123456\"/>\n"
    "  <cover stlye=\"band\"/>\n"
    "  <page size=\"A4\" orientation=\"landscpe\"/>\n"
    "  <fonts regular=\"nope.ttf\"/>\n"
    "</theme>\n";

}  // namespace

TEST_CASE(
    "templates: template=\"./brand\" in a plan is the folder beside the plan, whatever the working "
    "directory") {
  pf::TempDir tmp;
  const auto plan = plan_with_template(tmp, "./brand");
  write_theme(tmp / "client" / "brand", "Beside The Plan");
  write_theme(tmp / "brand", "In The Working Directory");
  const auto out = rendered_in(tmp, plan);
  CHECK(pf::contains(pf::pdf_page_text(out, 2), "Beside The Plan"));
  CHECK_FALSE(pf::contains(pf::pdf_text(out), "In The Working Directory"));
}

TEST_CASE("templates: a plan's missing template folder is reported at the plan's template attribute") {
  pf::TempDir tmp;
  const auto plan = plan_with_template(tmp, "./brand");
  const auto r = pf::planforge_exits(3, {"validate", plan.string()});
  CHECK(pf::contains(r.err, "plan.xml:3:47: error: theme './brand' not found"));
  CHECK(pf::contains(r.err, "looked for " + (tmp / "client" / "brand" / "theme.xml").string()));
}

TEST_CASE("templates: --template on the command line is relative to the working directory") {
  pf::TempDir tmp;
  const auto plan = plan_with_template(tmp, "default");
  write_theme(tmp / "brand", "From The Command Line");
  CHECK(pf::contains(pf::pdf_page_text(rendered_in(tmp, plan, {"--template", "./brand"}), 2),
                     "From The Command Line"));
}

TEST_CASE(
    "templates: a theme is found by name on --template-path, then PLANFORGE_TEMPLATE_PATH, then the shipped "
    "ones") {
  pf::TempDir tmp;
  const auto plan = plan_with_template(tmp, "house");
  write_theme(tmp / "option" / "house", "Option Path House");
  write_theme(tmp / "env" / "house", "Environment House");
  write_theme(tmp / "env" / "default", "Environment Default");
  const auto out = tmp / "out.pdf";
  pf::RunSettings with_env{
      .env = {{"PLANFORGE_TEMPLATE_PATH", (tmp / "missing").string() + ":" + (tmp / "env").string()}}};

  SUBCASE("the plan's name, from the variable") {
    const auto r = pf::render_ok(plan.string(), out, {}, with_env);
    CHECK(pf::contains(pf::pdf_page_text(out, 2), "Environment House"));
    CHECK(pf::contains(r.err,
                       "PLANFORGE_TEMPLATE_PATH entry '" + (tmp / "missing").string() + "' is not a folder"));
  }
  SUBCASE("--template-path comes first") {
    const auto r = pf::planforge(
        {"render", plan.string(), "-o", out.string(), "--template-path", (tmp / "option").string()},
        with_env);
    INFO(r.describe());
    REQUIRE(r.exit_code == 0);
    CHECK(pf::contains(pf::pdf_page_text(out, 2), "Option Path House"));
  }
  SUBCASE("a house theme may replace a shipped name") {
    const auto r = pf::render_ok(plan.string(), out, {"--template", "default"}, with_env);
    CHECK(pf::contains(pf::pdf_page_text(out, 2), "Environment Default"));
  }
  SUBCASE("without the path the name is not found, and every place looked at is named") {
    const auto r = pf::planforge_exits(3, {"validate", plan.string()});
    CHECK(pf::contains(r.err, "error: theme 'house' not found"));
    CHECK(pf::contains(r.err, "looked for " + pf::source("templates/house/theme.xml")));
  }
}

TEST_CASE("templates: validate reports a theme's errors exactly as render does, at file:line:col, exit 3") {
  pf::TempDir tmp;
  pf::fs::create_directories(tmp / "bad");
  pf::write_text(tmp / "bad" / "theme.xml", broken_theme);
  const std::string file = (tmp / "bad" / "theme.xml").string();
  const auto v =
      pf::planforge({"validate", pf::data("integration/minimal.xml"), "--template", (tmp / "bad").string()});
  const auto r = pf::planforge({"render", pf::data("integration/minimal.xml"), "-o",
                                (tmp / "out.pdf").string(), "--template", (tmp / "bad").string()});
  INFO(v.describe());
  CHECK(v.exit_code == 3);
  CHECK(r.exit_code == 3);
  CHECK(v.err == r.err);
  CHECK(pf::contains(v.err, file + ":2:3: error: unknown element <palete> in <theme> [theme/invalid]\n  "
                                   "hint: did you mean 'palette'?"));
  CHECK(pf::contains(v.err, file + ":3:10: error: unknown attribute 'stlye' on <cover> [theme/invalid]\n  "
                                   "hint: did you mean 'style'?"));
  CHECK(pf::contains(v.err, file + ":4:32: error: orientation 'landscpe' is not portrait or landscape"));
  CHECK(pf::contains(v.err, file + ":5:19: error: font file 'nope.ttf' not found"));
  CHECK(pf::contains(v.err, "4 errors, 0 warnings"));
  CHECK_FALSE(pf::fs::exists(tmp / "out.pdf"));
}

TEST_CASE("templates: `planforge templates` lists the themes found, broken and shadowed ones, and where") {
  pf::TempDir tmp;
  write_theme(tmp / "house" / "northwind", "Northwind house style");
  write_theme(tmp / "house" / "letter", "A letter of our own");
  pf::fs::create_directories(tmp / "house" / "bad");
  pf::write_text(tmp / "house" / "bad" / "theme.xml", broken_theme);
  pf::fs::create_directories(tmp / "house" / "not-a-theme");  // no theme.xml: not listed
  const auto r = pf::planforge_exits(0, {"templates", "--template-path", (tmp / "house").string()});
  CHECK(
      pf::contains(r.out, "Search path:\n  " + (tmp / "house").string() + "\n  " + pf::source("templates")));
  CHECK(listed(r.out, {"northwind", "A4", "default", (tmp / "house" / "northwind").string()}));
  CHECK(listed(r.out, {"default", "A4", "-", pf::source("templates/default")}));
  CHECK(listed(r.out, {"formal-letter", "Letter", "formal", pf::source("templates/formal-letter")}));
  CHECK(pf::contains(r.out, "northwind: Northwind house style"));
  CHECK(pf::contains(r.out, "bad: " + (tmp / "house" / "bad" / "theme.xml").string() +
                                ":2:3: error: unknown element <palete>"));
  CHECK(pf::contains(r.out, pf::source("templates/letter/theme.xml") + " (the name selects " +
                                (tmp / "house" / "letter" / "theme.xml").string() + ")"));
  CHECK_FALSE(pf::contains(r.out, "not-a-theme"));

  const auto missing = pf::planforge({"templates", "--template-path", (tmp / "nowhere").string()});
  CHECK(missing.exit_code == 2);
}
