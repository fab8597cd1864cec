#include "pdf/glyph_lookup.hpp"

#include <hpdf_fontdef.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace planforge::detail {

namespace {

constexpr std::size_t code_points = 65536;

// The glyph id of `unicode` in segment `i` of a format-4 cmap, by libharu's rules: 0 for a
// code point before the segment's start; the id delta added modulo 2^16; through the glyph
// id array when the segment has a range offset, 0 at or past that array's end.
HPDF_UINT16 in_segment(const HPDF_TTF_CmapRange& cmap, HPDF_UINT seg_count, HPDF_UINT i,
                       HPDF_UINT16 unicode) {
  if (i >= seg_count || cmap.start_count[i] > unicode) return 0;
  if (cmap.id_range_offset[i] == 0) return static_cast<HPDF_UINT16>(unicode + cmap.id_delta[i]);
  const HPDF_UINT idx = cmap.id_range_offset[i] / 2 + (unicode - cmap.start_count[i]) - (seg_count - i);
  // libharu tests `idx > count` and so reads one entry past the array; the table is built
  // for every code point, not only those a document uses, so that read must not happen.
  if (idx >= cmap.glyph_id_array_count) return 0;
  return static_cast<HPDF_UINT16>(cmap.glyph_id_array[idx] + cmap.id_delta[i]);
}

// libharu's walk: the first segment whose end is at or after `unicode`.
HPDF_UINT16 walk(HPDF_FontDef fontdef, HPDF_UINT16 unicode) {
  const auto* attr = static_cast<HPDF_TTFontDefAttr>(fontdef->attr);
  const HPDF_TTF_CmapRange& cmap = attr->cmap;
  if (cmap.format == 0) return cmap.glyph_id_array[unicode & 0xFF];
  if (cmap.seg_count_x2 == 0) {
    HPDF_SetError(fontdef->error, HPDF_TTF_INVALID_CMAP, 0);
    return 0;
  }
  const HPDF_UINT seg_count = cmap.seg_count_x2 / 2;
  HPDF_UINT i = 0;
  while (i < seg_count && unicode > cmap.end_count[i]) ++i;
  return in_segment(cmap, seg_count, i, unicode);
}

struct Table {
  HPDF_FontDef fontdef = nullptr;
  const std::array<HPDF_UINT16, code_points>* ids = nullptr;  // the GlyphTable's
};

// Every code point's glyph id, in one pass: the first segment whose end is at or after u is
// the first whose running maximum of ends is (a font's segments are sorted, and for one
// whose are not this still finds libharu's segment), and that index only grows with u.
std::unique_ptr<std::array<HPDF_UINT16, code_points>> build(HPDF_FontDef fontdef) {
  const auto* attr = static_cast<HPDF_TTFontDefAttr>(fontdef->attr);
  const HPDF_TTF_CmapRange& cmap = attr->cmap;
  if (cmap.format != 0 && cmap.seg_count_x2 == 0) return nullptr;  // walk() reports the error
  auto ids = std::make_unique<std::array<HPDF_UINT16, code_points>>();
  if (cmap.format == 0) {
    for (std::size_t u = 0; u < code_points; ++u) (*ids)[u] = cmap.glyph_id_array[u & 0xFF];
    return ids;
  }
  const HPDF_UINT seg_count = cmap.seg_count_x2 / 2;
  HPDF_UINT i = 0;
  HPDF_UINT running_max = seg_count ? cmap.end_count[0] : 0;
  for (std::size_t u = 0; u < code_points; ++u) {
    while (i < seg_count && u > running_max) {
      ++i;
      if (i < seg_count) running_max = std::max<HPDF_UINT>(running_max, cmap.end_count[i]);
    }
    (*ids)[u] = in_segment(cmap, seg_count, i, static_cast<HPDF_UINT16>(u));
  }
  return ids;
}

// The fonts registered in this thread: a document's few faces.
thread_local std::vector<Table> tables;

}  // namespace

GlyphTable::GlyphTable(HPDF_FontDef fontdef) : fontdef_(fontdef), ids_(build(fontdef)) {
  tables.push_back({fontdef, ids_.get()});
}

GlyphTable::~GlyphTable() {
  std::erase_if(tables, [&](const Table& t) { return t.fontdef == fontdef_; });
}

}  // namespace planforge::detail

// Replaces libharu's own definition for every caller in the process (see the header).
extern "C" __attribute__((visibility("default"))) HPDF_UINT16 HPDF_TTFontDef_GetGlyphid(HPDF_FontDef fontdef,
                                                                                        HPDF_UINT16 unicode) {
  using namespace planforge::detail;
  for (const Table& t : tables)
    if (t.fontdef == fontdef && t.ids) return (*t.ids)[unicode];
  return walk(fontdef, unicode);
}
