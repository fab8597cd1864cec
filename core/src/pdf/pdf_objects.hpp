#pragma once
// Plain PDF objects through libharu's object layer (hpdf_objects.h), for what its public API
// cannot write: the structure tree, marked-content bookkeeping, PDF/A metadata. Every call
// goes through Haru::call, so a failure is a PdfError. An object made indirect is written as
// a reference wherever it is added (libharu adds the proxy itself).

#include "pdf/haru.hpp"

#include <hpdf_objects.h>

#include <string_view>

namespace planforge::detail {

class PdfObjects {
 public:
  explicit PdfObjects(Haru& haru);

  // A dictionary, or an array; `indirect`: numbered in the cross-reference table (it can
  // then be added in many places).
  HPDF_Dict dict(bool indirect = false);
  HPDF_Array array(bool indirect = false);

  void add(HPDF_Dict dict, const char* key, void* object);
  void add_name(HPDF_Dict dict, const char* key, const char* name);
  void add_number(HPDF_Dict dict, const char* key, long long value);
  void add_real(HPDF_Dict dict, const char* key, double value);
  void add_bool(HPDF_Dict dict, const char* key, bool value);
  // A text string written as UTF-16BE with its byte-order mark (`utf8` cleaned first), so any
  // language and characters beyond the BMP survive.
  void add_text(HPDF_Dict dict, const char* key, std::string_view utf8);
  // A byte string of printable ASCII (identifiers such as an output condition's).
  void add_ascii(HPDF_Dict dict, const char* key, const std::string& ascii);

  void push(HPDF_Array array, void* object);
  void push_number(HPDF_Array array, long long value);
  void push_real(HPDF_Array array, double value);
  void push_name(HPDF_Array array, const char* name);

  // Raises the version the file declares to at least `version`.
  void pdf_version(HPDF_PDFVer version);

  HPDF_Dict catalog() const;
  HPDF_MMgr mmgr() const;

 private:
  Haru& haru_;
};

// UTF-8 to UTF-16BE with a byte-order mark: a PDF text string (ISO 32000-1 7.9.2.2).
std::string utf16_text(std::string_view utf8);
// utf16_text() cut at a character within libharu's limit for a string (65,535 bytes): the
// bytes of every text string planforge writes.
std::string text_string_bytes(std::string_view utf8);

}  // namespace planforge::detail
