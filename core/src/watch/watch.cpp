// The watch loop: render, wait for a change to any input, let the files settle, render again.
#include "watch/file_watcher.hpp"

#include <planforge/render_cache.hpp>
#include <planforge/watch.hpp>

#include <poll.h>

#include <set>

PLANFORGE_BEGIN_NAMESPACE

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double ms_between(Clock::time_point from, Clock::time_point to) {
  return std::chrono::duration<double, std::milli>(to - from).count();
}

// Waits for the watcher or the stop descriptor, at most `timeout` (negative: forever).
// Returns false when the watch is to stop.
bool wait(const detail::FileWatcher& watcher, int stop_fd, int timeout_ms, bool& ready) {
  pollfd fds[2] = {{watcher.fd(), POLLIN, 0}, {stop_fd, POLLIN, 0}};
  const int n = ::poll(fds, stop_fd >= 0 ? 2 : 1, timeout_ms);
  ready = n > 0 && (fds[0].revents & POLLIN);
  return !(stop_fd >= 0 && n > 0 && fds[1].revents != 0);
}

// What to watch after a render: what it read, the plan itself always, and after a failure
// also what the last good render read (a plan that does not parse names no includes).
std::vector<fs::path> to_watch(const RunResult& result, const fs::path& plan,
                               const std::vector<fs::path>& before) {
  std::set<fs::path> files(result.inputs.begin(), result.inputs.end());
  std::error_code ec;
  files.insert(fs::weakly_canonical(fs::absolute(plan, ec), ec));
  if (result.exit_code != ExitCode::ok) files.insert(before.begin(), before.end());
  return {files.begin(), files.end()};
}

}  // namespace

ExitCode watch(const WatchOptions& options, const std::function<void(const WatchRender&)>& report,
               std::string& problem) {
  try {
    detail::FileWatcher watcher;
    // Plugins, fonts and images stay loaded between the renders; a changed font or image
    // file is read again (render_cache.hpp).
    RenderCache cache;
    std::vector<fs::path> watched;
    fs::path last_good;
    WatchRender run;
    Clock::time_point last_change{};
    const int debounce = static_cast<int>(options.debounce.count());
    while (true) {
      const Clock::time_point start = Clock::now();
      run.result = render(options.render, cache);
      const Clock::time_point end = Clock::now();
      ++run.number;
      run.render_ms = ms_between(start, end);
      run.since_change_ms = run.number == 1 ? 0 : ms_between(last_change, end);
      if (run.result.exit_code == ExitCode::ok) last_good = run.result.output;
      run.kept = run.result.exit_code == ExitCode::ok ? fs::path() : last_good;
      watched = to_watch(run.result, options.render.load.plan, watched);
      watcher.watch(watched);
      run.watched = watcher.size();
      report(run);
      if (run.watched == 0) {  // not even the plan's folder: no edit can ever start a render
        problem =
            "cannot watch " + options.render.load.plan.string() + ": its folder is not there or not readable";
        return ExitCode::environment;
      }

      // Wait for a change to what was read, then until the files stay quiet.
      run.changed.clear();
      std::set<fs::path> changed;
      bool ready = false;
      while (changed.empty()) {
        if (!wait(watcher, options.stop_fd, -1, ready)) return ExitCode::ok;
        if (!ready) continue;
        for (const fs::path& f : watcher.changes()) changed.insert(f);
        last_change = Clock::now();
      }
      while (true) {
        if (!wait(watcher, options.stop_fd, debounce, ready)) return ExitCode::ok;
        if (!ready) break;
        const auto more = watcher.changes();
        if (!more.empty()) last_change = Clock::now();
        changed.insert(more.begin(), more.end());
      }
      run.changed.assign(changed.begin(), changed.end());
    }
  } catch (const std::exception& e) {
    problem = e.what();
    return ExitCode::environment;
  }
}

PLANFORGE_END_NAMESPACE
