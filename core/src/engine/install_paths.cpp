#include "engine/install_paths.hpp"

#include "plugins/boost_dll.hpp"

namespace planforge::detail {

namespace fs = std::filesystem;

std::vector<fs::path> template_search_dirs() {
  std::vector<fs::path> dirs;
  std::error_code ec;
  const fs::path library = boost::dll::this_line_location(ec);
  if (!ec && !library.empty()) {
    const fs::path installed = (library.parent_path() / PLANFORGE_REL_TEMPLATE_DIR).lexically_normal();
    if (fs::is_directory(installed, ec)) dirs.push_back(installed);
  }
  // The source tree serves a planforge that is not installed, as the build tree's plugins do.
  const fs::path source = PLANFORGE_SOURCE_TEMPLATE_DIR;
  if (dirs.empty() && fs::is_directory(source, ec)) dirs.push_back(source);
  return dirs;
}

fs::path find_template_file(const fs::path& relative) {
  std::error_code ec;
  for (const auto& dir : template_search_dirs())
    if (fs::is_regular_file(dir / relative, ec)) return dir / relative;
  return {};
}

}  // namespace planforge::detail
