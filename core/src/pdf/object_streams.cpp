#include "pdf/object_streams.hpp"

#include "pdf/deflate_worker.hpp"
#include "pdf/deflater.hpp"
#include "pdf/font_program.hpp"

#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace planforge::detail {

namespace {

// Chosen from measurements (docs/benchmark.md, "PDF size"): on size L, zlib's level 1 adds
// 45 ms of CPU to the write stage and level 6 160 ms, for 7 % fewer bytes. More objects per
// stream deflate better (100: 2 % larger than 500); a reader inflates a whole stream, tens
// of kilobytes, to read one of its objects.
constexpr int deflate_level = 1;
constexpr std::size_t objects_per_stream = 500;

using Output = std::function<void(const char* bytes, std::size_t size)>;

// One row of the cross-reference stream (7.5.8.3): type 0 free (next free object,
// generation), 1 at a byte offset (offset, generation), 2 in an object stream (its number,
// the index in it).
struct XrefRow {
  std::uint8_t type = 0;
  std::uint64_t field2 = 0;
  std::uint32_t field3 = 0;
};

void append_number(std::string& out, std::uint64_t value) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, value).ptr);
}

// Bytes needed for `value` in a cross-reference stream's field (at least one).
int width_of(std::uint64_t value) {
  int bytes = 1;
  while (value >>= 8) ++bytes;
  return bytes;
}

class Packer {
 public:
  Packer(Haru& haru, Output output, const PackOptions& options)
      : haru_(haru), output_(std::move(output)), content_id_(options.content_id) {
    HPDF_Doc doc = haru_.doc();
    if (doc->encrypt_on) throw PdfError("an encrypted document cannot be saved with object streams");
    if (doc->xref->prev || doc->xref->start_offset != 0)
      throw PdfError("libharu's document has more than one cross-reference section");
    to_file_ = writer(&Packer::write_to_file);
    to_batch_ = writer(&Packer::write_to_batch);
    if (content_id_) HPDF_MD5Init(&md5_);
  }
  ~Packer() {
    if (to_file_) HPDF_Stream_Free(to_file_);
    if (to_batch_) HPDF_Stream_Free(to_batch_);
  }
  Packer(const Packer&) = delete;
  Packer& operator=(const Packer&) = delete;

  void run() {
    HPDF_Doc doc = haru_.doc();
    // PDF 1.5 brought object streams; a binary comment line marks the file as binary.
    const int minor = 2 + std::max<int>(doc->pdf_version, HPDF_VER_15);
    emit("%PDF-1." + std::to_string(minor) + "\n%\xB7\xBE\xAD\xAA\n");
    // libharu makes objects while it saves (a font's descriptor and file when the font is
    // written): the table is read to its end as it grows, as libharu's own save does.
    HPDF_List entries = doc->xref->entries;
    rows_.assign(1, XrefRow{0, 0, 0xFFFF});  // object 0, the head of the free list
    for (HPDF_UINT i = 1; i < entries->count; ++i) {
      auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i));
      rows_.resize(i + 1);
      if (!entry || entry->entry_typ != HPDF_IN_USE_ENTRY || !entry->obj) {
        rows_[i] = {0, 0, entry ? entry->gen_no : 0u};
        continue;
      }
      // Streams and objects of another generation cannot be in an object stream (7.5.7).
      if (is_stream(entry->obj)) {
        fonts_.slim(static_cast<HPDF_Dict>(entry->obj));  // a font file or CIDToGIDMap (font_program.hpp)
        direct(i, entry->gen_no, entry->obj);
      } else if (entry->gen_no != 0) {
        direct(i, entry->gen_no, entry->obj);
      } else {
        pack(i, entry->obj);
      }
    }
    flush();
    write_object_streams();
    cross_reference_stream();
  }

 private:
  static bool is_stream(void* obj) {
    const auto* header = static_cast<HPDF_Obj_Header*>(obj);
    return (header->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT && static_cast<HPDF_Dict>(obj)->stream;
  }

  HPDF_Stream writer(HPDF_Stream_Write_Func fn) {
    return haru_.call("HPDF_CallbackWriter_New", HPDF_CallbackWriter_New, haru_.doc()->mmgr, fn,
                      static_cast<void*>(this));
  }

  // libharu's write callbacks: nothing may be thrown through its C frames, so a failure is
  // kept and thrown again once libharu has returned.
  static HPDF_STATUS write_to_file(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
    auto* self = static_cast<Packer*>(stream->attr);
    try {
      self->emit(reinterpret_cast<const char*>(bytes), size);
      return HPDF_OK;
    } catch (...) {
      self->failure_ = std::current_exception();
      return HPDF_FILE_IO_ERROR;
    }
  }
  static HPDF_STATUS write_to_batch(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
    auto* self = static_cast<Packer*>(stream->attr);
    try {
      self->batch_.append(reinterpret_cast<const char*>(bytes), size);
      return HPDF_OK;
    } catch (...) {
      self->failure_ = std::current_exception();
      return HPDF_FAILD_TO_ALLOC_MEM;
    }
  }

  void emit(const char* bytes, std::size_t size) {
    output_(bytes, size);
    if (content_id_)
      HPDF_MD5Update(&md5_, reinterpret_cast<const HPDF_BYTE*>(bytes), static_cast<HPDF_UINT32>(size));
    offset_ += size;
  }
  void emit(std::string_view s) { emit(s.data(), s.size()); }

  void write_value(void* obj, HPDF_Stream stream) {
    haru_.call("HPDF_Obj_WriteValue", [&] {
      const HPDF_STATUS status = HPDF_Obj_WriteValue(obj, stream, nullptr);
      if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
      return status;
    });
  }

  // "N G obj", the value, "endobj", at the current offset.
  void direct(unsigned number, unsigned gen, void* obj) {
    rows_[number] = {1, offset_, gen};
    line_.clear();
    append_number(line_, number);
    line_ += ' ';
    append_number(line_, gen);
    line_ += " obj\n";
    emit(line_);
    write_value(obj, to_file_);
    emit("\nendobj\n");
  }

  void pack(unsigned number, void* obj) {
    fonts_.slim_widths(obj);  // a CIDFontType2's /W (font_program.hpp)
    packed_.push_back({number, batch_.size()});
    write_value(obj, to_batch_);
    if (is_stream(obj)) throw PdfError("object " + std::to_string(number) + " became a stream while written");
    batch_ += '\n';
    if (packed_.size() == objects_per_stream) flush();
  }

  // The object stream of the objects packed since the last one (7.5.7): pairs of object
  // number and offset, then the objects, deflated on the worker's thread. Its number is
  // known only when libharu has made its last object, so it waits (deflated) until then.
  void flush() {
    if (packed_.empty()) return;
    const auto ordinal = static_cast<std::uint32_t>(shapes_.size());
    std::string head;
    for (std::size_t k = 0; k < packed_.size(); ++k) {
      rows_[packed_[k].number] = {2, ordinal, static_cast<std::uint32_t>(k)};
      append_number(head, packed_[k].number);
      head += ' ';
      append_number(head, packed_[k].offset);
      head += k + 1 < packed_.size() ? ' ' : '\n';
    }
    shapes_.push_back({packed_.size(), head.size()});
    worker_.add(std::move(head), std::exchange(batch_, {}));
    packed_.clear();
  }

  // The object streams after libharu's objects, numbered from the first free number.
  void write_object_streams() {
    const std::uint64_t first = rows_.size();
    for (XrefRow& row : rows_)
      if (row.type == 2) row.field2 += first;
    std::vector<std::string> streams = worker_.finish();
    for (std::size_t k = 0; k < streams.size(); ++k) {
      std::string dict = std::to_string(rows_.size()) + " 0 obj\n<< /Type /ObjStm /N " +
                         std::to_string(shapes_[k].objects) + " /First " + std::to_string(shapes_[k].first) +
                         " /Filter /FlateDecode /Length " + std::to_string(streams[k].size()) +
                         " >>\nstream\n";
      rows_.push_back({1, offset_, 0});
      emit(dict);
      emit(streams[k]);
      emit("\nendstream\nendobj\n");
      std::string().swap(streams[k]);
    }
  }

  // The cross-reference stream, which is also the trailer (7.5.8.2), and the file's end.
  void cross_reference_stream() {
    const auto number = static_cast<std::uint32_t>(rows_.size());
    const std::uint64_t at = offset_;
    rows_.push_back({1, at, 0});
    std::uint64_t max2 = 0;
    std::uint32_t max3 = 0;
    for (const XrefRow& row : rows_) max2 = std::max(max2, row.field2), max3 = std::max(max3, row.field3);
    const int w2 = width_of(max2), w3 = width_of(max3), columns = 1 + w2 + w3;
    // PNG's "Up" predictor (/Predictor 12): each byte less the one above it, so that the
    // columns that barely change between rows deflate to almost nothing.
    std::string table;
    table.reserve(rows_.size() * static_cast<std::size_t>(columns + 1));
    std::string row(static_cast<std::size_t>(columns), '\0'), above(row);
    for (const XrefRow& r : rows_) {
      row[0] = static_cast<char>(r.type);
      for (int b = 0; b < w2; ++b)
        row[static_cast<std::size_t>(1 + b)] = static_cast<char>(r.field2 >> (8 * (w2 - 1 - b)));
      for (int b = 0; b < w3; ++b)
        row[static_cast<std::size_t>(1 + w2 + b)] = static_cast<char>(r.field3 >> (8 * (w3 - 1 - b)));
      table += '\x02';
      for (std::size_t c = 0; c < row.size(); ++c) table += static_cast<char>(row[c] - above[c]);
      std::swap(row, above);
    }
    Deflater deflater(deflate_level);
    const std::string_view data = deflater.deflate({table});

    HPDF_Doc doc = haru_.doc();
    std::string dict = std::to_string(number) + " 0 obj\n<< /Type /XRef /Size " +
                       std::to_string(rows_.size()) + " /W [ 1 " + std::to_string(w2) + ' ' +
                       std::to_string(w3) + " ] /Root ";
    reference(dict, doc->catalog);
    if (doc->info) {
      dict += " /Info ";
      reference(dict, doc->info);
    }
    if (content_id_) {
      std::array<HPDF_BYTE, 16> digest{};
      HPDF_MD5Final(digest.data(), &md5_);
      std::string hex;
      for (HPDF_BYTE b : digest) {
        static constexpr char digits[] = "0123456789ABCDEF";
        hex += digits[b >> 4];
        hex += digits[b & 0xF];
      }
      dict += " /ID [ <" + hex + "> <" + hex + "> ]";
    }
    dict += " /Filter /FlateDecode /DecodeParms << /Columns " + std::to_string(columns) +
            " /Predictor 12 >> /Length " + std::to_string(data.size()) + " >>\nstream\n";
    emit(dict);
    emit(data);
    emit("\nendstream\nendobj\nstartxref\n" + std::to_string(at) + "\n%%EOF\n");
  }

  static void reference(std::string& out, void* obj) {
    const auto* header = static_cast<HPDF_Obj_Header*>(obj);
    append_number(out, header->obj_id & 0x00FFFFFF);
    out += ' ';
    append_number(out, header->gen_no);
    out += " R";
  }

  struct Packed {
    std::uint32_t number;
    std::size_t offset;  // in batch_
  };

  Haru& haru_;
  FontStreams fonts_{haru_};
  Output output_;
  bool content_id_;
  HPDF_MD5_CTX md5_{};
  HPDF_Stream to_file_ = nullptr, to_batch_ = nullptr;
  std::exception_ptr failure_;
  std::uint64_t offset_ = 0;    // bytes written
  std::vector<XrefRow> rows_;   // by object number
  std::vector<Packed> packed_;  // the objects of the object stream being filled
  struct Shape {
    std::size_t objects, first;  // /N and /First
  };
  std::vector<Shape> shapes_;  // of each object stream
  std::string batch_, line_;
  DeflateWorker worker_{deflate_level};
};

std::string reason(int error) { return std::strerror(error); }

}  // namespace

std::vector<std::uint8_t> packed_bytes(Haru& haru, const PackOptions& options) {
  std::vector<std::uint8_t> bytes;
  Packer(
      haru, [&](const char* p, std::size_t n) { bytes.insert(bytes.end(), p, p + n); }, options)
      .run();
  return bytes;
}

void save_packed(Haru& haru, const std::filesystem::path& file, const PackOptions& options) {
  struct Close {
    void operator()(std::FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<std::FILE, Close> out(std::fopen(file.c_str(), "wb"));
  if (!out) throw PdfError("cannot write " + file.string() + ": " + reason(errno));
  std::setvbuf(out.get(), nullptr, _IOFBF, 1 << 20);
  Packer(
      haru,
      [&](const char* p, std::size_t n) {
        if (n > 0 && std::fwrite(p, 1, n, out.get()) != n)
          throw PdfError("cannot write " + file.string() + ": " + reason(errno));
      },
      options)
      .run();
  std::FILE* f = out.release();
  if (std::fclose(f) != 0) throw PdfError("cannot write " + file.string() + ": " + reason(errno));
}

}  // namespace planforge::detail
