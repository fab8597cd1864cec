#include "engine/install_paths.hpp"

#include "plugins/boost_dll.hpp"

#include <cstdlib>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

fs::path installed_template_dir() {
  std::error_code ec;
  const fs::path library = boost::dll::this_line_location(ec);
  if (ec || library.empty()) return {};
  return (library.parent_path() / PLANFORGE_REL_TEMPLATE_DIR).lexically_normal();
}

}  // namespace

std::vector<fs::path> template_search_dirs() {
  // The source tree serves a planforge that is not installed, as the build tree's plugins do.
  return compose_search_path({}, std::nullopt, installed_template_dir(), PLANFORGE_SOURCE_TEMPLATE_DIR)
      .folders;
}

SearchPath resolve_template_path(const TemplateOptions& options) {
  std::optional<std::string> env;
  if (const char* value = std::getenv("PLANFORGE_TEMPLATE_PATH")) env = value;
  return compose_search_path(options.paths, env, installed_template_dir(), PLANFORGE_SOURCE_TEMPLATE_DIR,
                             {"--template-path", "PLANFORGE_TEMPLATE_PATH", "engine"});
}

fs::path messages_dir() {
  std::error_code ec;
  const fs::path library = boost::dll::this_line_location(ec);
  if (!ec && !library.empty()) {
    const fs::path installed = (library.parent_path() / PLANFORGE_REL_MESSAGES_DIR).lexically_normal();
    if (fs::is_directory(installed, ec)) return installed;
  }
  const fs::path source = PLANFORGE_SOURCE_MESSAGES_DIR;
  return fs::is_directory(source, ec) ? source : fs::path();
}

fs::path find_template_file(const fs::path& relative) {
  std::error_code ec;
  for (const auto& dir : template_search_dirs())
    if (fs::is_regular_file(dir / relative, ec)) return dir / relative;
  return {};
}

}  // namespace planforge::detail
