// Golden tests of the section plugins: every plan under tests/data/sections/<type>/ carries its
// expected diagnostics inline, on the line before the line they point at:
//
//   <!-- expect: error 12:7 kpi 'fcr' references unknown goal 'g-x' -->
//
// (severity, line:column, a substring of the message). `planforge validate` must report
// exactly those errors and warnings (notes are free), at exactly those places, and exit 1
// when an error is expected, 0 otherwise. A plan without expected errors must also render to a
// PDF that qpdf accepts. Further cases below read rendered plans back for what they must say.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <sstream>

namespace {

struct Expected {
  std::string severity;
  int line = 0, column = 0;
  std::string text;
  int written_at = 0;   // the line of the comment itself
};

struct Reported {
  std::string file, severity, message;
  int line = 0, column = 0;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<Expected> expectations(const std::string& text) {
  static const std::regex pattern(R"(<!--\s*expect:\s*(error|warning|note)\s+(\d+):(\d+)\s*(.*?)\s*-->)");
  std::vector<Expected> out;
  const auto lines = lines_of(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    if (std::regex_search(lines[i], m, pattern))
      out.push_back({m[1], std::stoi(m[2]), std::stoi(m[3]), m[4], static_cast<int>(i + 1)});
  }
  return out;
}

// "path:line:col: severity: message" lines of `planforge validate` (hints are skipped).
std::vector<Reported> reported(const std::string& output) {
  static const std::regex pattern(R"(^(.*):(\d+):(\d+): (error|warning|note): (.*)$)");
  std::vector<Reported> out;
  for (const std::string& line : lines_of(output)) {
    std::smatch m;
    if (std::regex_match(line, m, pattern))
      out.push_back({m[1], m[4], m[5], std::stoi(m[2]), std::stoi(m[3])});
  }
  return out;
}

std::string describe(const Reported& r) {
  return std::to_string(r.line) + ":" + std::to_string(r.column) + ": " + r.severity + ": " + r.message;
}

std::vector<pf::fs::path> section_plans() {
  std::vector<pf::fs::path> out;
  for (const auto& dir : pf::fs::directory_iterator(pf::data("sections")))
    if (dir.is_directory())
      for (const auto& file : pf::fs::directory_iterator(dir.path()))
        if (file.path().extension() == ".xml") out.push_back(file.path());
  std::sort(out.begin(), out.end());   // a stable order for the report
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
  pf::RunSettings settings;
  settings.env = fixed_date;
  const auto r = pf::planforge({"render", plan, "-o", out.string()}, settings);
  if (run) *run = r;
  return out;
}

void check_plan(const pf::fs::path& plan) {
  const std::string name = plan.parent_path().filename().string() + "/" + plan.filename().string();
  INFO("plan: " << name);
  const auto expected = expectations(pf::read_text(plan));
  const auto source = lines_of(pf::read_text(plan));

  // The convention keeps the files readable: an expectation stands right above its line
  // (several may stack there).
  for (const Expected& e : expected) {
    int next = e.written_at + 1;
    while (next <= static_cast<int>(source.size()) && source[next - 1].find("<!-- expect:") != std::string::npos)
      ++next;
    CHECK_MESSAGE(e.line == next, "expectation on line " << e.written_at << " points at line " << e.line
                                                          << ", not at the line below it (" << next << ")");
  }

  const auto r = pf::planforge({"validate", plan.string()});
  INFO(r.describe());
  auto remaining = reported(r.out + r.err);
  for (const Expected& e : expected) {
    auto hit = std::find_if(remaining.begin(), remaining.end(), [&](const Reported& d) {
      return d.severity == e.severity && d.line == e.line && d.column == e.column &&
             d.message.find(e.text) != std::string::npos;
    });
    CHECK_MESSAGE(hit != remaining.end(), "missing: " << e.severity << " " << e.line << ":" << e.column << " "
                                                      << e.text);
    if (hit != remaining.end()) remaining.erase(hit);
  }
  for (const Reported& d : remaining)
    if (d.severity != "note") CHECK_MESSAGE(false, "unexpected: " << describe(d));
  // Every error and warning carries its code ("… [kpis/goal-unmeasured]"), so that a plan can
  // suppress it and a tool can filter on it (docs/cli.md, "Diagnostic codes").
  static const std::regex coded(R"(.* \[[a-z0-9-]+/[a-z0-9-]+\]$)");
  for (const Reported& d : reported(r.out + r.err))
    if (d.severity != "note") CHECK_MESSAGE(std::regex_match(d.message, coded), "no code: " << describe(d));

  const bool errors = std::any_of(expected.begin(), expected.end(),
                                  [](const Expected& e) { return e.severity == "error"; });
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
      if (file.path().extension() == ".xml" && expectations(pf::read_text(file.path())).empty()) valid = true;
    CHECK_MESSAGE(valid, dir.path().filename().string() << " has no plan without expected diagnostics");
  }
}

TEST_CASE("sections: the KPI scorecard shows groups, numbers and the chart") {
  pf::TempDir tmp;
  const auto pdf = render(pf::data("sections/kpis/valid.xml"), tmp);
  const std::string text = readable_text(pdf);
  // Each KPI's status is checked by kpi_status_test.cpp.
  for (const char* phrase : {"KPI scorecard", "Customer outcomes", "12,000", "9,000.5", "Q4 2026",
                             "Progress toward target"})
    CHECK_MESSAGE(pf::contains(text, phrase), "missing: " << std::string(phrase));
}

TEST_CASE("sections: customer needs are ranked by gap with their offerings") {
  pf::TempDir tmp;
  const auto pdf = render(pf::data("sections/customer-needs/valid.xml"), tmp);
  const std::string text = readable_text(pdf);
  for (const char* phrase : {"3 weak points", "Customer segments", "Internal", "none yet",
                             "24/7 line-down hotline", "What customers told us", "(source: Survey Q7)"})
    CHECK_MESSAGE(pf::contains(text, phrase), "missing: " << std::string(phrase));
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
  for (const char* phrase : {"\u20ac4,174.99", "\u20ac12,500.50", "\u20ac185.\u2013", "Included", "9 % a year",
                             "per year", "Respond 4 h", "Phone, e-",
                             // cells may wrap before the unit: the stage and number, then the unit
                             "Acknowledge 30", "Resolve 5 working", "Respond 1 working", "Acknowledge 15",
                             " min", " days",
                             "Other offerings", "Coverage of customer needs"})
    CHECK_MESSAGE(pf::contains(text, phrase), "missing: " << std::string(phrase));
}

// Line and column of `phrase` in pdftotext -layout output.
std::pair<std::size_t, std::size_t> position(const std::string& text, const std::string& phrase) {
  const auto at = text.find(phrase);
  if (at == std::string::npos) return {std::string::npos, std::string::npos};
  const auto line = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
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
  for (const char* phrase : {"Gaps in the plan", "no KPI yet", "not addressed yet", "not scheduled",
                             "Branded merchandise"})
    CHECK_MESSAGE(pf::contains(gaps, phrase), "missing: " << std::string(phrase));

  const std::string complete = readable_text(render(pf::data("sections/traceability/valid.xml"), tmp));
  CHECK(pf::contains(complete, "No gaps"));
  CHECK_FALSE(pf::contains(complete, "no KPI yet"));
  CHECK(pf::contains(complete, "Help desk (p."));

  const std::string empty = readable_text(render(pf::data("sections/traceability/empty.xml"), tmp));
  CHECK(pf::contains(empty, "no goals or customer needs to trace"));
}
