#pragma once
// The SDK's runs as styled runs, the part that needs no document: the face (the base face
// with the run's bold and italic added), the size and baseline shift of superscript and
// subscript, the colour and the link. Paragraphs (layout/text_flow) and figure text boxes
// (text/text_box) build on it; cross-references are theirs to resolve.

#include "text/line_breaker.hpp"

#include <planforge/rich_text.hpp>

namespace planforge::detail {

FontStyle font_style(bool bold, bool italic);

// `run` in `base` (the display face stays itself) at `size`, coloured by its own colour or
// else `color`; its link is kept, a cross-reference is left to the caller.
StyledRun styled_run(const Run& run, FontStyle base, double size, Color color);

}  // namespace planforge::detail
