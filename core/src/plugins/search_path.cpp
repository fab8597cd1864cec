#include "plugins/search_path.hpp"

#include "plugins/boost_dll.hpp"
#include "sdk/logging.hpp"

#include <algorithm>
#include <cstdlib>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

fs::path comparable(const fs::path& folder) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(folder, ec);
  return ec ? folder.lexically_normal() : canonical;
}

bool is_folder(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

void add_folder(SearchPath& path, std::vector<fs::path>& seen, const fs::path& folder) {
  fs::path key = comparable(folder);
  if (std::find(seen.begin(), seen.end(), key) != seen.end()) return;
  seen.push_back(std::move(key));
  path.folders.push_back(folder);
}

}  // namespace

SearchPath compose_search_path(const std::vector<fs::path>& explicit_paths,
                               const std::optional<std::string>& env, const fs::path& install_dir,
                               const fs::path& build_dir, const SearchPathNames& names) {
  SearchPath path;
  std::vector<fs::path> seen;
  for (const auto& folder : explicit_paths) {
    if (!is_folder(folder)) {
      path.problems.push_back({Severity::error, Location{"command line"},
                               std::string(names.option) + " '" + folder.string() + "' is not a folder"});
      continue;
    }
    add_folder(path, seen, folder);
  }
  if (env) {
    std::size_t start = 0;
    while (start <= env->size()) {
      const std::size_t end = std::min(env->find(':', start), env->size());
      const std::string entry = env->substr(start, end - start);
      start = end + 1;
      if (entry.empty()) continue;
      if (is_folder(entry))
        add_folder(path, seen, entry);
      else  // a stale entry in someone's shell profile should not stop a render
        logger(names.subsystem)->warn("{} entry '{}' is not a folder; skipped", names.variable, entry);
    }
  }
  // The build tree's folder serves an uninstalled planforge only: an installed one must not
  // pick up whatever happens to be built on this machine.
  if (!install_dir.empty() && is_folder(install_dir))
    add_folder(path, seen, install_dir);
  else if (!build_dir.empty() && is_folder(build_dir))
    add_folder(path, seen, build_dir);
  return path;
}

fs::path install_plugin_dir() {
  std::error_code ec;
  const fs::path library = boost::dll::this_line_location(ec);
  if (ec || library.empty()) return {};
  return library.parent_path() / PLANFORGE_REL_PLUGIN_DIR;
}

SearchPath resolve_search_path(const PluginOptions& options) {
  std::optional<std::string> env;
  if (const char* value = std::getenv("PLANFORGE_PLUGIN_PATH")) env = value;
  return compose_search_path(options.paths, env, install_plugin_dir(), PLANFORGE_BUILD_PLUGIN_DIR);
}

std::vector<fs::path> candidate_files(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->path().extension() == ".so" && it->is_regular_file(type_ec)) files.push_back(it->path());
  }
  if (ec) logger("plugins")->warn("cannot list plugin folder '{}': {}", folder.string(), ec.message());
  std::sort(files.begin(), files.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  return files;
}

}  // namespace planforge::detail
