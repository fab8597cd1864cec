#pragma once
// The TrueType font programs libharu embeds keep the font's 'post' table as it is: in most
// fonts (format 2) the names of every glyph, a third of a subset's bytes (9.8 of 29.8 KB
// for Open Sans) and what a PDF reader never reads: a CIDFontType2 reaches its glyphs
// through the CIDToGIDMap and its text through the ToUnicode map, and 'post' is not among
// the tables a font program needs (ISO 32000-1 9.9, Table 126). The packed save
// (object_streams.hpp) replaces it by the format 3 table, its 32-byte header without names,
// and trims each font's CIDToGIDMap and /W widths to the characters used (below).

#include "pdf/haru.hpp"

#include <hpdf_objects.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

// `font` (a TrueType file) with a format 3 'post' table, checksums updated; nothing when it
// has no 'post' table with names, or is not a TrueType file whose tables lie inside it.
std::optional<std::string> without_glyph_names(std::string_view font);

// libharu's CIDToGIDMap of a font maps every character of the font to its glyph, 128 KB
// that deflate to about 1.9 KB; only the characters the document draws matter, and mapping
// the others to glyph 0 makes the map long runs of zeros. `map` (big-endian glyph ids by
// CID) with every glyph that `used` (libharu's flags by glyph id, the glyphs its subset
// keeps) does not hold replaced by 0.
void unmap_unused_glyphs(std::string& map, const HPDF_BYTE* used, std::size_t glyphs);

// The font objects of one document, made smaller as the packed save writes them.
class FontStreams {
 public:
  explicit FontStreams(Haru& haru);  // finds each embedded TrueType font's CIDToGIDMap

  // `stream` made smaller if it is a font file (/FontFile2 with /Length1: its glyph names
  // dropped) or a CIDToGIDMap of the document (its unused characters unmapped); any other
  // stream is left as it is.
  void slim(HPDF_Dict stream);
  // If `object` is a font's CIDFontType2 dictionary: its /W widths, which libharu writes for
  // every character of the font, kept for the characters whose glyph the subset holds (the
  // others, never drawn, take /DW). Any other object is left as it is.
  void slim_widths(void* object);

 private:
  struct Font {
    HPDF_Dict map;  // the CIDToGIDMap
    HPDF_Font descendant;
    HPDF_FontDef def;
  };
  // The font's CIDToGIDMap with the glyphs its subset does not hold unmapped.
  std::optional<std::string> used_map(const Font& font);

  Haru& haru_;
  std::vector<Font> fonts_;
};

}  // namespace planforge::detail
