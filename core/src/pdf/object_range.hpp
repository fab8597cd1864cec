#pragma once
// Objects planforge writes itself, when libharu saves the document, from its own compact
// data. libharu holds one cross-reference entry per object (about 32 bytes) and a single
// shared writer; its own dictionaries cost about 150 bytes per key (a name is a 128-byte
// record), which for the structure tree and the link annotations of a 5,000-page document
// came to more than a gigabyte (docs/benchmark.md, "Memory").
//
// How: `count` entries are appended to libharu's cross-reference table, all pointing at one
// dictionary whose write hook (hpdf_objects.h, HPDF_Dict_Rec::write_fn) asks `body` for the
// keys of the object being written. libharu writes the table's objects in order, once per
// save, so the hook's n-th call (modulo `count`) is the range's object n. An ObjectRange
// must be destroyed before its document (declare it after the Haru that owns it).

#include "pdf/haru.hpp"

#include <hpdf_objects.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

class ObjectRange {
 public:
  // Appends the keys of object `index` (everything between << and >>) to `out`.
  using Body = std::function<void(std::size_t index, std::string& out)>;

  ObjectRange(Haru& haru, std::size_t count, Body body);
  ~ObjectRange();
  ObjectRange(const ObjectRange&) = delete;
  ObjectRange& operator=(const ObjectRange&) = delete;

  std::size_t size() const { return count_; }
  // The object number of object `index`.
  unsigned number(std::size_t index) const { return first_ + static_cast<unsigned>(index); }
  // A reference to object `index` to put into one of libharu's dictionaries or arrays.
  void* reference(std::size_t index);

 private:
  static HPDF_STATUS write(HPDF_Dict writer, HPDF_Stream stream);

  Haru& haru_;
  std::size_t count_ = 0, added_ = 0, next_ = 0;
  unsigned first_ = 0;
  Body body_;
  HPDF_Dict writer_ = nullptr;
  HPDF_Xref xref_ = nullptr;
  std::vector<HPDF_Obj_Header> headers_;  // what libharu's references point at
  std::string buffer_;
};

// PDF syntax for the bodies.
namespace pdf_syntax {
// " N 0 R"
void ref(std::string& out, unsigned number);
// A number with at most four decimals and no trailing zeros (" 12.5"); PdfError if not finite.
void real(std::string& out, double value);
void integer(std::string& out, long long value);
// A text string (" (…)"): printable ASCII as it is, anything else as UTF-16BE with its
// byte-order mark.
void text(std::string& out, std::string_view utf8);
// A literal string of any bytes, with ( ) \ and the ends of lines escaped (" (…)").
void literal(std::string& out, std::string_view bytes);
}  // namespace pdf_syntax

}  // namespace planforge::detail
