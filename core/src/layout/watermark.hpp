#pragma once
// The watermark (the document input's `watermark` text, "DRAFT" on drafts): the text's
// letters as outlines in the bold face, set diagonally across the page's centre, under
// everything else, in a light tint of the primary colour.

#include "layout/context.hpp"
#include "layout/page_set.hpp"

namespace planforge::detail {

// The watermark item for a page (the letters are outlined once per layout and kept in ctx).
PlacedWatermark watermark_for(LayoutContext& ctx);

}  // namespace planforge::detail
