#pragma once
// Streams planforge deflates itself: each page's content (painted and deflated on the
// painting threads, page_workers.hpp) and each image's pixels. libharu would keep every
// page's content uncompressed in memory until it saves the document, then deflate it at its
// slower level 6 on one thread. The deflated bytes replace the stream, libharu's own filter
// for it is switched off, and /Filter /FlateDecode is written by the dictionary's write hook
// (libharu drops a /Filter key from a stream whose filter is off). Deterministic: the same
// content gives the same bytes, on any thread.

#include "pdf/haru.hpp"

#include <cstdint>
#include <vector>

namespace planforge::detail {

// `size` bytes deflated at planforge's level (zlib's 3, see content_stream.cpp). Safe on
// any thread (each keeps its own zlib state for the next call).
std::vector<std::uint8_t> deflated(const std::uint8_t* bytes, std::size_t size);

// Makes `deflated_bytes` the stream of `object` (a stream dictionary: a page's contents, an
// image), written with /Filter /FlateDecode and never deflated again by libharu.
void use_deflated_stream(Haru& haru, HPDF_Dict object, const std::vector<std::uint8_t>& deflated_bytes);

// Makes `deflated_bytes` (a painted page's content, deflated) the content stream of `page`,
// which libharu has not painted on; an empty one leaves the page's empty stream.
void set_page_content(Haru& haru, HPDF_Page page, const std::vector<std::uint8_t>& deflated_bytes);

}  // namespace planforge::detail
