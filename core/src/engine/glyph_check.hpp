#pragma once
// Characters the PDF cannot show. libharu 2.3 writes only the Basic Multilingual Plane, so
// an emoji or any character above U+FFFF is left out of the PDF; a character the theme's
// font has no glyph for is drawn as the font's empty box. Either would be a silent loss, so
// each font with such characters gets one warning, at the first place the plan uses one.

#include "layout/page_set.hpp"
#include "plan/plan_data.hpp"
#include "text/font.hpp"

#include <planforge/diagnostics.hpp>

namespace planforge::detail {

// Each face is named by its file (FontFace::file()): a file may serve several styles.
void report_missing_glyphs(const PageSet& pages, const FontSet& fonts, const PlanData& plan,
                           Diagnostics& diags);

}  // namespace planforge::detail
