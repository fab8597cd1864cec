#include "pdf/cid_text.hpp"

#include "pdf/utf8_clean.hpp"

#include <hpdf_fontdef.h>

namespace planforge::detail {

namespace {

// Decodes `utf8` into `codes` if it is text pdf_string() would leave as it is: valid UTF-8
// (no overlong forms, surrogates or values past U+10FFFF), no control characters, within
// libharu's string limit. False (and `codes` as it was) otherwise.
bool decode_clean(std::string_view utf8, std::vector<std::uint16_t>& codes) {
  if (utf8.size() > max_pdf_string_bytes) return false;
  const std::size_t before = codes.size();
  auto fail = [&] {
    codes.resize(before);
    return false;
  };
  for (std::size_t i = 0; i < utf8.size();) {
    const auto b0 = static_cast<unsigned char>(utf8[i]);
    if (b0 < 0x80) {
      if (b0 < 0x20 || b0 == 0x7F) return fail();
      codes.push_back(b0);
      ++i;
      continue;
    }
    const std::size_t n = (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > utf8.size()) return fail();
    char32_t cp = n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(utf8[i + k]);
      if ((b & 0xC0) != 0x80) return fail();
      cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr char32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < minimum[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return fail();
    // libharu's encoder turns what UCS-2 cannot hold into a space.
    codes.push_back(cp > 0xFFFF ? std::uint16_t{32} : static_cast<std::uint16_t>(cp));
    i += n;
  }
  return true;
}

}  // namespace

void cid_codes(std::string_view utf8, std::vector<std::uint16_t>& codes) {
  if (decode_clean(utf8, codes)) return;
  decode_clean(pdf_string(utf8), codes);  // clean now, so it decodes whole
}

CidWidths::CidWidths(HPDF_FontDef fontdef, const HPDF_UINT16* glyph_ids)
    : ids_(glyph_ids), missing_(fontdef->missing_width) {
  if (!ids_) {
    own_ids_.resize(65536);
    for (std::size_t code = 0; code < own_ids_.size(); ++code)
      own_ids_[code] = HPDF_TTFontDef_GetGlyphid(fontdef, static_cast<HPDF_UINT16>(code));
    ids_ = own_ids_.data();
  }
  // HPDF_TTFontDef_GetCharWidth's arithmetic (hpdf_fontdef_tt.c), for every glyph.
  const auto* attr = static_cast<HPDF_TTFontDefAttr>(fontdef->attr);
  glyph_widths_.resize(attr->num_glyphs);
  for (std::size_t gid = 0; gid < glyph_widths_.size(); ++gid) {
    const auto advance = static_cast<HPDF_UINT16>(static_cast<HPDF_UINT>(attr->h_metric[gid].advance_width) *
                                                  1000 / attr->header.units_per_em);
    glyph_widths_[gid] = static_cast<HPDF_INT16>(advance);
  }
}

}  // namespace planforge::detail
