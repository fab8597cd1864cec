#include "pdf/font_program.hpp"

#include "pdf/pdf_objects.hpp"

#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include <cstdint>
#include <vector>

namespace planforge::detail {

namespace {

constexpr std::size_t post_header = 32;  // version … maxMemType1 (OpenType 'post')

std::uint32_t get32(std::string_view s, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at])) << 24 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 2])) << 8 |
         static_cast<unsigned char>(s[at + 3]);
}
std::uint16_t get16(std::string_view s, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) << 8 |
                                    static_cast<unsigned char>(s[at + 1]));
}
void put32(std::string& s, std::size_t at, std::uint32_t v) {
  for (int b = 0; b < 4; ++b) s[at + static_cast<std::size_t>(b)] = static_cast<char>(v >> (24 - 8 * b));
}

// The TrueType checksum: the sum of big-endian 32-bit words, the last one padded with zeros.
std::uint32_t checksum(std::string_view s) {
  std::uint32_t sum = 0;
  for (std::size_t i = 0; i < s.size(); i += 4) {
    std::uint32_t word = 0;
    for (std::size_t b = 0; b < 4; ++b)
      word = word << 8 | (i + b < s.size() ? static_cast<unsigned char>(s[i + b]) : 0u);
    sum += word;
  }
  return sum;
}

struct Table {
  std::string_view tag, data;
  std::uint32_t sum;
};

}  // namespace

std::optional<std::string> without_glyph_names(std::string_view font) {
  if (font.size() < 12 || (get32(font, 0) != 0x00010000 && get32(font, 0) != 0x74727565))  // 1.0, 'true'
    return std::nullopt;
  const std::size_t count = get16(font, 4);
  if (12 + 16 * count > font.size()) return std::nullopt;
  std::vector<Table> tables;
  bool has_names = false;
  std::size_t head = count;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + 16 * i;
    const std::uint32_t offset = get32(font, record + 8), length = get32(font, record + 12);
    if (offset > font.size() || length > font.size() - offset) return std::nullopt;
    Table t{font.substr(record, 4), font.substr(offset, length), get32(font, record + 4)};
    if (t.tag == "post") {
      if (length <= post_header || get32(font, offset) == 0x00030000) return std::nullopt;
      has_names = true;
    }
    if (t.tag == "head") {
      if (length < 12) return std::nullopt;
      head = i;
    }
    tables.push_back(t);
  }
  if (!has_names) return std::nullopt;

  std::string post;
  std::string out(font.substr(0, 12 + 16 * count));
  for (std::size_t i = 0; i < count; ++i) {
    Table& t = tables[i];
    if (t.tag == "post") {
      post.assign(t.data.substr(0, post_header));
      put32(post, 0, 0x00030000);
      t.data = post;
      t.sum = checksum(post);
    }
    const std::size_t record = 12 + 16 * i;
    put32(out, record + 4, t.sum);
    put32(out, record + 8, static_cast<std::uint32_t>(out.size()));
    put32(out, record + 12, static_cast<std::uint32_t>(t.data.size()));
    out += t.data;
    out.append((4 - out.size() % 4) % 4, '\0');  // every table starts on a 4-byte boundary
  }
  if (head < count) {  // the whole file's checksum, with head's adjustment counted as 0
    const std::size_t adjustment = get32(out, 12 + 16 * head + 8) + 8;
    put32(out, adjustment, 0);
    put32(out, adjustment, 0xB1B0AFBA - checksum(out));
  }
  return out;
}

void unmap_unused_glyphs(std::string& map, const HPDF_BYTE* used, std::size_t glyphs) {
  for (std::size_t at = 0; at + 1 < map.size(); at += 2) {
    const std::size_t gid = get16(map, at);
    if (gid >= glyphs || !used[gid]) map[at] = map[at + 1] = '\0';
  }
}

FontStreams::FontStreams(Haru& haru) : haru_(haru) {
  HPDF_List fonts = haru_.doc()->font_mgr;
  for (HPDF_UINT i = 0; fonts && i < fonts->count; ++i) {
    auto* font = static_cast<HPDF_Font>(HPDF_List_ItemAt(fonts, i));
    const auto* attr = font ? static_cast<HPDF_FontAttr>(font->attr) : nullptr;
    if (attr && attr->type == HPDF_FONT_TYPE0_TT && attr->map_stream && attr->fontdef &&
        attr->fontdef->type == HPDF_FONTDEF_TYPE_TRUETYPE)
      fonts_.push_back({attr->map_stream, attr->descendant_font, attr->fontdef});
  }
}

namespace {

// The plain (not yet deflated) data of a stream libharu holds in memory; nothing otherwise.
std::optional<std::string> data_of(Haru& haru, HPDF_Dict dict) {
  HPDF_Stream stream = dict->stream;
  if (!stream || stream->type != HPDF_STREAM_MEMORY) return std::nullopt;
  const HPDF_UINT32 size = HPDF_Stream_Size(stream);
  std::string data(size, '\0');
  HPDF_UINT read = size;
  haru.call("HPDF_Stream_Seek", HPDF_Stream_Seek, stream, 0, HPDF_SEEK_SET);
  if (size > 0)
    haru.call("HPDF_Stream_Read", HPDF_Stream_Read, stream, reinterpret_cast<HPDF_BYTE*>(data.data()), &read);
  if (read != size) return std::nullopt;
  return data;
}

void replace_data(Haru& haru, HPDF_Dict dict, const std::string& data) {
  HPDF_MemStream_FreeData(dict->stream);
  haru.call("HPDF_Stream_Write", HPDF_Stream_Write, dict->stream,
            reinterpret_cast<const HPDF_BYTE*>(data.data()), static_cast<HPDF_UINT>(data.size()));
}

}  // namespace

std::optional<std::string> FontStreams::used_map(const Font& font) {
  auto map = data_of(haru_, font.map);
  const auto* def = static_cast<HPDF_TTFontDefAttr>(font.def->attr);
  if (!map || !def || !def->glyph_tbl.flgs) return std::nullopt;
  unmap_unused_glyphs(*map, def->glyph_tbl.flgs, def->num_glyphs);
  return map;
}

void FontStreams::slim_widths(void* object) {
  for (const Font& font : fonts_) {
    if (font.descendant != object || !font.descendant) continue;
    const auto map = used_map(font);
    if (!map) return;
    // As libharu's CIDFontType2_New writes /W: runs of consecutive CIDs whose width is not
    // /DW, each "first [w1 w2 …]"; glyph 0's width is /DW.
    const HPDF_INT16 dw = font.def->missing_width;
    PdfObjects objects(haru_);
    HPDF_Array widths = objects.array();
    HPDF_Array run = nullptr;
    for (std::size_t cid = 0; 2 * cid + 1 < map->size(); ++cid) {
      const std::uint16_t gid = get16(*map, 2 * cid);
      const HPDF_INT16 width = gid == 0 ? dw : HPDF_TTFontDef_GetGidWidth(font.def, gid);
      if (width == dw) {
        run = nullptr;
        continue;
      }
      if (!run) {
        objects.push_number(widths, static_cast<long long>(cid));
        run = objects.array();
        objects.push(widths, run);
      }
      objects.push_number(run, width);
    }
    objects.add(font.descendant, "W", widths);
    return;
  }
}

void FontStreams::slim(HPDF_Dict stream) {
  for (const Font& font : fonts_) {
    if (font.map != stream) continue;
    if (auto map = used_map(font)) replace_data(haru_, stream, *map);
    return;
  }
  // A font file: its length before deflating is /Length1.
  auto* length1 = static_cast<HPDF_Number>(HPDF_Dict_GetItem(stream, "Length1", HPDF_OCLASS_NUMBER));
  if (!length1) return;
  const auto font = data_of(haru_, stream);
  if (!font || font->empty() || static_cast<HPDF_INT32>(font->size()) != length1->value) return;
  const std::optional<std::string> slim = without_glyph_names(*font);
  if (!slim) return;
  replace_data(haru_, stream, *slim);
  HPDF_Number_SetValue(length1, static_cast<HPDF_INT32>(slim->size()));
}

}  // namespace planforge::detail
