#include "pdf/content_stream.hpp"

#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <zlib.h>

#include <algorithm>
#include <string>
#include <vector>

namespace planforge::detail {

namespace {

// zlib's level 3, not libharu's 6: deflating the pages was a fifth of a long document's CPU
// time at 6; 3 takes a third less of it for 2 % more bytes (docs/benchmark.md).
constexpr int deflate_level = 3;

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

std::vector<std::uint8_t> deflated(const std::uint8_t* bytes, std::size_t size) {
  uLongf packed_size = compressBound(static_cast<uLong>(size));
  std::vector<std::uint8_t> packed(packed_size);
  if (compress2(packed.data(), &packed_size, bytes, static_cast<uLong>(size), deflate_level) != Z_OK)
    throw PdfError("cannot deflate a stream of " + std::to_string(size) + " bytes");
  packed.resize(packed_size);
  return packed;
}

void use_deflated_stream(Haru& haru, HPDF_Dict object, const std::vector<std::uint8_t>& deflated_bytes) {
  // One buffer of exactly the deflated size.
  HPDF_Stream stream = haru.call("HPDF_MemStream_New", HPDF_MemStream_New, object->mmgr,
                                 static_cast<HPDF_UINT>(std::max<std::size_t>(deflated_bytes.size(), 1)));
  if (HPDF_Stream_Write(stream, deflated_bytes.data(), static_cast<HPDF_UINT>(deflated_bytes.size())) !=
      HPDF_OK) {
    HPDF_Stream_Free(stream);
    throw PdfError("libharu cannot hold a deflated stream");
  }
  HPDF_Stream_Free(object->stream);
  object->stream = stream;
  object->filter = HPDF_STREAM_FILTER_NONE;
  object->write_fn = write_flate_filter;
}

void deflate_content(Haru& haru, HPDF_Page page, DeflateCache* cache) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  // libharu closes an open text or path object, and restores saved states, into the
  // stream when it saves (Page_BeforeWrite): there must be none left to close.
  if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION || (attr->gstate && attr->gstate->prev))
    throw PdfError("a page's content was left inside a text or path object");
  HPDF_Dict contents = attr->contents;
  HPDF_Stream plain = contents->stream;
  if (plain != attr->stream) throw PdfError("a page has more than one content stream");
  if (contents->filter != HPDF_STREAM_FILTER_FLATE_DECODE || plain->size == 0) return;

  std::vector<std::uint8_t> text;
  text.reserve(plain->size);
  const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(plain);
  for (HPDF_UINT i = 0; i < buffers; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* bytes = HPDF_MemStream_GetBufPtr(plain, i, &length);
    if (!bytes) throw PdfError("cannot read a page's content stream");
    text.insert(text.end(), bytes, bytes + length);
  }
  if (cache)
    use_deflated_stream(haru, contents, cache->get(text, [&] { return deflated(text.data(), text.size()); }));
  else
    use_deflated_stream(haru, contents, deflated(text.data(), text.size()));
  attr->stream = contents->stream;
}

}  // namespace planforge::detail
