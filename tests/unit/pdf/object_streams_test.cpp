// The packed save (object_streams.hpp) against libharu's own: one document, saved packed
// and then by libharu (a classic cross-reference table, every object on its own), read back
// by qpdf. Every object is the same (qpdf rewrites both into the same QDF file, streams
// decoded); the packed file keeps every stream at its own offset and every other object in
// an object stream; identical documents give identical bytes; a file that cannot be written
// is an error naming it.

#include "pdf/object_range.hpp"
#include "pdf/object_streams.hpp"
#include "pdf/pdf_objects.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

#include <cctype>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <regex>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

constexpr int page_count = 300;
constexpr std::size_t own_objects = 1200;  // planforge's own: more than two object streams hold

// A document with what planforge's PDFs hold: an embedded TrueType font (whose descriptor and
// file libharu makes while it saves), deflated page contents, a link annotation, document
// info, and planforge's own objects (object_range.hpp) with strings that need escaping.
struct Document {
  Haru haru;
  std::unique_ptr<ObjectRange> own;

  Document() {
    HPDF_Doc doc = haru.doc();
    haru.call("HPDF_SetCompressionMode", HPDF_SetCompressionMode, doc, static_cast<HPDF_UINT>(HPDF_COMP_ALL));
    haru.call("HPDF_UseUTFEncodings", HPDF_UseUTFEncodings, doc);
    const std::string font_file = default_font_files()[0].string();
    const char* name = haru.call("HPDF_LoadTTFontFromFile", HPDF_LoadTTFontFromFile, doc, font_file.c_str(),
                                 static_cast<HPDF_BOOL>(HPDF_TRUE));
    HPDF_Font font = haru.call("HPDF_GetFont", HPDF_GetFont, doc, name, "UTF-8");
    HPDF_Page first = nullptr;
    for (int i = 0; i < page_count; ++i) {
      HPDF_Page page = haru.call("HPDF_AddPage", HPDF_AddPage, doc);
      if (!first) first = page;
      haru.call("HPDF_Page_BeginText", HPDF_Page_BeginText, page);
      haru.call("HPDF_Page_SetFontAndSize", HPDF_Page_SetFontAndSize, page, font, static_cast<HPDF_REAL>(12));
      const std::string text = "Page " + std::to_string(i + 1) + " — café, naïve";
      haru.call("HPDF_Page_TextOut", HPDF_Page_TextOut, page, static_cast<HPDF_REAL>(72),
                static_cast<HPDF_REAL>(700), text.c_str());
      haru.call("HPDF_Page_EndText", HPDF_Page_EndText, page);
    }
    const HPDF_Rect rect{72, 690, 200, 712};
    haru.call("HPDF_Page_CreateURILinkAnnot", HPDF_Page_CreateURILinkAnnot, first, rect,
              "https://example.com/a");
    haru.call("HPDF_SetInfoAttr", HPDF_SetInfoAttr, doc, HPDF_INFO_TITLE, "Packed (a test)");
    own = std::make_unique<ObjectRange>(haru, own_objects, [this](std::size_t i, std::string& out) {
      out += "/Type /Test /Index";
      pdf_syntax::integer(out, static_cast<long long>(i));
      out += " /Text";
      pdf_syntax::literal(out, "a (b) \\ c\nendobj stream");
      if (i + 1 < own->size()) {
        out += " /Next";
        pdf_syntax::ref(out, own->number(i + 1));
      }
    });
    PdfObjects objects(haru);
    objects.add(objects.catalog(), "Test", own->reference(0));
    objects.pdf_version(HPDF_VER_17);
  }
};

std::string read_all(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// qpdf's QDF form of `pdf`: objects in their own order, streams decoded, no object streams.
std::string qdf_of(const std::filesystem::path& pdf) {
  const auto out = pdf.parent_path() / (pdf.stem().string() + ".qdf");
  const auto r = run("qpdf --qdf --object-streams=disable --static-id " + quoted(pdf) + " " + quoted(out));
  REQUIRE_MESSAGE(r.status == 0, r.output);
  return read_all(out);
}

}  // namespace

TEST_CASE("a packed save holds every object libharu's own save writes") {
  TempDir dir;
  Document document;
  const auto classic = dir.path() / "classic.pdf", packed = dir.path() / "packed.pdf";
  // The packed save first, as in a render: libharu makes the font's descriptor and file
  // while it saves, and the packed save must find them as libharu's own save does. It also
  // drops the font file's glyph names (font_program.hpp), which libharu's save then writes
  // as they are.
  save_packed(document.haru, packed, {});
  document.haru.call("HPDF_SaveToFile", HPDF_SaveToFile, document.haru.doc(), classic.c_str());

  const auto check = run("qpdf --check " + quoted(packed));
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(contains(check.output, "No syntax or stream encoding errors found"));
  CHECK(contains(check.output, "PDF Version: 1.7"));

  // The same objects, the same numbers, the same decoded stream data.
  const std::string a = qdf_of(classic), b = qdf_of(packed);
  CHECK(a.size() > 100'000);
  CHECK(a == b);
  CHECK(count(b, "/Type /Test") == own_objects);
  CHECK(count(b, "(a \\(b\\) \\\\ c\\nendobj stream)") == own_objects);

  // Streams at their own offsets, everything else in object streams, no classic table.
  const std::string raw = read_all(packed);
  CHECK_FALSE(contains(raw, "\ntrailer"));
  CHECK_FALSE(contains(raw, "\nxref\n"));
  CHECK(count(raw, "/Type /XRef") == 1);
  CHECK(count(raw, "/Type /ObjStm") >= 3);
  CHECK(read_all(classic).size() > raw.size() * 3 / 2);
  const auto xref = run("qpdf --show-xref " + quoted(packed));
  REQUIRE(xref.status == 0);
  std::size_t in_streams = 0, at_offsets = 0;
  const std::regex line(R"((\d+)/(\d+): (compressed|uncompressed))");
  for (std::sregex_iterator it(xref.output.begin(), xref.output.end(), line), end; it != end; ++it)
    ((*it)[3] == "compressed" ? in_streams : at_offsets) += 1;
  CHECK(in_streams > own_objects + page_count);  // the pages, their resources, planforge's objects
  // One per page content, the font's file, ToUnicode and CIDToGIDMap, the object streams and
  // the cross-reference stream.
  CHECK(at_offsets >= static_cast<std::size_t>(page_count) + 3);
  CHECK(at_offsets < static_cast<std::size_t>(page_count) + 20);

  // The font's /W lists only the characters drawn (libharu's lists all 880 the font has),
  // each with its width from the font.
  auto* font = static_cast<HPDF_Font>(HPDF_List_ItemAt(document.haru.doc()->font_mgr, 0));
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  auto* widths = static_cast<HPDF_Array>(HPDF_Dict_GetItem(attr->descendant_font, "W", HPDF_OCLASS_ARRAY));
  REQUIRE(widths);
  std::map<unsigned, int> listed;  // CID -> width
  for (HPDF_UINT i = 0; i + 1 < widths->list->count; i += 2) {
    const auto first = static_cast<HPDF_Number>(HPDF_Array_GetItem(widths, i, HPDF_OCLASS_NUMBER))->value;
    auto* run = static_cast<HPDF_Array>(HPDF_Array_GetItem(widths, i + 1, HPDF_OCLASS_ARRAY));
    for (HPDF_UINT k = 0; k < run->list->count; ++k)
      listed[static_cast<unsigned>(first) + k] =
          static_cast<HPDF_Number>(HPDF_Array_GetItem(run, k, HPDF_OCLASS_NUMBER))->value;
  }
  CHECK(listed.size() > 10);
  CHECK(listed.size() < 40);
  for (const unsigned cid : {0x50u /* P */, 0xE9u /* é */, 0x2014u /* — */}) {
    REQUIRE(listed.count(cid));
    CHECK(listed[cid] == HPDF_TTFontDef_GetCharWidth(attr->fontdef, static_cast<HPDF_UINT16>(cid)));
  }

  // Poppler finds an object through its index in the object stream (qpdf through the
  // stream's own list): the info, the pages and their text read back.
  const auto info = run("pdfinfo " + quoted(packed));
  CHECK(contains(info.output, "Title:           Packed (a test)"));
  CHECK(contains(info.output, "Pages:           300"));
  const auto text = run("pdftotext -enc UTF-8 " + quoted(packed) + " -");
  CHECK(text.status == 0);
  CHECK(text.output == run("pdftotext -enc UTF-8 " + quoted(classic) + " -").output);
  CHECK(contains(text.output, "Page 300 — café, naïve"));
}

TEST_CASE("a packed save is the same bytes every time, in memory and in a file") {
  TempDir dir;
  Document one, two;
  const auto bytes = packed_bytes(one.haru, {});
  CHECK(packed_bytes(two.haru, {}) == bytes);
  const auto file = dir.path() / "again.pdf";
  save_packed(one.haru, file, {});  // a second save of the same document
  const std::string raw = read_all(file);
  CHECK(std::vector<std::uint8_t>(raw.begin(), raw.end()) == bytes);
  CHECK_FALSE(contains(raw, "/ID ["));  // only an archival document has an ID
  CHECK(run("qpdf --check " + quoted(file)).status == 0);
}

TEST_CASE("a packed save's content ID: the MD5 of the bytes before the cross-reference stream") {
  Document document;
  const auto bytes = packed_bytes(document.haru, {true});
  const std::string raw(bytes.begin(), bytes.end());
  const std::smatch id = [&] {
    std::smatch m;
    std::regex_search(raw, m, std::regex("/ID \\[ <([0-9A-F]{32})> <([0-9A-F]{32})> \\]"));
    return m;
  }();
  REQUIRE(id.size() == 3);
  CHECK(id[1] == id[2]);
  TempDir dir;
  const auto file = dir.write("archival.pdf", bytes);
  const auto at = std::stoull(raw.substr(raw.rfind("startxref\n") + 10));
  const auto md5 = run("head -c " + std::to_string(at) + " " + quoted(file) + " | md5sum");
  std::string hex = md5.output.substr(0, 32);
  for (char& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK(hex == id[1].str());
}

TEST_CASE("a packed save into a file that cannot be written names the file") {
  TempDir dir;
  Document document;
  const auto folder = dir.path() / "not-a-file";
  std::filesystem::create_directory(folder);
  CHECK_THROWS_WITH_AS(save_packed(document.haru, folder, {}), doctest::Contains("not-a-file"), PdfError);
  // A device that takes nothing, as a full disk: the write fails part way, while the second
  // thread may still be deflating, and the error names the file and the reason.
  if (std::filesystem::exists("/dev/full"))
    CHECK_THROWS_WITH_AS(save_packed(document.haru, "/dev/full", {}),
                         doctest::Contains("cannot write /dev/full: No space left on device"), PdfError);
}
