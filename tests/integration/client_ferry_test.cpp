// The ferry operator's plan (tests/data/client-ferry), the test plan of issue 7: rendered as a
// consultant would, and read back as a client would read it. KPI verdicts are checked row by
// row by kpi_status_test.cpp; here the charts: every need named on the scatter, every
// milestone named whole on the Gantt, the organisation in one balanced figure.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

std::string page_with(const pf::fs::path& pdf, const std::string& phrase, int* number = nullptr) {
  const int pages = pf::pdf_pages(pdf);
  for (int p = 1; p <= pages; ++p) {
    const std::string text = pf::pdf_page_text(pdf, p, false);
    if (pf::contains(text, phrase)) {
      if (number) *number = p;
      return text;
    }
  }
  return {};
}

// Text with every run of white space (no-break spaces too) as one space: a label wrapped on
// two lines reads as one.
std::string flat(std::string text) {
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xc2\xa0") == 0)
      plain += ' ', ++i;
    else
      plain += text[i];
  }
  std::istringstream in(plain);
  std::string out, word;
  while (in >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

struct Rendered {
  pf::TempDir tmp;
  pf::fs::path pdf = tmp / "ferry.pdf";
  pf::RunOutput run;
  Rendered() { run = pf::planforge({"render", pf::data("client-ferry/plan.xml"), "-o", pdf.string()}); }
};

}  // namespace

TEST_CASE("client ferry: renders without a warning into a valid PDF") {
  const auto check = pf::planforge_exits(0, {"validate", pf::data("client-ferry/plan.xml")});
  CHECK(pf::contains(check.out + check.err, "0 errors, 0 warnings"));
  Rendered r;
  INFO(r.run.describe());
  REQUIRE(r.run.exit_code == 0);
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(r.pdf, &report), report);
}

TEST_CASE("client ferry: a negative value shows one minus sign, U+2212, wherever it stands") {
  Rendered r;
  REQUIRE(r.run.exit_code == 0);
  // The Net Promoter Score's baseline is -4 in the plan: "−4" in the scorecard.
  const std::string scorecard = flat(page_with(r.pdf, "Net Promoter"));
  CHECK(pf::contains(scorecard, "\u22124"));
  CHECK(pf::hyphen_minus_number(pf::pdf_text(r.pdf)) == "");
}

TEST_CASE("client ferry: every need on the scatter carries its rank and short name") {
  Rendered r;
  REQUIRE(r.run.exit_code == 0);
  const std::string page = flat(page_with(r.pdf, "Importance to customers against current capability"));
  REQUIRE(!page.empty());
  CHECK(pf::missing(page,
                    {"1 Early warning", "2 Easy rebooking", "3 Staff status view", "4 Freight arrival times",
                     "5 Staff authority", "6 One contact", "7 Digital passes", "8 Assistance booked once",
                     "9 Fast refunds", "10 Mobile booking", "11 Short queues", "12 Lost property",
                     "13 One information source", "14 Visitor languages", "15 Onboard comfort"}) == "");
}

TEST_CASE("client ferry: the Gantt names every milestone whole, and the phase table its dependency kinds") {
  Rendered r;
  REQUIRE(r.run.exit_code == 0);
  const std::string page = flat(page_with(r.pdf, "Rollout timeline: 8 phases"));
  REQUIRE(!page.empty());
  CHECK(pf::missing(page, {"Director in post", "Steering committee constituted",
                           "Baseline scorecard signed off", "Text alerts live on the island routes",
                           "Disruption desk staffed with the user panel's script", "Rebooking offers live",
                           "Contact centre live on the new platform",
                           "Agents authorised to rebook and refund", "Night and storm cover contract live",
                           "Summer hosts trained on the new check-in", "Plan refreshed for 2029–2030"}) ==
        "");
  // No milestone was shortened or sent to a key.
  CHECK_FALSE(pf::contains(page, "\xE2\x80\xA6"));
  const std::string all = flat(pf::pdf_text(r.pdf, false));
  CHECK(pf::missing(all, {"(start to start, 6 months after)", "(finish to finish)"}) == "");
}

TEST_CASE("client ferry: the wide organisation fits one figure") {
  Rendered r;
  REQUIRE(r.run.exit_code == 0);
  const std::string page = flat(page_with(r.pdf, "Organisation chart: 15 units"));
  REQUIRE(!page.empty());
  CHECK_FALSE(pf::contains(page, "(continued)"));
  CHECK(pf::missing(page, {"Customer Experience Division", "Contact Centre", "Digital Channels",
                           "Night and Storm Cover", "Disruption Control Desk", "Freight Customer Desk",
                           "Port Services", "Northern Ports", "Southern Ports", "Summer Check-in Hosts",
                           "Onboard Hospitality", "Accessibility Assistance", "Refunds and Compensation",
                           "Customer Insight and Quality", "Service Academy"}) == "");
}

namespace {

// The ferry plan in `tag`, with lags of one, a few and many units on the contact centre's
// dependencies (Polish has a plural form for each): the phase table's text, on one line.
std::string dependency_notes_in(const std::string& tag) {
  pf::TempDir tmp;
  std::string plan = pf::read_text(pf::data("client-ferry/plan.xml"));
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"lang=\"en\"", "lang=\"" + tag + "\""},
        {"depends-on=\"ph-platform:ss+6m ph-platform:ff\"",
         "depends-on=\"ph-platform:ss+6m ph-platform:ff ph-mobilise:fs+2w ph-academy:ss-1d\""}}) {
    const auto at = plan.find(from);
    REQUIRE(at != std::string::npos);
    plan.replace(at, from.size(), to);
  }
  pf::write_text(tmp / "plan.xml", plan);
  pf::render_ok((tmp / "plan.xml").string(), (tmp / "out.pdf"));
  return flat(pf::pdf_text(tmp / "out.pdf", false));
}

}  // namespace

// A kind ("Ende-Ende") may break after its hyphen in the narrow column, which pdftotext
// takes away: compared without hyphens.
std::string unhyphenated(std::string text) {
  std::erase(text, '-');
  return text;
}

TEST_CASE("client ferry: dependency kinds and lags in the plan's language, with its plural forms") {
  // (French and Polish: German's hyphenation dictionary takes seconds to load.)
  const std::string fr = dependency_notes_in("fr");
  CHECK(pf::missing(fr, {"(début à début, 6 mois après)", "(fin à fin)", "(fin à début, 2 semaines après)",
                         "(début à début, 1 jour avant)"}) == "");
  const std::string pl = dependency_notes_in("pl");
  CHECK(pf::missing(pl, {"6 miesięcy później", "2 tygodnie później", "1 dzień wcześniej"}) == "");
  CHECK(pf::contains(unhyphenated(pl), "(zakończeniezakończenie)"));
  for (const std::string& text : {fr, pl})
    for (const char* english : {"start to start", "finish to", "months after", "weeks after", "day before"})
      CHECK_MESSAGE(!pf::contains(text, english), english);
}
