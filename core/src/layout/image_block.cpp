// Pictures: a decoded PNG or JPEG centred in the column at the width asked for (or its
// natural size, never wider than the column), kept on one page with its caption below.

#include "layout/blocks.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

// A picture's natural size: 96 pixels an inch, the resolution screens and screenshots use.
constexpr double points_per_pixel = 72.0 / 96.0;

}  // namespace

std::vector<Chunk> image_chunks(const Image& image, LayoutContext& ctx) {
  // The engine decodes every picture before layout and reports one it cannot use.
  const auto found = ctx.input.picture_index.find(image.file);
  if (found == ctx.input.picture_index.end() || found->second >= ctx.input.pictures.size()) return {};
  const RasterImage& picture = ctx.input.pictures[found->second];
  if (picture.width == 0 || picture.height == 0) return {};
  const double col_w = ctx.page.column_width();
  const Caption caption = caption_of(image.caption, ctx);

  double w = image.width > 0 ? col_w * std::min(image.width, 1.0)
                             : std::min(col_w, picture.width * points_per_pixel);
  double h = w * picture.height / picture.width;
  // As tall as a page allows with the caption and room for a heading above it, like a figure.
  const double max_h =
      std::max(40.0, ctx.page.body_height() - caption.height() - ctx.theme.heading_sizes[0] * 2.5);
  if (h > max_h) {
    w *= max_h / h;
    h = max_h;
  }

  // A Figure with the author's text alternative (the check requires alt), then its caption.
  const int figure = ctx.element(StructType::figure);
  (*ctx.structure)[figure].alt = image.alt;
  const int caption_tag = image.caption.empty() ? -1 : ctx.element(StructType::caption);

  Chunk c;
  c.space_before = Spacing::of(ctx.theme).block;
  // PageSet::images holds the body's pictures first, at the same indexes.
  const double x = ctx.page.left + (col_w - w) / 2;
  c.items.push_back(PlacedImage{found->second, x, 0, w, h, content_of(figure)});
  c.boxes.push_back({figure, x, 0, w, h});
  c.height = place_caption(caption, h, c, ctx, caption_tag);
  if (!image.anchor.empty()) c.anchors.push_back({image.anchor, 0});
  return one_chunk(std::move(c));
}

}  // namespace planforge::detail
