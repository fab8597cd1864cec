#pragma once
// Pages painted on several threads, handed to the PDF writer in page order. Painting a page
// (content_writer.hpp) and deflating its content need nothing but the laid-out page, so
// they run on worker threads, while the calling thread tells libharu about each page (its
// resources, its fonts' glyphs, its deflated content) strictly in page order: the PDF is
// the same bytes whatever the number of threads and however they are scheduled.
//
// Memory stays bounded: workers paint at most a window of pages ahead of the page being
// handed over, so a long document is not held painted twice over.

#include "pdf/page_painter.hpp"

#include <cstddef>
#include <functional>

namespace planforge::detail {

// The most threads a document is painted on: beyond four, handing pages to libharu on one
// thread is what limits (docs/architecture.md, "Threads").
inline constexpr int max_paint_threads = 4;

// The threads a document is painted on when not told: the CPUs this process may run on
// (its affinity mask), at most max_paint_threads.
int default_paint_threads();

// Calls paint(i) for every i < count on `threads` worker threads (at most 1: all on this
// thread, one page after the other) and take(i, page) on this thread for i = 0, 1, 2 …,
// each once its page is painted. An exception from paint(i) is rethrown here at page i's
// turn; one from take() stops the workers (each finishes its page) and goes on up.
void paint_in_order(std::size_t count, int threads, const std::function<PaintedPage(std::size_t)>& paint,
                    const std::function<void(std::size_t, PaintedPage&&)>& take);

}  // namespace planforge::detail
