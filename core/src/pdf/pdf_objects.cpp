#include "pdf/pdf_objects.hpp"

#include "pdf/utf8_clean.hpp"

#include <hpdf_doc.h>

#include <cmath>
#include <limits>

namespace planforge::detail {

namespace {

// Decodes one code point of valid UTF-8 (clean_utf8 has made it so) at `i`, advancing `i`.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  const int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 1; k <= extra && i + k < s.size(); ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

void put16(std::string& out, unsigned unit) {
  out += static_cast<char>(unit >> 8);
  out += static_cast<char>(unit & 0xFF);
}

}  // namespace

std::string utf16_text(std::string_view utf8) {
  const std::string clean = clean_utf8(utf8);
  std::string out("\xFE\xFF", 2);
  for (std::size_t i = 0; i < clean.size();) {
    const char32_t cp = next_code_point(clean, i);
    if (cp < 0x10000) {
      put16(out, static_cast<unsigned>(cp));
    } else {  // a surrogate pair
      const char32_t v = cp - 0x10000;
      put16(out, 0xD800 + static_cast<unsigned>(v >> 10));
      put16(out, 0xDC00 + static_cast<unsigned>(v & 0x3FF));
    }
  }
  return out;
}

PdfObjects::PdfObjects(Haru& haru) : haru_(haru) {}

HPDF_MMgr PdfObjects::mmgr() const { return haru_.doc()->mmgr; }
HPDF_Dict PdfObjects::catalog() const { return haru_.doc()->catalog; }

void PdfObjects::pdf_version(HPDF_PDFVer version) {
  if (haru_.doc()->pdf_version < version) haru_.doc()->pdf_version = version;
}

HPDF_Dict PdfObjects::dict(bool indirect) {
  HPDF_Dict d = haru_.call("HPDF_Dict_New", HPDF_Dict_New, mmgr());
  if (indirect) haru_.call("HPDF_Xref_Add", HPDF_Xref_Add, haru_.doc()->xref, static_cast<void*>(d));
  return d;
}

HPDF_Array PdfObjects::array(bool indirect) {
  HPDF_Array a = haru_.call("HPDF_Array_New", HPDF_Array_New, mmgr());
  if (indirect) haru_.call("HPDF_Xref_Add", HPDF_Xref_Add, haru_.doc()->xref, static_cast<void*>(a));
  return a;
}

void PdfObjects::add(HPDF_Dict dict, const char* key, void* object) {
  haru_.call("HPDF_Dict_Add", HPDF_Dict_Add, dict, key, object);
}

void PdfObjects::add_name(HPDF_Dict dict, const char* key, const char* name) {
  haru_.call("HPDF_Dict_AddName", HPDF_Dict_AddName, dict, key, name);
}

void PdfObjects::add_number(HPDF_Dict dict, const char* key, long long value) {
  if (value > std::numeric_limits<HPDF_INT32>::max())
    throw PdfError(std::string("PDF number too large for /") + key);
  haru_.call("HPDF_Dict_AddNumber", HPDF_Dict_AddNumber, dict, key, static_cast<HPDF_INT32>(value));
}

void PdfObjects::add_real(HPDF_Dict dict, const char* key, double value) {
  haru_.call("HPDF_Dict_AddReal", HPDF_Dict_AddReal, dict, key, static_cast<HPDF_REAL>(value));
}

void PdfObjects::add_bool(HPDF_Dict dict, const char* key, bool value) {
  haru_.call("HPDF_Dict_AddBoolean", HPDF_Dict_AddBoolean, dict, key,
             static_cast<HPDF_BOOL>(value ? HPDF_TRUE : HPDF_FALSE));
}

std::string text_string_bytes(std::string_view utf8) {
  std::string bytes = utf16_text(utf8);
  // libharu refuses a string over 65,535 bytes: a longer text is cut at a character.
  if (bytes.size() > HPDF_LIMIT_MAX_STRING_LEN) {
    bytes.resize(HPDF_LIMIT_MAX_STRING_LEN - 1);
    const auto last = static_cast<unsigned char>(bytes[bytes.size() - 2]);
    if (last >= 0xD8 && last <= 0xDB) bytes.resize(bytes.size() - 2);  // a lone high surrogate
  }
  return bytes;
}

void PdfObjects::add_text(HPDF_Dict dict, const char* key, std::string_view utf8) {
  const std::string bytes = text_string_bytes(utf8);
  // libharu writes a binary object as a hexadecimal string: <FEFF...>.
  HPDF_Binary b = haru_.call("HPDF_Binary_New", HPDF_Binary_New, mmgr(),
                             reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(bytes.data())),
                             static_cast<HPDF_UINT>(bytes.size()));
  add(dict, key, b);
}

void PdfObjects::add_ascii(HPDF_Dict dict, const char* key, const std::string& ascii) {
  HPDF_String s = haru_.call("HPDF_String_New", HPDF_String_New, mmgr(), ascii.c_str(),
                             static_cast<HPDF_Encoder>(nullptr));
  add(dict, key, s);
}

void PdfObjects::push(HPDF_Array array, void* object) {
  haru_.call("HPDF_Array_Add", HPDF_Array_Add, array, object);
}

void PdfObjects::push_number(HPDF_Array array, long long value) {
  if (value > std::numeric_limits<HPDF_INT32>::max()) throw PdfError("PDF number too large in an array");
  haru_.call("HPDF_Array_AddNumber", HPDF_Array_AddNumber, array, static_cast<HPDF_INT32>(value));
}

void PdfObjects::push_real(HPDF_Array array, double value) {
  if (!std::isfinite(value)) throw PdfError("a PDF number is not finite");
  haru_.call("HPDF_Array_AddReal", HPDF_Array_AddReal, array, static_cast<HPDF_REAL>(value));
}

void PdfObjects::push_name(HPDF_Array array, const char* name) {
  haru_.call("HPDF_Array_AddName", HPDF_Array_AddName, array, name);
}

}  // namespace planforge::detail
