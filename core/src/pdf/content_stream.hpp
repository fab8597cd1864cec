#pragma once
// A painted page's content stream, deflated at once. libharu keeps every page's content
// stream uncompressed in memory until it saves the document, then deflates it: for a
// 5,000-page document that is over a hundred megabytes held to the end. Deflated as soon as
// the page is painted, a page keeps about a fifth of the bytes. The deflated bytes replace
// the stream, libharu's own filter for it is switched off, and /Filter /FlateDecode is
// written by the dictionary's write hook (libharu drops a /Filter key from a stream whose
// filter is off). Deterministic: the same content gives the same bytes. Images are deflated
// the same way (page_painter.cpp), once per decoded image.

#include "pdf/deflate_cache.hpp"
#include "pdf/haru.hpp"

#include <cstdint>
#include <vector>

namespace planforge::detail {

// After the page's last painting call; nothing may be painted on it afterwards. PdfError
// when the page's content is still inside a text or path object or a saved graphics state.
// With `cache`, a content deflated before (by bytes) is taken from it (deflate_cache.hpp).
void deflate_content(Haru& haru, HPDF_Page page, DeflateCache* cache = nullptr);

// `size` bytes deflated at planforge's level (zlib's 3, see content_stream.cpp).
std::vector<std::uint8_t> deflated(const std::uint8_t* bytes, std::size_t size);

// Makes `deflated_bytes` the stream of `object` (a stream dictionary: a page's contents, an
// image), written with /Filter /FlateDecode and never deflated again by libharu.
void use_deflated_stream(Haru& haru, HPDF_Dict object, const std::vector<std::uint8_t>& deflated_bytes);

}  // namespace planforge::detail
