#include "pdf/content_stream.hpp"

#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <zlib.h>

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

void deflate_content(Haru& haru, HPDF_Page page) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  // libharu closes an open text or path object, and restores saved states, into the
  // stream when it saves (Page_BeforeWrite): there must be none left to close.
  if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION || (attr->gstate && attr->gstate->prev))
    throw PdfError("a page's content was left inside a text or path object");
  HPDF_Dict contents = attr->contents;
  HPDF_Stream plain = contents->stream;
  if (plain != attr->stream) throw PdfError("a page has more than one content stream");
  if (contents->filter != HPDF_STREAM_FILTER_FLATE_DECODE || plain->size == 0) return;

  std::vector<Bytef> text;
  text.reserve(plain->size);
  const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(plain);
  for (HPDF_UINT i = 0; i < buffers; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* bytes = HPDF_MemStream_GetBufPtr(plain, i, &length);
    if (!bytes) throw PdfError("cannot read a page's content stream");
    text.insert(text.end(), bytes, bytes + length);
  }
  uLongf packed_size = compressBound(static_cast<uLong>(text.size()));
  std::vector<Bytef> packed(packed_size);
  if (compress2(packed.data(), &packed_size, text.data(), static_cast<uLong>(text.size()), deflate_level) !=
      Z_OK)
    throw PdfError("cannot deflate a page's content stream");

  // One buffer of exactly the deflated size.
  HPDF_Stream deflated =
      haru.call("HPDF_MemStream_New", HPDF_MemStream_New, page->mmgr, static_cast<HPDF_UINT>(packed_size));
  if (HPDF_Stream_Write(deflated, packed.data(), static_cast<HPDF_UINT>(packed_size)) != HPDF_OK) {
    HPDF_Stream_Free(deflated);
    throw PdfError("libharu cannot hold a page's content stream");
  }
  HPDF_Stream_Free(plain);
  contents->stream = deflated;
  attr->stream = deflated;
  contents->filter = HPDF_STREAM_FILTER_NONE;
  contents->write_fn = write_flate_filter;
}

}  // namespace planforge::detail
