#include "engine/inputs.hpp"

#include <sys/stat.h>

namespace planforge::detail {

std::optional<std::filesystem::path> input_named_as_output(const std::filesystem::path& output,
                                                           const std::vector<std::filesystem::path>& inputs) {
  struct stat out {};
  if (::stat(output.c_str(), &out) != 0) return std::nullopt;
  for (const std::filesystem::path& input : inputs) {
    struct stat in {};
    if (::stat(input.c_str(), &in) == 0 && in.st_dev == out.st_dev && in.st_ino == out.st_ino) return input;
  }
  return std::nullopt;
}

}  // namespace planforge::detail
