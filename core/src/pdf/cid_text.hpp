#pragma once
// Text shown in the PDF writer's fonts, as libharu shows it: each font is a Type 0 font
// with libharu's UTF-8 encoder (hpdf_encoder_utf.c), whose codes are the characters'
// Unicode values in two bytes, a character beyond the BMP becoming a space; and libharu
// writes nothing for a text whose advance is 0, by its own widths. The painters use this on
// any thread; the widths are read from libharu's font once, before painting starts.

#include <hpdf.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace planforge::detail {

// The codes libharu's UTF-8 encoder gives `utf8` once it is cleaned as the writer cleans
// every text (pdf_string: invalid sequences replaced, control characters dropped, cut at
// libharu's string limit). Appended to `codes`.
void cid_codes(std::string_view utf8, std::vector<std::uint16_t>& codes);

// libharu's advance width of every code of one font (1/1000 em), what
// HPDF_TTFontDef_GetCharWidth answers, without marking the glyphs used.
class CidWidths {
 public:
  // Reads `fontdef` (a TrueType font definition) in the thread that owns its document.
  // `glyph_ids`: the glyph id of every code (GlyphTable::ids(), kept while this lives);
  // null: asked of libharu here.
  CidWidths(HPDF_FontDef fontdef, const HPDF_UINT16* glyph_ids);

  // The width libharu sums for `code` (an HPDF_INT16 made unsigned, as libharu adds it).
  std::uint32_t operator[](std::uint16_t code) const {
    const HPDF_UINT16 gid = ids_[code];
    return static_cast<std::uint32_t>(gid < glyph_widths_.size() ? glyph_widths_[gid] : missing_);
  }

 private:
  std::vector<HPDF_UINT16> own_ids_;  // when no table was given
  const HPDF_UINT16* ids_;
  std::vector<std::int16_t> glyph_widths_;  // by glyph id
  std::int16_t missing_;                    // for an id past the font's glyphs
};

}  // namespace planforge::detail
