#pragma once
// Lays the document out: cover, contents, revision history, body, running header and
// footer, bookmarks, links, cross-reference page numbers. Repeats the layout until every
// page number it printed (contents, refs) is the page the target landed on.

#include "layout/document_input.hpp"
#include "layout/page_set.hpp"
#include "text/font.hpp"
#include "theme/theme.hpp"

#include <planforge/diagnostics.hpp>

namespace planforge::detail {

// Problems found while laying out (a figure drawing outside its canvas, a ref whose target
// has no place) are reported to `diags`; the result is still complete.
PageSet layout_document(const DocumentInput& input, const Theme& theme, const FontSet& fonts,
                        Diagnostics& diags);
// The same, using the input up: what a block holds that the layout no longer reads once the
// block is laid out for the last time (a table's cells) is let go of then, so a long
// document's text is not held through every layout pass beside its laid-out lines.
PageSet layout_document(DocumentInput&& input, const Theme& theme, const FontSet& fonts, Diagnostics& diags);

}  // namespace planforge::detail
