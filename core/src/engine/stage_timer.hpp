#pragma once
// Where a run's time goes, stage by stage (`render --timings`, docs/cli.md): wall-clock and
// process CPU time per named stage, summed over the stage's calls and kept in the order each
// stage first ran. Two clock reads per stage, so a run always keeps them.

#include <planforge/engine.hpp>

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

class StageTimer {
 public:
  // One reading of both clocks.
  struct Instant {
    std::chrono::steady_clock::time_point wall;
    double cpu_ms = 0;
    static Instant now();
  };

  // Times from its construction to its destruction (or stop()) as one call of `stage`.
  class Scope {
   public:
    Scope(StageTimer& timer, std::string stage)
        : timer_(&timer), stage_(std::move(stage)), start_(Instant::now()) {}
    ~Scope() { stop(); }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    void stop();

   private:
    StageTimer* timer_;
    std::string stage_;
    Instant start_;
  };

  StageTimer() : start_(Instant::now()) {}
  [[nodiscard]] Scope scope(std::string stage) { return Scope(*this, std::move(stage)); }
  void add(std::string_view stage, const Instant& from, const Instant& to);
  // The stages so far, then "total": everything since the timer was made.
  std::vector<StageTiming> result() const;

 private:
  Instant start_;
  std::vector<StageTiming> stages_;
};

}  // namespace planforge::detail
