#pragma once
// The default theme's fonts, shared by the text tests (loaded once: FreeType work is slow
// enough to matter across many cases).

#include "text/font.hpp"

#include <array>
#include <filesystem>
#include <string>

namespace planforge::test {

inline std::filesystem::path font_dir() {
  return std::filesystem::path(PLANFORGE_SOURCE_DIR) / "templates/default/fonts";
}

inline const detail::FontSet& default_fonts() {
  static const detail::FontSet fonts(std::array<std::filesystem::path, 4>{
      font_dir() / "OpenSans-Regular.ttf", font_dir() / "OpenSans-Bold.ttf",
      font_dir() / "OpenSans-Italic.ttf", font_dir() / "OpenSans-BoldItalic.ttf"});
  return fonts;
}

}  // namespace planforge::test
