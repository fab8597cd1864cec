#pragma once
// Where plugins come from, in order: --plugin-path folders, PLANFORGE_PLUGIN_PATH, the
// install's plugin folder (found relative to the core library, so an install can move),
// and — for a planforge that is not installed — the build tree's. Never a folder named by
// a plan.

#include <planforge/diagnostics.hpp>
#include <planforge/engine.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace planforge::detail {

struct SearchPath {
  std::vector<std::filesystem::path> folders;  // existing folders, duplicates removed
  std::vector<Diagnostic> problems;            // a --plugin-path that is not a folder
};

// How a search path is named in messages: plugins and templates compose theirs alike.
struct SearchPathNames {
  const char* option = "--plugin-path";
  const char* variable = "PLANFORGE_PLUGIN_PATH";
  const char* subsystem = "plugins";  // the logger that warns about stale entries
};

// The pure part, for tests: `env` is the variable's value (colon-separated, empty entries
// skipped); `install_dir` is used when it exists, else `build_dir`.
SearchPath compose_search_path(const std::vector<std::filesystem::path>& explicit_paths,
                               const std::optional<std::string>& env,
                               const std::filesystem::path& install_dir,
                               const std::filesystem::path& build_dir, const SearchPathNames& names = {});

// The search path of this process (reads the environment and the core's location).
SearchPath resolve_search_path(const PluginOptions& options);

// The install's plugin folder: <folder of libplanforge-core>/PLANFORGE_REL_PLUGIN_DIR.
std::filesystem::path install_plugin_dir();

// Candidate files in one folder: regular files named *.so, sorted by name.
std::vector<std::filesystem::path> candidate_files(const std::filesystem::path& folder);

}  // namespace planforge::detail
