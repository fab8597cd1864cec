#pragma once
// Paints one laid-out page with libharu: flips y (PageSet is top-left, y down; PDF is
// bottom-left, y up), keeps text runs inside one text object, and skips colour, width and
// dash operators that would repeat the current state. Every item goes in the marked-content
// sequence of its tag (marked_content.hpp).

#include "text/font.hpp"
#include "layout/page_set.hpp"
#include "pdf/haru.hpp"
#include "pdf/marked_content.hpp"

#include <array>
#include <optional>
#include <vector>

namespace planforge::detail {

// The PDF font of each FontStyle.
using Faces = std::array<HPDF_Font, static_cast<std::size_t>(FontStyle::heading) + 1>;

// Images are embedded once, on first use, and shared by every page that shows them.
class ImageCache {
 public:
  ImageCache(Haru& haru, const std::vector<RasterImage>& images);
  HPDF_Image get(std::size_t index);  // throws PdfError for a bad index or pixel buffer

 private:
  Haru& haru_;
  const std::vector<RasterImage>& images_;
  std::vector<HPDF_Image> loaded_;
};

class PagePainter {
 public:
  PagePainter(Haru& haru, HPDF_Page page, double page_width, double page_height, const Faces& fonts,
              const FontSet& faces, ImageCache& images, const Structure& structure);

  // Watermarks first (under everything), then every other item in order.
  void paint(const Page& page);
  // The element of each MCID on the page, after paint().
  const std::vector<int>& mcids() const { return marks_.mcids(); }

 private:
  void paint_item(const PageItem& item);
  void text(const PlacedText& t);
  void rect(const PlacedRect& r);
  void line(const PlacedLine& l);
  void path(const PlacedPath& p);
  void circle(const PlacedCircle& c);
  void image(const PlacedImage& i);
  void watermark(const PlacedWatermark& w);

  double flip(double y) const { return height_ - y; }
  // Puts what is painted next in `tag`'s marked-content sequence.
  void mark(const Tag& tag);
  void begin_text();
  void end_text();
  void set_fill(const Color& c);
  void set_stroke(const Color& c);
  void set_line_width(double w);
  void set_dash(bool dashed, double width);
  // Colours and width go before the path is built: libharu (like PDF) refuses state
  // changes while a path is under construction. finish() then fills and/or strokes it.
  void prepare(const std::optional<Color>& fill, const std::optional<Color>& stroke, double width);
  void finish(const std::optional<Color>& fill, const std::optional<Color>& stroke);

  Haru& haru_;
  HPDF_Page page_;
  double width_, height_;
  const Faces& fonts_;
  const FontSet& faces_;  // the same fonts' metrics: which spaces must be substituted
  ImageCache& images_;
  MarkedContent marks_;

  // What the page's graphics state holds now, to skip redundant operators.
  bool in_text_ = false;
  HPDF_Font font_ = nullptr;
  double font_size_ = 0;
  std::optional<Color> fill_, stroke_;
  double line_width_ = 1;  // PDF's initial line width
  bool dashed_ = false;
  double dash_unit_ = 0;
};

}  // namespace planforge::detail
