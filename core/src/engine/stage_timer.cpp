#include "engine/stage_timer.hpp"

#include <algorithm>
#include <ctime>

namespace planforge::detail {

StageTimer::Instant StageTimer::Instant::now() {
  Instant at;
  at.wall = std::chrono::steady_clock::now();
  timespec cpu{};
  // The whole process's CPU time: a plugin's own threads count towards its stage.
  if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) == 0) at.cpu_ms = cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6;
  return at;
}

void StageTimer::Scope::stop() {
  if (!timer_) return;
  timer_->add(stage_, start_, Instant::now());
  timer_ = nullptr;
}

void StageTimer::add(std::string_view stage, const Instant& from, const Instant& to) {
  const double wall = std::chrono::duration<double, std::milli>(to.wall - from.wall).count();
  const double cpu = to.cpu_ms - from.cpu_ms;
  // A handful of stages (a few per plugin): a linear search is the cheapest lookup.
  auto same =
      std::find_if(stages_.begin(), stages_.end(), [&](const StageTiming& t) { return t.stage == stage; });
  if (same == stages_.end()) {
    stages_.push_back({std::string(stage), wall, cpu, 1});
    return;
  }
  same->wall_ms += wall;
  same->cpu_ms += cpu;
  ++same->calls;
}

std::vector<StageTiming> StageTimer::result() const {
  std::vector<StageTiming> out = stages_;
  const Instant end = Instant::now();
  out.push_back({"total", std::chrono::duration<double, std::milli>(end.wall - start_.wall).count(),
                 end.cpu_ms - start_.cpu_ms, 1});
  return out;
}

}  // namespace planforge::detail
