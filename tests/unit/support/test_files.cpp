#include "test_files.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

#include <sys/wait.h>

namespace planforge::test {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string quoted(const std::filesystem::path& p) {
  std::string out = "'";
  for (char c : p.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::array<std::filesystem::path, 4> default_font_files() {
  std::filesystem::path dir = std::filesystem::path(PLANFORGE_SOURCE_DIR) / "templates/default/fonts";
  return {dir / "OpenSans-Regular.ttf", dir / "OpenSans-Bold.ttf", dir / "OpenSans-Italic.ttf",
          dir / "OpenSans-BoldItalic.ttf"};
}

}  // namespace planforge::test
