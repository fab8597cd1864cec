// The content writer (pdf/content_writer.hpp) writes what libharu's page calls wrote, byte
// for byte: every number as HPDF_FToA formats it, every operator as its HPDF_Page_* call,
// text as its UTF-8 encoder codes it, with its widths (pdf/cid_text.hpp). Each is compared
// with libharu itself, on a page of a libharu document.

#include "pdf/cid_text.hpp"
#include "pdf/content_writer.hpp"
#include "pdf/glyph_lookup.hpp"
#include "pdf/utf8_clean.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

#include <hpdf.h>
#include <hpdf_fontdef.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <hpdf_utils.h>

#include <bit>
#include <cmath>
#include <random>
#include <string>
#include <vector>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

std::string ours(float v) {
  char buffer[16];
  return std::string(buffer, haru_real(buffer, v));
}

std::string libharus(float v) {
  char buffer[64] = {};
  return std::string(buffer, HPDF_FToA(buffer, v, buffer + sizeof buffer - 1));
}

// One page of a libharu document (no compression), with the default regular font under the
// UTF-8 encoder and a 2 × 1 image: what libharu's own calls write into its content stream.
class HaruPage {
 public:
  HaruPage() : doc_(HPDF_New(nullptr, nullptr)) {
    page = HPDF_AddPage(doc_);
    HPDF_UseUTFEncodings(doc_);
    const char* name = HPDF_LoadTTFontFromFile(doc_, default_font_files()[0].c_str(), HPDF_TRUE);
    font = HPDF_GetFont(doc_, name, "UTF-8");
    const HPDF_BYTE pixels[6] = {255, 0, 0, 0, 0, 255};
    image = HPDF_LoadRawImageFromMem(doc_, pixels, 2, 1, HPDF_CS_DEVICE_RGB, 8);
  }
  ~HaruPage() { HPDF_Free(doc_); }
  HaruPage(const HaruPage&) = delete;
  HaruPage& operator=(const HaruPage&) = delete;

  std::string bytes() const {
    HPDF_Stream stream = static_cast<HPDF_PageAttr>(page->attr)->stream;
    std::string out;
    for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(stream); ++i) {
      HPDF_UINT length = 0;
      const HPDF_BYTE* part = HPDF_MemStream_GetBufPtr(stream, i, &length);
      out.append(reinterpret_cast<const char*>(part), length);
    }
    return out;
  }
  HPDF_FontDef fontdef() const { return static_cast<HPDF_FontAttr>(font->attr)->fontdef; }

  HPDF_Page page = nullptr;
  HPDF_Font font = nullptr;
  HPDF_Image image = nullptr;

 private:
  HPDF_Doc doc_;
};

std::vector<std::uint16_t> codes_of(std::string_view text) {
  std::vector<std::uint16_t> codes;
  cid_codes(text, codes);
  return codes;
}

}  // namespace

TEST_CASE("haru_real formats every number as libharu's HPDF_FToA does") {
  for (float v :
       {0.0F,      -0.0F,     1.0F,      -1.0F,      0.5F,     0.000004F, 0.000005F, -0.000004F, -0.000006F,
        0.999996F, 0.999994F, 2.999999F, 12.345678F, 595.276F, 841.89F,   32767.0F,  32767.5F,   40000.0F,
        -32767.9F, -40000.0F, 1e-20F,    1e20F,      -1e20F,   0.1F,      0.2F,      0.3F,       100000.0F})
    CHECK_MESSAGE(ours(v) == libharus(v), "value ", v);
  std::mt19937 random(12);
  std::uniform_real_distribution<float> page(-50, 900), unit(0, 1), wide(-40000, 40000),
      tiny(-0.001F, 0.001F);
  int differ = 0;
  for (int i = 0; i < 200000; ++i)
    for (float v :
         {page(random), unit(random), wide(random), tiny(random), std::round(page(random) * 100) / 100})
      if (ours(v) != libharus(v) && ++differ < 10) CHECK_MESSAGE(ours(v) == libharus(v), "value ", v);
  // Any float at all, by its bits (no NaN or infinity reaches the writer).
  std::uniform_int_distribution<std::uint32_t> bits;
  for (int i = 0; i < 200000; ++i) {
    const auto v = std::bit_cast<float>(bits(random));
    if (std::isfinite(v) && ours(v) != libharus(v) && ++differ < 10)
      CHECK_MESSAGE(ours(v) == libharus(v), "value ", v);
  }
  // Just below whole numbers, where libharu's float sum rounds the fraction up to 1.
  for (int k = 1; k < 40000; k += 7)
    for (float v = std::nextafter(static_cast<float>(k), 0.0F), n = 0; n < 8;
         ++n, v = std::nextafter(v, 0.0F))
      if (ours(v) != libharus(v) && ++differ < 10) CHECK_MESSAGE(ours(v) == libharus(v), "value ", v);
  CHECK(differ == 0);
  // Every colour channel the painter writes (c / 255).
  for (int c = 0; c < 256; ++c)
    CHECK(ours(static_cast<float>(c / 255.0)) == libharus(static_cast<float>(c / 255.0)));
}

TEST_CASE("each operator is written as libharu's page call writes it") {
  HaruPage haru;
  ContentWriter ours;
  HPDF_Page p = haru.page;

  HPDF_Page_SetRGBFill(p, 0.2F, 0.4F, 1.0F / 3);
  ours.fill_rgb(0.2F, 0.4F, 1.0F / 3);
  HPDF_Page_SetRGBStroke(p, 0, 0.5F, 1);
  ours.stroke_rgb(0, 0.5F, 1);
  HPDF_Page_SetLineWidth(p, 0.75F);
  ours.line_width(0.75F);
  const HPDF_UINT16 dashes[2] = {3, 2};
  HPDF_Page_SetDash(p, dashes, 2, 0);
  ours.dash(dashes);
  HPDF_Page_SetDash(p, nullptr, 0, 0);
  ours.dash({});

  HPDF_Page_Rectangle(p, 10.5F, 20.25F, 100, 50.125F);
  ours.rectangle(10.5F, 20.25F, 100, 50.125F);
  HPDF_Page_FillStroke(p);
  ours.fill_stroke();
  HPDF_Page_MoveTo(p, 1.000001F, -2.5F);
  ours.move_to(1.000001F, -2.5F);
  HPDF_Page_LineTo(p, 300.3333F, 400.6667F);
  ours.line_to(300.3333F, 400.6667F);
  HPDF_Page_CurveTo(p, 1, 2, 3.5F, 4.25F, 5.125F, 6.0625F);
  ours.curve_to(1, 2, 3.5F, 4.25F, 5.125F, 6.0625F);
  HPDF_Page_ClosePath(p);
  ours.close_path();
  HPDF_Page_Fill(p);
  ours.fill();
  HPDF_Page_Circle(p, 100.3F, 200.7F, 12.5F);
  ours.circle(100.3F, 200.7F, 12.5F);
  HPDF_Page_Stroke(p);
  ours.stroke();
  HPDF_Page_Circle(p, 450, 491.89F, 30);
  ours.circle(450, 491.89F, 30);
  HPDF_Page_Fill(p);
  ours.fill();

  HPDF_Page_BeginText(p);
  ours.begin_text();
  HPDF_Page_SetFontAndSize(p, haru.font, 9.5F);
  ours.font(1, 9.5F);
  const float a = static_cast<float>(std::cos(0.3)), b = static_cast<float>(std::sin(0.3));
  HPDF_Page_SetTextMatrix(p, a, b, -b, a, 72, 769.89F);
  ours.text_matrix(a, b, -b, a, 72, 769.89F);
  for (const char* text : {"Café – 5 € – niño", "x", "Zürich “quoted” ✓ 𝄞 ok", "a\u00A0b\u202Fc"}) {
    HPDF_Page_ShowText(p, text);
    ours.show_text(codes_of(text));
  }
  HPDF_Page_EndText(p);
  ours.end_text();

  HPDF_Page_DrawImage(p, haru.image, 400.5F, 351.89F, 80, 40);
  ours.image(1, 400.5F, 351.89F, 80, 40);
  ours.raw("EMC\n");  // written as given
  CHECK(haru.bytes() + "EMC\n" == ours.bytes());
}

TEST_CASE(
    "text is coded as libharu codes the cleaned text: replacements, dropped controls, spaces beyond the "
    "BMP") {
  for (std::string raw : {std::string("plain"), std::string("tab\there"), std::string("bad \xC3 byte"),
                          std::string("\xC0\xAF overlong"), std::string("\xED\xA0\x80 surrogate"),
                          std::string("nul\0in", 6), std::string("clef 𝄞 and 😀"), std::string(70000, 'a'),
                          std::string(40000, 'a') + std::string(10000, '\x01') + "é"}) {
    HaruPage haru;
    HPDF_Page_BeginText(haru.page);
    HPDF_Page_SetFontAndSize(haru.page, haru.font, 10);
    const std::string cleaned = pdf_string(raw);  // what the painter gave libharu
    HPDF_Page_ShowText(haru.page, cleaned.c_str());
    ContentWriter ours;
    ours.begin_text();
    ours.font(1, 10);
    ours.show_text(codes_of(raw));
    CHECK(haru.bytes() == ours.bytes());
  }
}

TEST_CASE("libharu's width of every code, without marking glyphs used") {
  HaruPage haru;
  auto* attr = static_cast<HPDF_TTFontDefAttr>(haru.fontdef()->attr);
  auto marked = [&] {
    int n = 0;
    for (HPDF_UINT16 gid = 0; gid < attr->num_glyphs; ++gid) n += attr->glyph_tbl.flgs[gid];
    return n;
  };
  const int before = marked();
  const CidWidths asked(haru.fontdef(), nullptr);  // glyph ids asked of libharu
  const GlyphTable table(haru.fontdef());
  const CidWidths tabled(haru.fontdef(), table.ids());  // from the glyph table
  CHECK(marked() == before);
  int differ = 0;
  for (std::uint32_t code = 0; code < 65536; ++code) {
    const auto c = static_cast<std::uint16_t>(code);
    const auto width = static_cast<std::uint32_t>(HPDF_TTFontDef_GetCharWidth(haru.fontdef(), c));
    if (asked[c] != width || tabled[c] != width) ++differ;
  }
  CHECK(differ == 0);
  CHECK(tabled['a'] > 0);
}
