#include "pdf/haru.hpp"

#include <array>
#include <cstdio>
#include <utility>

namespace planforge::detail {

Haru::Haru() : error_(std::make_unique<Error>()) {
  doc_.reset(HPDF_New(&Haru::on_error, error_.get()));
  if (!doc_) throw PdfError("libharu could not create a document (out of memory?)");
}

void Haru::on_error(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) {
  // Keep the first error: later ones are usually consequences of it.
  auto* error = static_cast<Error*>(user_data);
  if (error->code == 0) *error = {code, detail};
}

void Haru::check(const char* what, bool returned_null, HPDF_STATUS status) {
  HPDF_STATUS code = error_->code, detail = error_->detail;
  if (code == 0) code = HPDF_GetError(doc_.get()), detail = HPDF_GetErrorDetail(doc_.get());
  if (code == 0 && status != HPDF_OK) code = status;
  if (code == 0 && !returned_null) return;
  char number[32];
  std::snprintf(number, sizeof number, "0x%04lX", static_cast<unsigned long>(code));
  std::string message = std::string("libharu failed in ") + what + ": ";
  if (code == 0)
    message += "it returned nothing and reported no reason";
  else
    message += describe_haru_error(code) + " (error " + number + ", detail " + std::to_string(detail) + ")";
  throw PdfError(message);
}

std::string describe_haru_error(HPDF_STATUS code) {
  static constexpr std::array<std::pair<HPDF_STATUS, const char*>, 24> known{{
      {HPDF_FAILD_TO_ALLOC_MEM, "out of memory"},
      {HPDF_FILE_IO_ERROR, "file input/output error"},
      {HPDF_FILE_OPEN_ERROR, "cannot open file"},
      {HPDF_FONT_EXISTS, "font already loaded"},
      {HPDF_INVALID_DATE_TIME, "invalid date"},
      {HPDF_INVALID_DESTINATION, "invalid link destination"},
      {HPDF_INVALID_DOCUMENT, "the document is in an error state"},
      {HPDF_INVALID_ENCODER, "invalid text encoder"},
      {HPDF_INVALID_ENCODING_NAME, "unknown text encoding"},
      {HPDF_INVALID_FONT_NAME, "unknown font name"},
      {HPDF_INVALID_IMAGE, "invalid image"},
      {HPDF_INVALID_OUTLINE, "invalid outline entry"},
      {HPDF_INVALID_PAGE, "invalid page"},
      {HPDF_INVALID_PARAMETER, "invalid parameter"},
      {HPDF_INVALID_URI, "invalid URI"},
      {HPDF_PAGE_INVALID_FONT_SIZE, "invalid font size"},
      {HPDF_PAGE_INVALID_GMODE, "drawing call in the wrong page mode"},
      {HPDF_PAGE_INVALID_SIZE, "invalid page size"},
      {HPDF_REAL_OUT_OF_RANGE, "number out of range"},
      {HPDF_TTF_CANNOT_EMBEDDING_FONT, "the font's licence forbids embedding"},
      {HPDF_TTF_INVALID_CMAP, "the TrueType font has no usable Unicode cmap"},
      {HPDF_TTF_INVALID_FOMAT, "the TrueType font has an invalid format"},
      {HPDF_TTF_MISSING_TABLE, "the TrueType font lacks a required table"},
      {HPDF_ZLIB_ERROR, "compression (zlib) error"},
  }};
  for (const auto& [value, text] : known)
    if (value == code) return text;
  return "libharu error";
}

}  // namespace planforge::detail
