#pragma once
// Helpers for the unit tests that touch files: temporary folders, the default theme's fonts,
// and running the command-line tools (qpdf, pdftotext, pdfinfo, pdftoppm) that read our PDFs
// as users do.

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace planforge::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::vector<std::uint8_t>& bytes) const;
  std::filesystem::path write(const std::string& name, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

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
