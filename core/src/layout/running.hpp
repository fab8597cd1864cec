#pragma once
// What every page but the cover carries: the watermark (under everything), the running
// header and footer with their rules, "{page}" and "{pages}" filled in.

#include "layout/context.hpp"
#include "layout/page_set.hpp"

#include <string>

namespace planforge::detail {

// `number` counts the cover as page 1; `total` is the number of pages including the cover.
void add_running_elements(Page& page, int number, int total, LayoutContext& ctx);

// `text` with every "{page}" and "{pages}" replaced.
std::string fill_page_fields(const std::string& text, int number, int total);

}  // namespace planforge::detail
