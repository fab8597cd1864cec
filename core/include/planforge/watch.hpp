#pragma once
/// @file watch.hpp  The editing loop: `planforge watch PLAN.xml` renders a plan again whenever
/// the plan, a file it includes, a file it names with `href` (its images) or its theme
/// changes. Plugins do not need this header.

#include <planforge/engine.hpp>
#include <planforge/export.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

struct WatchOptions {
  RenderOptions render;
  /// How long the files must stay quiet after a change before the render starts: an editor's
  /// save is often several writes and a rename.
  std::chrono::milliseconds debounce{20};
  /// The watch ends when this file descriptor becomes readable (the program's signal
  /// handler writes to a pipe); -1 for never.
  int stop_fd = -1;
};

/// One render of a watch.
struct WatchRender {
  int number = 0;  ///< 1 for the first
  RunResult result;
  std::vector<std::filesystem::path> changed;  ///< what changed before it (empty for the first)
  double render_ms = 0;                        ///< how long the render took
  double since_change_ms = 0;                  ///< from the last change seen to the render's end
  std::filesystem::path kept;                  ///< a failed render: the last good PDF, untouched
  std::size_t watched = 0;                     ///< files watched after it
};

/// Renders the plan, then again after every change, until `stop_fd` becomes readable; calls
/// `report` after each render. A render that fails writes nothing, so the last good PDF stays.
/// Returns ok when stopped, environment when the files cannot be watched (inotify), with the
/// reason in `problem`. Never throws.
PLANFORGE_API ExitCode watch(const WatchOptions& options,
                             const std::function<void(const WatchRender&)>& report, std::string& problem);

PLANFORGE_END_NAMESPACE
