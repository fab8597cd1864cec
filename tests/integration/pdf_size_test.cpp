// The size of what render writes: the example's PDF is packed (its structure tree, link
// annotations and other small objects in deflated object streams, found through a
// cross-reference stream, docs/architecture.md), valid, and stays under a bound per page
// (the output is deterministic, so the bound is exact; docs/benchmark.md, "PDF size").
#include "harness.hpp"

#include <doctest/doctest.h>

#include <regex>

namespace {

const pf::EnvChanges fixed_date{{"SOURCE_DATE_EPOCH", "1767225600"}};  // 2026-01-01T00:00:00Z

}  // namespace

TEST_CASE("pdf size: the example is packed into object streams, valid, and small per page") {
  pf::TempDir tmp;
  const auto out = tmp / "acme.pdf";
  const auto r = pf::planforge({"render", pf::source("examples/acme-cs/plan.xml"), "-o", out.string()},
                               {.env = fixed_date});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  std::string report;
  CHECK_MESSAGE(pf::qpdf_check(out, &report), report);

  // Every object but the streams is in an object stream.
  const auto xref = pf::run_program("/usr/bin/qpdf", {"--show-xref", out.string()});
  REQUIRE(xref.exit_code == 0);
  std::size_t in_streams = 0, at_offsets = 0;
  const std::regex line(R"(\d+/\d+: (compressed|uncompressed))");
  for (std::sregex_iterator it(xref.out.begin(), xref.out.end(), line), end; it != end; ++it)
    ((*it)[1] == "compressed" ? in_streams : at_offsets) += 1;
  CHECK(in_streams > 10 * at_offsets);
  const std::string raw = pf::read_text(out);
  CHECK(pf::count(raw, "/Type /XRef") == 1);
  CHECK_FALSE(pf::contains(raw, "\ntrailer"));

  // 32 pages in 272 kB (8.5 kB a page) with object streams; 613 kB before (19 kB a page).
  const int pages = pf::pdf_pages(out);
  REQUIRE(pages > 20);
  INFO(raw.size() << " bytes, " << pages << " pages");
  CHECK(raw.size() < static_cast<std::size_t>(pages) * 11'000);
}
