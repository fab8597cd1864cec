#pragma once
// libharu trusts font files: a 6–11-byte file segfaults HPDF_LoadTTFontFromFile and a
// truncated one makes it return NULL without a reason. So every font is checked here first.

#include <filesystem>

namespace planforge::detail {

// Throws PdfError naming `file` unless it is a readable TrueType (glyf) font whose table
// directory lies inside the file and holds every table libharu reads.
void check_font_file(const std::filesystem::path& file);

}  // namespace planforge::detail
