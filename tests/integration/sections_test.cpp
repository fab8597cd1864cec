// Golden tests of the section plugins: every plan under tests/data/sections/<type>/ carries its
// expected diagnostics inline, on the line before the line they point at:
//
//   <!-- expect: error 12:7 kpi 'fcr' references unknown goal 'g-x' -->
//
// (severity, line:column, a substring of the message). `planforge validate` must report
// exactly those errors and warnings (notes are free), at exactly those places, and exit 1
// when an error is expected, 0 otherwise. A plan without expected errors must also render to a
// PDF that qpdf accepts. Further cases below read rendered plans back for what they must say.
#include "expectations.hpp"
#include "harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>

namespace {

std::vector<pf::fs::path> section_plans() {
  std::vector<pf::fs::path> out;
  for (const auto& dir : pf::fs::directory_iterator(pf::data("sections")))
    if (dir.is_directory())
      for (const auto& file : pf::fs::directory_iterator(dir.path()))
        if (file.path().extension() == ".xml") out.push_back(file.path());
  std::sort(out.begin(), out.end());  // a stable order for the report
  return out;
}

// PDF text with non-breaking spaces as plain spaces, for phrase checks.
std::string readable_text(const pf::fs::path& pdf) {
  std::string text = pf::pdf_text(pdf);
  for (std::size_t at; (at = text.find("\xc2\xa0")) != std::string::npos;) text.replace(at, 2, " ");
  return text;
}

const pf::EnvChanges fixed_date{{"SOURCE_DATE_EPOCH", "1767225600"}};

pf::fs::path render(const std::string& plan, const pf::TempDir& tmp, pf::RunOutput* run = nullptr) {
  const pf::fs::path out = tmp / (pf::fs::path(plan).stem().string() + ".pdf");
  pf::RunSettings settings{.env = fixed_date};
  const auto r = pf::planforge({"render", plan, "-o", out.string()}, settings);
  if (run) *run = r;
  return out;
}

void check_plan(const pf::fs::path& plan) {
  const std::string name = plan.parent_path().filename().string() + "/" + plan.filename().string();
  INFO("plan: " << name);
  const std::string text = pf::read_text(plan);
  const auto expected = pf::expectations(text);
  const auto r = pf::planforge({"validate", plan.string()});
  INFO(r.describe());
  for (const std::string& problem : pf::expectation_mismatches(text, r.out + r.err)) FAIL_CHECK(problem);

  const bool errors = std::any_of(expected.begin(), expected.end(),
                                  [](const pf::Expected& e) { return e.severity == "error"; });
  CHECK(r.exit_code == (errors ? 1 : 0));
  if (errors) return;

  pf::TempDir tmp;
  pf::RunOutput run;
  const auto pdf = render(plan.string(), tmp, &run);
  INFO(run.describe());
  REQUIRE(run.exit_code == 0);
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(pdf, &report), report);
}

}  // namespace

TEST_CASE("sections: every test plan reports exactly its expected diagnostics") {
  const auto plans = section_plans();
  REQUIRE(!plans.empty());
  for (const auto& plan : plans) check_plan(plan);
}

TEST_CASE("sections: every section type with test plans has a valid one") {
  for (const auto& dir : pf::fs::directory_iterator(pf::data("sections"))) {
    if (!dir.is_directory()) continue;
    bool valid = false;
    for (const auto& file : pf::fs::directory_iterator(dir.path()))
      if (file.path().extension() == ".xml" && pf::expectations(pf::read_text(file.path())).empty())
        valid = true;
    CHECK_MESSAGE(valid, dir.path().filename().string() << " has no plan without expected diagnostics");
  }
}

TEST_CASE("sections: the KPI scorecard shows groups, numbers and the chart") {
  pf::TempDir tmp;
  const auto pdf = render(pf::data("sections/kpis/valid.xml"), tmp);
  const std::string text = readable_text(pdf);
  // Each KPI's status is checked by kpi_status_test.cpp.
  CHECK(pf::missing(text, {"KPI scorecard", "Customer outcomes", "12,000", "9,000.5", "Q4 2026",
                           "Progress toward target"}) == "");
}

TEST_CASE("sections: customer needs are ranked by gap with their offerings") {
  pf::TempDir tmp;
  const auto pdf = render(pf::data("sections/customer-needs/valid.xml"), tmp);
  const std::string text = readable_text(pdf);
  CHECK(pf::missing(text, {"3 weak points", "Customer segments", "Internal", "none yet",
                           "24/7 line-down hotline", "What customers told us", "(source: Survey Q7)"}) == "");
  // In the ranking table: gap 4 first, then the gap-2.5 needs, the more important first.
  const std::string raw = pf::pdf_text(pdf, false);
  const auto table = raw.find("Needs ranked by gap");
  REQUIRE(table != std::string::npos);
  const auto first = raw.find("Expert help", table);
  const auto second = raw.find("A single", table);
  const auto third = raw.find("Case status", table);
  CHECK(first < second);
  CHECK(second < third);
  CHECK(third != std::string::npos);
}

TEST_CASE("sections: the portfolio formats money and service levels") {
  pf::TempDir tmp;
  const auto pdf = render(pf::data("sections/portfolio/valid.xml"), tmp);
  const std::string text = readable_text(pdf);
  // A column of amounts with cents shows a whole amount as "€185.–" (docs/localisation.md).
  CHECK(pf::missing(text, {"\u20ac4,174.99", "\u20ac12,500.50", "\u20ac185.\u2013", "Included", "9 % a year",
                           "per year", "Respond 4 h", "Phone, e-",
                           // cells may wrap before the unit: the stage and number, then the unit
                           "Acknowledge 30", "Resolve 5 working", "Respond 1 working", "Acknowledge 15",
                           " min", " days", "Other offerings", "Coverage of customer needs"}) == "");
}

// Line and column of `phrase` in pdftotext -layout output.
std::pair<std::size_t, std::size_t> position(const std::string& text, const std::string& phrase) {
  const auto at = text.find(phrase);
  if (at == std::string::npos) return {std::string::npos, std::string::npos};
  const auto line =
      static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  const auto line_start = text.rfind('\n', at);
  return {line, line_start == std::string::npos ? at : at - line_start - 1};
}

TEST_CASE("sections: the context grid shows the four variables in a fixed order") {
  pf::TempDir tmp;
  const auto pdf = render(pf::data("sections/context/valid.xml"), tmp);
  const std::string text = readable_text(pdf);
  // Written environment, destination, capabilities, obligations; shown as a 2 × 2 grid:
  // destination | capabilities over obligations | environment.
  const auto destination = position(text, "Service as a business");
  const auto capabilities = position(text, "Capabilities");
  const auto obligations = position(text, "Rules and obligations");
  const auto environment = position(text, "Patterns and seasons");
  REQUIRE(destination.first != std::string::npos);
  CHECK(destination.first == capabilities.first);
  CHECK(destination.second < capabilities.second);
  CHECK(obligations.first == environment.first);
  CHECK(obligations.second < environment.second);
  CHECK(destination.first < obligations.first);
  CHECK(pf::contains(text, "Organisational landscape"));
  CHECK_FALSE(pf::contains(text, "Not yet assessed"));
}

TEST_CASE("sections: traceability flags every broken chain") {
  pf::TempDir tmp;
  const std::string gaps = readable_text(render(pf::data("sections/traceability/gaps.xml"), tmp));
  CHECK(pf::missing(gaps, {"Gaps in the plan", "no KPI yet", "not addressed yet", "not scheduled",
                           "Branded merchandise"}) == "");

  const std::string complete = readable_text(render(pf::data("sections/traceability/valid.xml"), tmp));
  CHECK(pf::contains(complete, "No gaps"));
  CHECK_FALSE(pf::contains(complete, "no KPI yet"));
  CHECK(pf::contains(complete, "Help desk (p."));

  const std::string empty = readable_text(render(pf::data("sections/traceability/empty.xml"), tmp));
  CHECK(pf::contains(empty, "no goals or customer needs to trace"));
}
