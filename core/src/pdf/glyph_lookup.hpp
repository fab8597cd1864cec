#pragma once
// libharu finds a glyph id by walking its font's cmap segments one by one
// (HPDF_TTFontDef_GetGlyphid), and asks for one for every character it measures and, when
// it makes a font (HPDF_GetFont with UTF-8), for each of the 65,536 code points to build
// the font's CIDToGIDMap and /W widths: a tenth of the CPU time of rendering the example.
//
// planforge defines HPDF_TTFontDef_GetGlyphid itself (glyph_lookup.cpp); libharu calls it
// through its PLT, so the core's definition is the one every call reaches. For a font
// registered here (every font the PDF writer loads, while its document lives, in the thread
// that made it) the answer is a table lookup; the table is built once per font from the
// same cmap segments with libharu's rules, so every answer is libharu's own. Any other font
// gets libharu's walk, reimplemented with the same results.

#include <hpdf.h>

#include <array>
#include <memory>

namespace planforge::detail {

// Registers `fontdef` (a TrueType font definition of a document) for table lookups in this
// thread until destroyed. Not copyable; destroy before the document.
class GlyphTable {
 public:
  explicit GlyphTable(HPDF_FontDef fontdef);
  ~GlyphTable();
  GlyphTable(const GlyphTable&) = delete;
  GlyphTable& operator=(const GlyphTable&) = delete;

  HPDF_FontDef fontdef() const { return fontdef_; }
  // The glyph id of every code point (65,536 of them), what HPDF_TTFontDef_GetGlyphid
  // answers; null for a font whose cmap libharu cannot use (it reports the error then).
  // Read-only: any thread may read it while the table lives.
  const HPDF_UINT16* ids() const { return ids_ ? ids_->data() : nullptr; }

 private:
  HPDF_FontDef fontdef_;
  std::unique_ptr<std::array<HPDF_UINT16, 65536>> ids_;
};

}  // namespace planforge::detail
