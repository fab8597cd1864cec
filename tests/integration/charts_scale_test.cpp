// Issue 12: no chart ever produces an invalid figure, at any size. A rollout of 1,000 phases
// (from about 400 the Gantt used to draw a fraction of a point outside its canvas, and the
// whole render failed) and 600 customer needs on one scatter render to a valid PDF. Not timed.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <sstream>

namespace {

std::string plan_head(const std::string& id) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan format=\"1\" id=\"" + id +
         "\" version=\"1.0.0\" lang=\"en\">\n<meta><title>Scale</title><client>Test Client</client>"
         "<prepared-by>planforge tests</prepared-by><date>2026-11-15</date><status>final</status></meta>\n";
}

// Renders `plan` and checks that it makes a valid PDF; returns the PDF's text.
std::string render_valid(const std::string& plan) {
  pf::TempDir tmp;
  pf::write_text(tmp / "plan.xml", plan);
  const auto r = pf::planforge({"render", (tmp / "plan.xml").string(), "-o", (tmp / "out.pdf").string()});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(pf::contains(r.out + r.err, "invalid figure"));
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(tmp / "out.pdf", &report), report);
  return pf::pdf_text(tmp / "out.pdf", false);
}

}  // namespace

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
  CHECK(pf::contains(text, "Rollout timeline: 1000 phases"));
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
