#pragma once
// Font metrics from the TrueType files (FreeType), for layout. The same files are embedded
// by core/pdf. Loading a font through FreeType first also rejects broken font files before
// libharu (which crashes on some) ever sees them.

#include <planforge/style.hpp>

#include <array>
#include <bitset>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace planforge::detail {

struct FontError : std::runtime_error {
  using std::runtime_error::runtime_error;
  std::optional<FontStyle> style;  // which of a FontSet's four fonts, when known
};

class FontFace {
 public:
  // Throws FontError naming the file when it is missing, is not a TrueType font with glyph
  // outlines, lacks a Unicode cmap, or is built in a way libharu would mishandle (see
  // input/truetype_check.hpp).
  static FontFace load(const std::filesystem::path& file);

  // Advance width of a code point in 1/1000 em, truncated the way libharu writes its
  // /W array, so that what we measure is what the PDF viewer places. A code point the font
  // lacks measures as the font's missing glyph (what the viewer will draw).
  int advance(char32_t code_point) const {
    if (code_point < table_size) return bmp_widths_[code_point];
    return other_advance(code_point);
  }
  bool has_glyph(char32_t code_point) const;
  // `utf8` with the spaces this font lacks replaced by their nearest equivalent it has (a
  // narrow no-break space, U+202F, by a no-break space): French and Polish numbers use it,
  // and many text fonts, Open Sans among them, lack it. advance() already measures them so.
  std::string drawable(std::string_view utf8) const;
  double ascender() const { return ascender_; }    // 1/1000 em, positive
  double descender() const { return descender_; }  // 1/1000 em, negative
  double cap_height() const { return cap_height_; }
  const std::filesystem::path& file() const { return file_; }

  // Width of UTF-8 text in points at `size`.
  double text_width(std::string_view utf8, double size) const;

 private:
  // Code points below this are looked up in a flat array: Latin, Greek, Cyrillic,
  // punctuation, currency, arrows and the symbols a plan uses.
  static constexpr char32_t table_size = 0x2500;

  int other_advance(char32_t code_point) const;

  std::filesystem::path file_;
  std::array<std::uint16_t, table_size> bmp_widths_{};  // missing glyphs hold missing_width_
  std::bitset<table_size> bmp_present_;
  std::unordered_map<char32_t, std::uint16_t> other_widths_;  // lookups only, never iterated
  double ascender_ = 0, descender_ = 0, cap_height_ = 0;
  std::uint16_t missing_width_ = 0;
  bool narrow_nbsp_missing_ = false;
};

// How many faces a FontSet holds: one per FontStyle.
inline constexpr std::size_t face_count = 5;

class FontSet {
 public:
  // Where a FontSet gets a face: FontFace::load by default; a cache of faces by file
  // (input/file_cache.hpp) for a program that renders again and again.
  using Loader = std::function<std::shared_ptr<const FontFace>(const std::filesystem::path&)>;

  // The four text faces, indexed by FontStyle, and the heading face (empty: the bold one).
  // Throws FontError.
  explicit FontSet(const std::array<std::filesystem::path, 4>& files,
                   const std::filesystem::path& heading = {}, const Loader& load = {});
  const FontFace& face(FontStyle style) const { return *faces_[static_cast<int>(style)]; }
  double text_width(std::string_view utf8, double size, FontStyle style) const {
    return face(style).text_width(utf8, size);
  }

 private:
  // Shared: a face is immutable, and a theme may name one file for several styles.
  std::array<std::shared_ptr<const FontFace>, face_count> faces_;
};

// Distance from a line's top to its baseline: the font's ascent and descent centred in
// the line height (paragraphs and figure text boxes alike).
double baseline_offset(const FontSet& fonts, double size, double line_height);

}  // namespace planforge::detail
