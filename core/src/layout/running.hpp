#pragma once
// What every page but the cover carries: the watermark (under everything), the running
// header and footer with their rules, "{page}", "{pages}" and "{page-of-pages}" filled in.

#include "layout/context.hpp"
#include "layout/page_set.hpp"

#include <string>

namespace planforge::detail {

// `number` counts the cover as page 1; `total` is the number of pages including the cover.
void add_running_elements(Page& page, int number, int total, LayoutContext& ctx);

// `text` with every "{page}" and "{pages}" replaced, and "{page-of-pages}" by the plan's
// language's "Page 3 of 12" ("Seite 3 von 12", "Sivu 3/12").
std::string fill_page_fields(const std::string& text, int number, int total, const Locale& locale = {});

}  // namespace planforge::detail
