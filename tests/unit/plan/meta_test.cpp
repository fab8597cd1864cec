// <meta>: the values the cover shows, and every check on them.
#include "plan_test_util.hpp"

using plantest::Loaded;
using plantest::TempDir;

TEST_CASE("a complete <meta> is read into PlanData::meta") {
  TempDir dir;
  dir.write("assets/logo.png", "not really a png: only its existence is checked here");
  const auto p =
      dir.write("plan.xml",
                "<plan format=\"1\" id=\"acme\" version=\"1.3.0\" template=\"default\" lang=\"en-GB\">\n"
                "<meta>\n"
                "  <title>Customer Service &amp; Support\n    Strategic Plan</title>\n"
                "  <subtitle>2027–2029</subtitle>\n"
                "  <client>Acme</client>\n"
                "  <prepared-by>Northwind</prepared-by>\n"
                "  <date>2026-11-15</date>\n"
                "  <status>review</status>\n"
                "  <confidentiality>Confidential</confidentiality>\n"
                "  <logo href=\"assets/logo.png\"/>\n"
                "  <revision version=\"1.2.0\" date=\"2026-10\" author=\"J. Ortiz\">Draft <b>for "
                "review</b></revision>\n"
                "  <revision version=\"1.3.0\" date=\"2026-11-15\">KPI targets agreed</revision>\n"
                "  <period start=\"2027\" end=\"2029-Q4\"/>\n"
                "</meta>\n"
                "<section type=\"text\"/>\n"
                "</plan>\n");
  const Loaded l = plantest::load(p);
  CHECK_MESSAGE(l.lines().empty(), plantest::dump(l));
  REQUIRE(l.plan != nullptr);
  const auto& d = *l.plan;
  CHECK(d.format == "1");
  CHECK(d.id == "acme");
  CHECK(d.version == "1.3.0");
  CHECK(d.template_name == "default");
  CHECK(d.lang == "en-GB");
  const auto& m = d.meta;
  CHECK(m.title == "Customer Service & Support Strategic Plan");
  CHECK(m.subtitle == "2027–2029");
  CHECK(m.client == "Acme");
  CHECK(m.prepared_by == "Northwind");
  CHECK(m.status == "review");
  CHECK(m.confidentiality == "Confidential");
  REQUIRE(m.date);
  CHECK(m.date->iso() == "2026-11-15");
  CHECK(m.logo == (std::filesystem::canonical(dir.path()) / "assets/logo.png"));
  CHECK(m.logo_location.line == 11);
  CHECK(m.logo_location.column == 3);
  REQUIRE(m.revisions.size() == 2);
  CHECK(m.revisions[0].version == "1.2.0");
  CHECK(m.revisions[0].author == "J. Ortiz");
  CHECK(m.revisions[0].date->iso() == "2026-10");
  REQUIRE(m.revisions[0].description.size() == 2);
  CHECK(m.revisions[0].description[0].text == "Draft ");
  CHECK(m.revisions[0].description[1].text == "for review");
  CHECK(m.revisions[0].description[1].bold);
  CHECK(m.period_start->iso() == "2027");
  CHECK(m.period_end->iso() == "2029-Q4");
}

TEST_CASE("<meta> checks: title, date, status, logo, revisions, period, unknown children") {
  TempDir dir;
  const auto p = dir.write("plan.xml",
                           "<plan format=\"1\">\n"
                           "<meta>\n"
                           "  <titel>T</titel>\n"
                           "  <date>2026-02-30</date>\n"
                           "  <status>drafted</status>\n"
                           "  <logo href=\"missing.png\"/>\n"
                           "  <revision version=\"1.0\" date=\"2026-01-10\">First</revision>\n"
                           "  <revision version=\"1.0\" date=\"2025-12-01\" autor=\"x\">Again</revision>\n"
                           "  <period start=\"2029\" end=\"2027-06\"/>\n"
                           "  <client lang=\"en\">Acme</client>\n"
                           "</meta>\n"
                           "<section type=\"text\"/>\n"
                           "</plan>\n");
  const Loaded l = plantest::load(p);
  const std::string f = p.generic_string();
  CHECK(l.lines() == std::vector<std::string>{
                         f + ":2:1: error: <meta> has no <title>",
                         f + ":3:3: error: unknown element <titel> in <meta>",
                         f + ":4:3: error: invalid date '2026-02-30': February 2026 has 28 days",
                         f + ":5:3: error: status must be draft, review or final, not 'drafted'",
                         f + ":6:3: error: logo file 'missing.png' not found",
                         f + ":7:3: note: first revision '1.0' is here",
                         f + ":8:13: error: revision '1.0' is listed twice",
                         f + ":8:27: warning: revision '1.0' is dated before the revision listed above it",
                         f + ":8:45: error: unknown attribute 'autor' on <revision>",
                         f + ":9:3: error: period starts (2029) after it ends (2027-06)",
                         f + ":10:11: error: unknown attribute 'lang' on <client>"});
  CHECK(l.hints_of("<titel>") == std::vector<std::string>{"did you mean 'title'?"});
  CHECK(l.hints_of("status must") == std::vector<std::string>{"did you mean 'draft'?"});
  CHECK(l.hints_of("'autor'") == std::vector<std::string>{"did you mean 'author'?"});
  CHECK(l.hints_of("'lang'") == std::vector<std::string>{"<client> takes no attributes"});
}

TEST_CASE("<meta> children given twice, an empty title, markup in plain values, a bad revision") {
  TempDir dir;
  const auto p = dir.write(
      "plan.xml",
      "<plan format=\"1\">\n"
      "<meta><title> </title><client>A</client><client>B <b>C</b></client>\n"
      "<revision date=\"soon\">x</revision><date>31/03/2027</date><subtitle>S <i>x</i></subtitle></meta>\n"
      "<section type=\"text\"/>\n"
      "</plan>\n");
  const Loaded l = plantest::load(p);
  const std::string f = p.generic_string();
  CHECK(l.lines() == std::vector<std::string>{
                         f + ":2:7: error: <title> is empty", f + ":2:23: note: first <client> is here",
                         f + ":2:41: error: <client> is given twice in <meta>",
                         f + ":3:1: error: <revision> is missing attribute 'version'",
                         f + ":3:11: error: invalid date 'soon'",
                         f + ":3:35: error: invalid date '31/03/2027'",
                         f + ":3:70: error: <subtitle> holds plain text; <i> is not allowed here"});
  CHECK(l.hints_of("'soon'") ==
        std::vector<std::string>{"dates are ISO 8601: 2027, 2027-Q2, 2027-03 or 2027-03-31"});
}

TEST_CASE("the logo resolves relative to the plan file, and a folder is not a logo") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "plans" / "assets");
  const auto p =
      dir.write("plans/plan.xml", plantest::plan_with("<section type=\"text\"/>", "<logo href=\"assets\"/>"));
  const Loaded l = plantest::load(p);
  CHECK(l.lines() ==
        std::vector<std::string>{p.generic_string() + ":2:31: error: logo 'assets' is not a file"});
}
