#include "pdf/content_stream.hpp"

#include "pdf/deflater.hpp"

#include <hpdf_pages.h>
#include <hpdf_streams.h>

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
  thread_local Deflater deflater(deflate_level);
  const std::string_view packed = deflater.deflate({{reinterpret_cast<const char*>(bytes), size}});
  return {packed.begin(), packed.end()};
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

void set_page_content(Haru& haru, HPDF_Page page, const std::vector<std::uint8_t>& deflated_bytes) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Dict contents = attr->contents;
  if (contents->stream != attr->stream || contents->stream->size != 0)
    throw PdfError("a page's content stream was written to before it was painted");
  // An empty page keeps libharu's empty stream, as when libharu painted pages.
  if (deflated_bytes.empty()) return;
  use_deflated_stream(haru, contents, deflated_bytes);
  attr->stream = contents->stream;
}

}  // namespace planforge::detail
