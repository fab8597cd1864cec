#pragma once
// Cheap checks of the files a theme names, so that a wrong path or a wrong kind of file is
// reported at the line that names it rather than deep inside FreeType or libharu.

#include <filesystem>
#include <string>

namespace planforge::detail {

// Empty when `file` is a TrueType font libharu can embed safely (every table it reads is
// checked, see input/truetype_check.hpp); otherwise why not ("not found", "is not a
// TrueType font", "is corrupt: hhea numberOfHMetrics (…) exceeds the number of glyphs").
std::string font_file_problem(const std::filesystem::path& file);

// Empty when `file` starts like a PNG or JPEG image; otherwise why not.
std::string image_file_problem(const std::filesystem::path& file);

}  // namespace planforge::detail
