// The stage timings of a run (render --timings) cross from a batch child to its parent.
#include "batch/wire.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;

TEST_CASE("wire: a run's stage timings survive the trip, and a cut one is refused") {
  RunResult r;
  r.pages = 3;
  r.timings = {{"render:kpis", 1.25, 0.75, 3}, {"total", 12.5, 11.0, 1}};
  const std::string bytes = encode_result(r);
  const auto back = decode_result(bytes);
  REQUIRE(back.has_value());
  REQUIRE(back->timings.size() == 2);
  CHECK(back->timings[0].stage == "render:kpis");
  CHECK(back->timings[0].wall_ms == 1.25);
  CHECK(back->timings[0].cpu_ms == 0.75);
  CHECK(back->timings[0].calls == 3);
  CHECK(back->timings[1].stage == "total");
  CHECK(back->timings[1].wall_ms == 12.5);
  for (std::size_t cut = 0; cut < bytes.size(); cut += 5) CHECK_FALSE(decode_result(bytes.substr(0, cut)));
}
