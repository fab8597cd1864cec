#include "pdf/to_unicode.hpp"

#include <cstdio>
#include <string>

namespace planforge::detail {

namespace {

std::string identity_cmap() {
  int in_block = 0;
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // One range per high byte (a bfrange may only vary the last byte), surrogates left out;
  // at most 100 ranges per block, as the CMap format requires.
  std::string block;
  auto flush = [&] {
    if (in_block == 0) return;
    out += std::to_string(in_block) + " beginbfrange\n" + block + "endbfrange\n";
    block.clear();
    in_block = 0;
  };
  for (int high = 0; high < 256; ++high) {
    if (high >= 0xD8 && high <= 0xDF) continue;
    char line[40];
    std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
    block += line;
    if (++in_block == 100) flush();
  }
  flush();
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace

void repair_to_unicode(Haru& haru, HPDF_Font font) {
  // Not through Haru::call: a font without a ToUnicode map (a future libharu) is no error.
  auto* cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(static_cast<HPDF_Dict>(font), "ToUnicode",
                                                        static_cast<HPDF_UINT16>(HPDF_OCLASS_DICT)));
  if (!cmap || !cmap->stream) return;
  static const std::string content = identity_cmap();
  HPDF_MemStream_FreeData(cmap->stream);
  haru.call("HPDF_Stream_WriteStr", HPDF_Stream_WriteStr, cmap->stream, content.c_str());
}

}  // namespace planforge::detail
