#pragma once
// Helpers for the unit tests that touch files: temporary folders, the default theme's fonts,
// and running the command-line tools (qpdf, pdftotext, pdfinfo, pdftoppm) that read our PDFs
// as users do.

#include "temp_dir.hpp"
#include "text_checks.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

// So that a failed comparison of lines (diagnostics, texts) prints them.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += "\n  \"" + s + "\"";
    out += v.empty() ? "}" : "\n}";
    return String(out.c_str());
  }
};
}  // namespace doctest

namespace planforge::test {

// The one TempDir of the unit and integration tests (tests/support/temp_dir.hpp).
using TempDir = planforge::testing::TempDir;
using planforge::testing::contains;
using planforge::testing::count;
using planforge::testing::mismatches;
using planforge::testing::missing;

std::string read_text(const std::filesystem::path& file);

// Exit status and combined stdout/stderr of a shell command.
struct CommandResult {
  int status = -1;
  std::string output;
};
CommandResult run(const std::string& command);

// Single-quoted for the shell.
std::string quoted(const std::filesystem::path& p);

// The default theme's four font files: regular, bold, italic, bold italic.
std::array<std::filesystem::path, 4> default_font_files();

}  // namespace planforge::test
