#pragma once
// Font metrics from the TrueType files (FreeType), for layout. The same files are embedded
// by core/pdf. Loading a font through FreeType first also rejects broken font files before
// libharu (which crashes on some) ever sees them.

#include <planforge/style.hpp>

#include <array>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

namespace planforge::detail {

struct FontError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class FontFace {
 public:
  // Throws FontError naming the file when it is missing, not a TrueType font with glyph
  // outlines, or lacks a Unicode cmap.
  static FontFace load(const std::filesystem::path& file);

  // Advance width of a code point in 1/1000 em, truncated the way libharu writes its
  // /W array, so that what we measure is what the PDF viewer places.
  int advance(char32_t code_point) const;
  bool has_glyph(char32_t code_point) const;
  double ascender() const { return ascender_; }    // 1/1000 em, positive
  double descender() const { return descender_; }  // 1/1000 em, negative
  double cap_height() const { return cap_height_; }
  const std::filesystem::path& file() const { return file_; }

  // Width of UTF-8 text in points at `size`.
  double text_width(std::string_view utf8, double size) const;

 private:
  std::filesystem::path file_;
  std::array<std::uint16_t, 0x2500> bmp_widths_{};          // fast path: common code points
  std::unordered_map<char32_t, std::uint16_t> other_widths_;
  std::unordered_map<char32_t, bool> present_;              // for has_glyph beyond the table
  double ascender_ = 0, descender_ = 0, cap_height_ = 0;
  std::uint16_t missing_width_ = 0;
};

class FontSet {
 public:
  explicit FontSet(const std::array<std::filesystem::path, 4>& files);  // throws FontError
  const FontFace& face(FontStyle style) const { return faces_[static_cast<int>(style)]; }
  double text_width(std::string_view utf8, double size, FontStyle style) const {
    return face(style).text_width(utf8, size);
  }

 private:
  std::array<FontFace, 4> faces_;
};

}  // namespace planforge::detail
