// Issue 12: no chart ever produces an invalid figure, at any size. A rollout of 1,000 phases
// (from about 400 the Gantt used to draw a fraction of a point outside its canvas, and the
// whole render failed) and 600 customer needs on one scatter render to a valid PDF. Not timed.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <sstream>

namespace {

std::string plan_head(const std::string& id) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan format=\"1\" id=\"" + id +
         "\" version=\"1.0.0\" lang=\"en\">\n<meta><title>Scale</title><client>Test Client</client>"
         "<prepared-by>planforge tests</prepared-by><date>2026-11-15</date><status>final</status></meta>\n";
}

// Renders `plan` into `tmp` and checks that it makes a valid PDF; returns the PDF's path.
pf::fs::path render_checked(const std::string& plan, const pf::TempDir& tmp) {
  pf::write_text(tmp / "plan.xml", plan);
  const auto r = pf::render_ok((tmp / "plan.xml").string(), (tmp / "out.pdf"));
  CHECK_FALSE(pf::contains(r.out + r.err, "invalid figure"));
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(tmp / "out.pdf", &report), report);
  return tmp / "out.pdf";
}

// The same, returning the PDF's text.
std::string render_valid(const std::string& plan) {
  pf::TempDir tmp;
  return pf::pdf_text(render_checked(plan, tmp), false);
}

std::string iso(std::chrono::sys_days day) {
  const std::chrono::year_month_day d{day};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return out;
}

}  // namespace

// The shape of the benchmark plan that failed (bench-peers/gen.py, N=200 and up): day dates,
// a new phase every one to four weeks for twenty years, two to four milestones with long
// names each, so that labels crowd the right edge of every continued figure.
TEST_CASE("charts at scale: 1,000 phases with day dates and long milestone names (the benchmark's shape)") {
  const char* verbs[] = {"Approve", "Complete",       "Launch",  "Sign off",
                         "Publish", "Train staff on", "Migrate", "Review"};
  const char* objects[] = {"requirements baseline",       "vendor selection",  "pilot in one region",
                           "data migration plan",         "agent playbooks",   "reporting dashboards",
                           "go-live readiness checklist", "post-launch survey"};
  std::ostringstream plan;
  plan << plan_head("phases-1000-days") << "<section type=\"rollout\" id=\"rollout\">\n";
  std::chrono::sys_days start{std::chrono::year{2025} / 4 / 1};
  for (int i = 0; i < 1000; ++i) {
    start += std::chrono::days{7 + (i * 13) % 22};
    const int span = 30 + (i * 37) % 91;
    plan << "<phase id=\"p" << i << "\" name=\"Phase " << i << ": Knowledge Base Consolidation\" start=\""
         << iso(start) << "\" end=\"" << iso(start + std::chrono::days{span}) << "\" owner=\"Owner " << i % 7
         << "\">";
    for (int k = 0; k < 2 + i % 3; ++k)
      plan << "<milestone date=\"" << iso(start + std::chrono::days{5 + (i * 7 + k * 29) % (span - 4)})
           << "\" name=\"" << verbs[(i + k) % 8] << ' ' << objects[(i * 3 + k) % 8] << "\"/>";
    plan << "</phase>\n";
  }
  plan << "</section>\n</plan>\n";
  // The last page (reading only it keeps the test fast) shows the last phase on the Gantt.
  pf::TempDir tmp;
  const pf::fs::path pdf = render_checked(plan.str(), tmp);
  CHECK(pf::contains(pf::pdf_page_text(pdf, pf::pdf_pages(pdf), false), "Phase 999:"));
}

TEST_CASE("charts at scale: a rollout of 1,000 phases renders to a valid PDF") {
  std::ostringstream plan;
  plan << plan_head("phases-1000") << "<section type=\"rollout\" id=\"rollout\">\n";
  for (int i = 0; i < 1000; ++i) {
    // Four phases a year, each two to five months long, overlapping their predecessor on
    // purpose (start to start) every third phase, milestones on every other one.
    const int start = i * 3, end = start + 1 + i % 4;
    auto month = [](int m) {
      std::ostringstream s;
      s << 2027 + m / 12 << '-' << (m % 12 < 9 ? "0" : "") << m % 12 + 1;
      return s.str();
    };
    plan << "<phase id=\"p" << i << "\" name=\"Phase " << i << " of the programme\" start=\"" << month(start)
         << "\" end=\"" << month(end) << "\" owner=\"Owner " << i % 7 << "\"";
    if (i > 0) plan << " depends-on=\"p" << i - 1 << (i % 3 == 0 ? ":ss+1m" : ":ss") << "\"";
    plan << ">";
    if (i % 2 == 0) plan << "<milestone date=\"" << month(end) << "\" name=\"Gate " << i << "\"/>";
    plan << "</phase>\n";
  }
  plan << "</section>\n</plan>\n";
  const std::string text = render_valid(plan.str());
  CHECK(pf::count(text, "(continued)") > 20);
  CHECK(pf::contains(text, "Rollout timeline: 1,000 phases"));  // counts are grouped by the language
  CHECK(pf::contains(text, "Phase 999 of the programme"));
}

TEST_CASE("charts at scale: 600 customer needs on one scatter render to a valid PDF") {
  std::ostringstream plan;
  plan << plan_head("needs-600") << "<section type=\"customer-needs\" id=\"needs\">\n";
  for (int i = 0; i < 600; ++i)
    plan << "<need id=\"n" << i << "\" name=\"Need number " << i << "\" importance=\"" << 1 + (i % 9) * 0.5
         << "\" capability=\"" << 1 + (i % 7) * 0.6 << "\"/>\n";
  plan << "</section>\n</plan>\n";
  CHECK(pf::contains(render_valid(plan.str()), "Importance to customers against current capability"));
}
