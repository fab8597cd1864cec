#pragma once
// Saves a libharu document as a PDF 1.5 file with object streams and a cross-reference
// stream (ISO 32000-1 7.5.7, 7.5.8), which libharu 2.3 cannot write: its save writes every
// object uncompressed with a 20-byte line of a classic cross-reference table, and the
// structure tree and link annotations of a tagged PDF are thousands of small objects.
//
// How: the save walks libharu's cross-reference table in order, as libharu's own save does
// (hpdf_xref.c, HPDF_Xref_WriteToStream), and has libharu write each object's value
// (HPDF_Obj_WriteValue, so every write hook and font subsetting runs as before) into one of
// two libharu streams: a stream object (a dictionary with data) straight into the file at
// its offset, any other object into the current object stream, which is deflated every
// few hundred objects. Object numbers are libharu's, and libharu makes objects while it
// saves (a font's descriptor and file), so the object streams take the numbers after its
// last one: they are kept, deflated, and written after libharu's objects. Last comes the
// cross-reference stream (PNG-predicted, deflated), which carries the trailer's keys.
//
// Nothing is held whole: stream objects (page contents, fonts, images: most of a file's
// bytes) go into the file as they are written; only the deflated object streams wait (a
// third of the file at size XL). Identical documents give identical bytes.

#include "pdf/haru.hpp"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace planforge::detail {

// What a packed save adds beyond the document.
struct PackOptions {
  // The trailer's /ID, both halves the MD5 of every byte before the cross-reference stream:
  // derived from the content, never from the clock (PDF/A, archival.hpp).
  bool content_id = false;
};

// The document's bytes; PdfError on failure.
std::vector<std::uint8_t> packed_bytes(Haru& haru, const PackOptions& options);

// Writes the document into `file` (created or truncated); PdfError naming the file and the
// system's reason on failure.
void save_packed(Haru& haru, const std::filesystem::path& file, const PackOptions& options);

}  // namespace planforge::detail
