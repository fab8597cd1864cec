#include "batch/process_pool.hpp"
#include "batch/wire.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <map>

using namespace planforge;
using namespace planforge::detail;

TEST_CASE("process pool: every job answers from its own process, crashes are reported") {
  std::map<std::size_t, ChildOutcome> outcomes;
  int parent_state = 0;
  run_in_children(
      6, 2,
      [&](std::size_t i) -> std::string {
        parent_state = 99;  // a child's changes stay in the child
        if (i == 2) {
          // Die by the signal itself, as in a release build: sanitizers and doctest install
          // SIGSEGV handlers that would otherwise turn the crash into an exit status.
          std::signal(SIGSEGV, SIG_DFL);
          std::raise(SIGSEGV);
        }
        if (i == 3) std::_Exit(5);
        if (i == 4) return std::string(1 << 20, 'x');  // more than a pipe holds at once
        return "job " + std::to_string(i);
      },
      [&](std::size_t i, ChildOutcome outcome) { outcomes[i] = std::move(outcome); });
  REQUIRE(outcomes.size() == 6);
  CHECK(parent_state == 0);
  CHECK(outcomes[0].answered);
  CHECK(outcomes[0].answer == "job 0");
  CHECK(outcomes[5].answer == "job 5");
  CHECK_FALSE(outcomes[2].answered);
  CHECK(outcomes[2].failure.find("killed by signal 11") == 0);
  CHECK_FALSE(outcomes[3].answered);
  CHECK(outcomes[3].failure == "exited with status 5 without an answer");
  CHECK(outcomes[4].answer.size() == (1u << 20));
}

TEST_CASE("process pool: nothing to do, and a count of jobs below one") {
  int calls = 0;
  run_in_children(
      0, 4, [](std::size_t) { return std::string(); }, [&](std::size_t, ChildOutcome) { ++calls; });
  CHECK(calls == 0);
  run_in_children(
      3, 0, [](std::size_t i) { return std::to_string(i); },
      [&](std::size_t, ChildOutcome o) { calls += o.answered; });
  CHECK(calls == 3);
}

TEST_CASE("wire: a run's result survives the trip, and garbage is refused") {
  RunResult r;
  r.exit_code = ExitCode::plan_errors;
  r.output = "dist/a b.pdf";
  r.pages = 12;
  r.diagnostics.push_back({Severity::warning, {"plan.xml", 4, 2}, "message\twith a tab", {"hint one", ""}});
  r.diagnostics.push_back({Severity::error, {"command line", 0, 0}, "", {}});
  std::filesystem::path extra;
  const std::string bytes = encode_result(r, "out/x.pdf");
  const auto back = decode_result(bytes, &extra);
  REQUIRE(back.has_value());
  CHECK(back->exit_code == r.exit_code);
  CHECK(back->output == r.output);
  CHECK(back->pages == 12);
  CHECK(extra == "out/x.pdf");
  REQUIRE(back->diagnostics.size() == 2);
  CHECK(back->diagnostics[0].message == r.diagnostics[0].message);
  CHECK(back->diagnostics[0].hints == r.diagnostics[0].hints);
  CHECK(back->diagnostics[0].location == r.diagnostics[0].location);
  CHECK(back->diagnostics[1].severity == Severity::error);
  for (std::size_t cut = 0; cut < bytes.size(); cut += 7) CHECK_FALSE(decode_result(bytes.substr(0, cut)));
  CHECK_FALSE(decode_result(bytes + "x"));
}
