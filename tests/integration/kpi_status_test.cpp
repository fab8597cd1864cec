// KPI verdicts as a reader sees them: plans carry the status each KPI must show, inline,
//
//   <!-- expect-status: At risk; expected 140 -->
//   <kpi id="k-asa" name="Speed of answer" …>
//
// (the status word, then optionally the muted line under it), and the summary sentence:
//
//   <!-- expect-summary: 13 KPIs: 3 on track, 2 at risk, …. -->
//
// Each plan is rendered and read back with pdftotext: every KPI's scorecard row must hold its
// words and no other status, and the summary must say exactly what is expected. The rule is
// docs/kpi-status.md; status-examples.xml pins every row of that page's example table.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <sstream>

namespace {

struct ExpectedRow {
  std::string kpi_name;
  std::vector<std::string> words;  // the status, then the detail line, as tokens
  std::string status;
};

const char* const kStatuses[] = {"On track", "At risk",     "Off track",       "Met",
                                 "Not met",  "Before plan", "Not yet measured"};

std::vector<std::string> tokens(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

// True when `needle` occurs in `hay` in order (other tokens may stand between: the scorecard's
// columns interleave the lines of a wrapped cell with the other cells of its row).
bool in_order(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  std::size_t k = 0;
  for (const auto& t : hay)
    if (k < needle.size() && t == needle[k]) ++k;
  return k == needle.size();
}

std::vector<ExpectedRow> expected_rows(const std::string& plan) {
  static const std::regex pattern(
      R"(<!--\s*expect-status:\s*([^;]*?)\s*(?:;\s*(.*?))?\s*-->[\s\S]*?<kpi\b[^>]*?\bname="([^"]*)\")");
  std::vector<ExpectedRow> out;
  for (auto it = std::sregex_iterator(plan.begin(), plan.end(), pattern); it != std::sregex_iterator();
       ++it) {
    ExpectedRow row{(*it)[3], tokens((*it)[1].str() + " " + (*it)[2].str()), (*it)[1]};
    out.push_back(std::move(row));
  }
  return out;
}

std::string expected_summary(const std::string& plan) {
  // In a comment of its own or on a line of a longer one.
  static const std::regex pattern(R"(expect-summary:\s*([^\n]*?)\s*(?:-->|\n))");
  std::smatch m;
  return std::regex_search(plan, m, pattern) ? m[1].str() : std::string();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    for (std::size_t at; (at = line.find("\xc2\xa0")) != std::string::npos;) line.replace(at, 2, " ");
    out.push_back(line);
  }
  return out;
}

// The scorecard rows, in order: each starts on the line that begins with the first word of its
// KPI's name, and runs to the next row's first line (or a page footer).
void check_rows(const std::vector<std::string>& lines, const std::vector<ExpectedRow>& rows) {
  const auto scorecard = std::find_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.find("KPI scorecard") != std::string::npos;
  });
  REQUIRE(scorecard != lines.end());
  std::size_t at = static_cast<std::size_t>(scorecard - lines.begin());
  std::vector<std::size_t> starts;
  for (const ExpectedRow& row : rows) {
    const auto name = tokens(row.kpi_name);
    std::size_t found = at;
    // A wrapped name may hold only its first word on the row's first line; rows are found
    // in order, so a word two names share is no trouble.
    while (found < lines.size()) {
      const auto line = tokens(lines[found]);
      if (!line.empty() && !name.empty() && line.front() == name.front()) break;
      ++found;
    }
    INFO("kpi: " << row.kpi_name);
    REQUIRE(found < lines.size());
    starts.push_back(found);
    at = found + 1;
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : std::min(lines.size(), starts[i] + 6);
    std::vector<std::string> block;
    for (std::size_t k = starts[i]; k < end; ++k) {
      if (lines[k].find("Page ") != std::string::npos) break;  // the running footer
      for (auto& t : tokens(lines[k])) block.push_back(t);
    }
    INFO("kpi: " << rows[i].kpi_name << " | row text: " << [&] {
      std::string s;
      for (const auto& t : block) s += t + " ";
      return s;
    }());
    CHECK(in_order(block, rows[i].words));
    for (const char* other : kStatuses)
      if (rows[i].status != other)
        CHECK_MESSAGE(!in_order(block, tokens(other)), "also shows " << std::string(other));
  }
}

void check_plan(const std::string& relative) {
  INFO("plan: " << relative);
  const std::string plan = pf::read_text(pf::data(relative));
  const auto rows = expected_rows(plan);
  const std::string summary = expected_summary(plan);
  REQUIRE(!rows.empty());
  REQUIRE(!summary.empty());

  pf::TempDir tmp;
  const auto pdf = tmp / "plan.pdf";
  pf::render_ok(pf::data(relative), pdf);
  const auto lines = lines_of(pf::pdf_text(pdf));
  std::string text;
  for (const auto& l : lines) text += l + "\n";
  CHECK_MESSAGE(pf::contains(text, summary), "missing summary: " << summary);
  check_rows(lines, rows);
}

}  // namespace

TEST_CASE("kpi status: every row of the examples in docs/kpi-status.md") {
  check_plan("sections/kpis/status-examples.xml");
}

TEST_CASE("kpi status: a plan without a period, interim paths, held levels") {
  check_plan("sections/kpis/status-rules.xml");
}

TEST_CASE("kpi status: groups, standards and unmeasured KPIs") { check_plan("sections/kpis/valid.xml"); }

TEST_CASE("kpi status: the expectations are read as written") {
  // The reader of these tests must not pass vacuously: a plan's expectations are all found.
  const auto rows = expected_rows(pf::read_text(pf::data("sections/kpis/status-examples.xml")));
  REQUIRE(rows.size() == 13);
  CHECK(rows[1].kpi_name == "Speed of answer");
  CHECK(rows[1].status == "At risk");
  CHECK(rows[1].words == std::vector<std::string>{"At", "risk", "expected", "140"});
  CHECK(in_order({"a", "On", "x", "track"}, {"On", "track"}));
  CHECK_FALSE(in_order({"Off", "track"}, {"On", "track"}));
}

TEST_CASE("kpi status: the ferry client plan, with its four regressions measured before the plan") {
  check_plan("client-ferry/plan.xml");
}
