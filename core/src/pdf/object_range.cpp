#include "pdf/object_range.hpp"

#include "pdf/pdf_objects.hpp"

#include <hpdf_doc.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace planforge::detail {

ObjectRange::ObjectRange(Haru& haru, std::size_t count, Body body)
    : haru_(haru), count_(count), body_(std::move(body)) {
  if (count_ == 0) return;
  HPDF_Doc doc = haru_.doc();
  xref_ = doc->xref;
  if (xref_->entries->count + count_ >= HPDF_LIMIT_MAX_XREF_ELEMENT)
    throw PdfError("the document needs more than " + std::to_string(HPDF_LIMIT_MAX_XREF_ELEMENT) +
                   " PDF objects");
  writer_ = haru_.call("HPDF_Dict_New", HPDF_Dict_New, doc->mmgr);
  writer_->write_fn = &ObjectRange::write;
  writer_->attr = this;
  first_ = xref_->start_offset + xref_->entries->count;
  headers_.resize(count_);
  // libharu grows the table by a fixed block, copying it each time: grow it once.
  xref_->entries->items_per_block =
      std::max<HPDF_UINT>(xref_->entries->items_per_block, static_cast<HPDF_UINT>(count_));
  for (std::size_t i = 0; i < count_; ++i) {
    // As HPDF_Xref_Add makes an entry, but every entry shares the writer.
    auto* entry = static_cast<HPDF_XrefEntry>(HPDF_GetMem(doc->mmgr, sizeof(HPDF_XrefEntry_Rec)));
    if (!entry || HPDF_List_Add(xref_->entries, entry) != HPDF_OK) {
      if (entry) HPDF_FreeMem(doc->mmgr, entry);
      if (added_ == 0) HPDF_Dict_Free(writer_);
      throw PdfError("libharu cannot allocate the document's objects");
    }
    entry->entry_typ = HPDF_IN_USE_ENTRY;
    entry->byte_offset = 0;
    entry->gen_no = 0;
    entry->obj = writer_;
    ++added_;
    headers_[i].obj_id = number(i) | HPDF_OTYPE_INDIRECT;
    headers_[i].gen_no = 0;
    headers_[i].obj_class = HPDF_OCLASS_DICT;
  }
}

ObjectRange::~ObjectRange() {
  // libharu frees each entry's object when it frees the document: the writer must be the
  // object of one entry only by then.
  for (std::size_t i = 1; i < added_; ++i) {
    auto* entry =
        static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(xref_->entries, number(i) - xref_->start_offset));
    if (entry) entry->obj = nullptr;
  }
}

void* ObjectRange::reference(std::size_t index) {
  if (index >= count_)
    throw PdfError("a reference to object " + std::to_string(index) + " of " + std::to_string(count_));
  // A proxy writes "N 0 R" from the header it points at (hpdf_objects.c, HPDF_Obj_Write).
  return haru_.call("HPDF_Proxy_New", HPDF_Proxy_New, haru_.doc()->mmgr,
                    static_cast<void*>(&headers_[index]));
}

HPDF_STATUS ObjectRange::write(HPDF_Dict writer, HPDF_Stream stream) {
  auto* self = static_cast<ObjectRange*>(writer->attr);
  try {
    self->buffer_.clear();
    self->body_(self->next_, self->buffer_);
    self->next_ = (self->next_ + 1) % self->count_;  // the next save starts again at 0
    self->buffer_ += '\n';
    return HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(self->buffer_.data()),
                             static_cast<HPDF_UINT>(self->buffer_.size()));
  } catch (...) {  // nothing may be thrown through libharu's C frames
    return HPDF_FAILD_TO_ALLOC_MEM;
  }
}

namespace pdf_syntax {

void ref(std::string& out, unsigned number) {
  out += ' ';
  out += std::to_string(number);
  out += " 0 R";
}

void real(std::string& out, double value) {
  if (!std::isfinite(value)) throw PdfError("a PDF number is not finite");
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 4);
  if (ec != std::errc()) throw PdfError("a PDF number is out of range");
  std::string_view s(buf, static_cast<std::size_t>(end - buf));
  while (s.back() == '0') s.remove_suffix(1);
  if (s.back() == '.') s.remove_suffix(1);
  if (s == "-0") s = "0";
  out += ' ';
  out += s;
}

void integer(std::string& out, long long value) {
  out += ' ';
  out += std::to_string(value);
}

void text(std::string& out, std::string_view utf8) {
  // Printable ASCII means the same in PDFDocEncoding (ISO 32000-1 D.2): such a text is
  // written as it is, a quarter of its UTF-16 form in hexadecimal (link texts, figures'
  // /Alt), if no longer than the UTF-16 form may be.
  if (utf8.size() <= (HPDF_LIMIT_MAX_STRING_LEN - 2) / 2 &&
      std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; }))
    return literal(out, utf8);
  // Anything else as UTF-16BE bytes in a literal string: half the hexadecimal form.
  literal(out, text_string_bytes(utf8));
}

void literal(std::string& out, std::string_view bytes) {
  out += " (";
  for (char c : bytes) {
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
    } else if (c == '\r' || c == '\n') {  // a reader would read an end of line as '\n'
      out += c == '\r' ? "\\r" : "\\n";
      continue;
    }
    out += c;
  }
  out += ')';
}

}  // namespace pdf_syntax

}  // namespace planforge::detail
