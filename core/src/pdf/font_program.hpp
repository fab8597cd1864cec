#pragma once
// The TrueType font programs libharu embeds keep the font's 'post' table as it is: in most
// fonts (format 2) the names of every glyph, a third of a subset's bytes (9.8 of 29.8 KB
// for Open Sans) and what a PDF reader never reads: a CIDFontType2 reaches its glyphs
// through the CIDToGIDMap and its text through the ToUnicode map, and 'post' is not among
// the tables a font program needs (ISO 32000-1 9.9, Table 126). The packed save
// (object_streams.hpp) replaces it by the format 3 table, its 32-byte header without names.

#include "pdf/haru.hpp"

#include <hpdf_objects.h>

#include <optional>
#include <string>
#include <string_view>

namespace planforge::detail {

// `font` (a TrueType file) with a format 3 'post' table, checksums updated; nothing when it
// has no 'post' table with names, or is not a TrueType file whose tables lie inside it.
std::optional<std::string> without_glyph_names(std::string_view font);

// The same for the font file stream `font_file` (a /FontFile2 with /Length1) of `haru`'s
// document: its data and /Length1 replaced. Leaves any other stream as it is.
void drop_glyph_names(Haru& haru, HPDF_Dict font_file);

}  // namespace planforge::detail
