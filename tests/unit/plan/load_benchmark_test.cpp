// Loading speed on a 50 MB plan. Skipped by default (it writes 50 MB and takes a few
// seconds on a loaded machine); run it with:  unit_plan --no-skip -tc='*50 MB*'
#include "plan_test_util.hpp"

#include <chrono>
#include <cstdio>
#include <sys/resource.h>

namespace {

// CPU seconds of this process (user + system): the machine is shared, wall time is noisy.
double cpu_seconds() {
  rusage r{};
  getrusage(RUSAGE_SELF, &r);
  return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
         static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

// A plan shaped like a real one, scaled up: narrative sections with inline markup, ${var}
// and refs; KPI sections with many attributes; an entity here and there.
std::string big_plan(std::size_t target_bytes) {
  std::string out;
  out.reserve(target_bytes + (1 << 20));
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<plan format=\"1\" id=\"big\" version=\"1.0\">\n"
      "  <meta><title>Big &amp; bold</title><client>Acme</client><date>2026-11-15</date>"
      "<status>draft</status></meta>\n"
      "  <vars><var name=\"horizon\">2027–2029</var></vars>\n";
  std::size_t n = 0;
  while (out.size() < target_bytes) {
    const std::string s = std::to_string(n++);
    out += "  <section type=\"text\" id=\"t" + s + "\" title=\"Narrative " + s + "\">\n";
    for (int p = 0; p < 8; ++p)
      out +=
          "    <p>Frontline agents will <b>measure</b> first contact resolution on every "
          "channel over ${horizon} while keeping <i>satisfaction scores</i> above target; "
          "see <ref to=\"k" +
          s + "-0\"/> and <link href=\"https://example.org\">the charter</link>.</p>\n";
    out +=
        "    <list><item>One</item><item>Two &amp; three</item><item>Four</item></list>\n"
        "  </section>\n"
        "  <section type=\"kpis\" id=\"k" +
        s + "\" title=\"KPIs " + s + "\">\n";
    for (int k = 0; k < 10; ++k)
      out += "    <kpi id=\"k" + s + "-" + std::to_string(k) +
             "\" name=\"First contact resolution\" unit=\"%\" baseline=\"62\" target=\"80\" "
             "direction=\"up\" owner=\"Help desk lead\" frequency=\"monthly\">"
             "<actual period=\"2026-Q3\" value=\"66\"/></kpi>\n";
    out += "  </section>\n";
  }
  out += "</plan>\n";
  return out;
}

}  // namespace

TEST_CASE("a 50 MB plan loads in well under 2 s" * doctest::skip()) {
  plantest::TempDir dir;
  const auto path = dir.write("big.xml", big_plan(50u * 1000 * 1000));
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = cpu_seconds();
  const plantest::Loaded l = plantest::load(path);
  const double cpu = cpu_seconds() - cpu_start;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("loaded %.1f MB in %.3f s wall, %.3f s CPU: %zu sections, %zu ids\n",
              static_cast<double>(std::filesystem::file_size(path)) / 1e6, seconds, cpu,
              l.plan ? l.plan->sections.size() : 0, l.plan ? l.plan->ids.size() : 0);
  CHECK_MESSAGE(l.lines().empty(), plantest::dump(l));
  CHECK(cpu < 2.0);
}
