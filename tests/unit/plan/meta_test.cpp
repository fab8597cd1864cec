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
  const plantest::OnePlan t(
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
  CHECK(t.lines() == std::vector<std::string>{
                         "2:1: error: <meta> has no <title>", "3:3: error: unknown element <titel> in <meta>",
                         "4:3: error: invalid date '2026-02-30': February 2026 has 28 days",
                         "5:3: error: status must be draft, review or final, not 'drafted'",
                         "6:3: error: logo file 'missing.png' not found",
                         "7:3: note: first revision '1.0' is here",
                         "8:13: error: revision '1.0' is listed twice",
                         "8:27: warning: revision '1.0' is dated before the revision listed above it",
                         "8:45: error: unknown attribute 'autor' on <revision>",
                         "9:3: error: period starts (2029) after it ends (2027-06)",
                         "10:11: error: unknown attribute 'lang' on <client>"});
  CHECK(t.hints() == std::vector<std::string>{"add <title>…</title>: the cover shows it",
                                              "did you mean 'title'?", "did you mean 'draft'?",
                                              "looked for {dir}/missing.png", "list revisions oldest first",
                                              "did you mean 'author'?", "<client> takes no attributes"});
}

TEST_CASE("<meta> children given twice, an empty title, markup in plain values, a bad revision") {
  const plantest::OnePlan t(
      "<plan format=\"1\">\n"
      "<meta><title> </title><client>A</client><client>B <b>C</b></client>\n"
      "<revision date=\"soon\">x</revision><date>31/03/2027</date><subtitle>S <i>x</i></subtitle></meta>\n"
      "<section type=\"text\"/>\n"
      "</plan>\n");
  CHECK(t.lines() ==
        std::vector<std::string>{"2:7: error: <title> is empty", "2:23: note: first <client> is here",
                                 "2:41: error: <client> is given twice in <meta>",
                                 "3:1: error: <revision> is missing attribute 'version'",
                                 "3:11: error: invalid date 'soon'", "3:35: error: invalid date '31/03/2027'",
                                 "3:70: error: <subtitle> holds plain text; <i> is not allowed here"});
  CHECK(t.l.hints_of("'soon'") ==
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
