#pragma once
// Inputs are never outputs: `-o` naming a file the run reads — an included file, the logo,
// the theme, a font, a plugin — would destroy it. The files a run has read are compared with
// the output by device and inode (so a hard link or a symbolic link to an input counts too).

#include <filesystem>
#include <optional>
#include <vector>

namespace planforge::detail {

// The input that `output` is (the same file), if any. A missing output is no input.
std::optional<std::filesystem::path> input_named_as_output(const std::filesystem::path& output,
                                                           const std::vector<std::filesystem::path>& inputs);

}  // namespace planforge::detail
