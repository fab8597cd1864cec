#pragma once
// Helpers for theme tests: a throw-away folder holding a theme.xml written by the test.

#include <planforge/diagnostics.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace planforge::test {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pf-theme-XXXXXX").string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // Writes `content` to path()/relative, creating folders; returns the full path.
  std::filesystem::path write(const std::string& relative, const std::string& content) const {
    auto p = path_ / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }

 private:
  std::filesystem::path path_;
};

inline std::filesystem::path source_dir() { return PLANFORGE_SOURCE_DIR; }
inline std::filesystem::path templates_dir() { return source_dir() / "templates"; }
inline std::filesystem::path default_fonts() { return templates_dir() / "default" / "fonts"; }

// All diagnostics, one per line, as a user would read them.
inline std::string all_text(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

}  // namespace planforge::test
