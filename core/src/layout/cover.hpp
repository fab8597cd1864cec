#pragma once
// The cover page: title, subtitle and client in the theme's cover style ("band", "plain" or
// "full"), the plan's details, and the client's and the firm's logos. No header or footer.

#include "layout/context.hpp"
#include "layout/page_set.hpp"

#include <vector>

namespace planforge::detail {

// Images used by the cover are appended to `images`.
Page cover_page(const CoverData& cover, LayoutContext& ctx, std::vector<RasterImage>& images);

// Size of an image fitted into a box with its aspect ratio kept, never enlarged past one
// point per pixel (72 dpi) so a small logo stays sharp.
std::pair<double, double> fit_image(const RasterImage& image, double box_w, double box_h);

}  // namespace planforge::detail
