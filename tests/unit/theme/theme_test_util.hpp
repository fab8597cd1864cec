#pragma once
// Helpers for theme tests: theme.xml files written by the test into a throw-away folder
// (TempDir, from the unit tests' support), the source tree's templates and fonts.

#include "test_files.hpp"

#include <planforge/diagnostics.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace planforge::test {

inline std::filesystem::path source_dir() { return PLANFORGE_SOURCE_DIR; }
inline std::filesystem::path templates_dir() { return source_dir() / "templates"; }
inline std::filesystem::path default_font_dir() { return templates_dir() / "default" / "fonts"; }

// All diagnostics, one per line, as a user would read them.
inline std::string all_text(const Diagnostics& diags) {
  std::string out;
  for (const auto& d : diags.sorted()) out += format_diagnostic(d) + "\n";
  return out;
}

// Each diagnostic as "line:col: severity: message", sorted: what a test compares exactly.
inline std::vector<std::string> lines(const std::vector<Diagnostic>& sorted) {
  std::vector<std::string> out;
  for (const Diagnostic& d : sorted)
    out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " +
                  to_string(d.severity) + ": " + d.message);
  return out;
}

}  // namespace planforge::test
