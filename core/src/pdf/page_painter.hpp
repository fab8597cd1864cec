#pragma once
// Paints one laid-out page into its content stream (content_writer.hpp): flips y (PageSet is
// top-left, y down; PDF is bottom-left, y up), keeps text runs inside one text object, and
// skips colour, width and dash operators that would repeat the current state. Every item
// goes in the marked-content sequence of its tag (marked_content.hpp).
//
// A painter touches no libharu object, so pages are painted on several threads
// (page_workers.hpp). What the document must learn from a page comes back in its
// PaintedPage — the fonts and images its /Resources name, the characters its fonts' subsets
// need, its MCIDs — and the PDF writer tells libharu in page order.

#include "layout/page_set.hpp"
#include "pdf/cid_text.hpp"
#include "pdf/content_writer.hpp"
#include "pdf/marked_content.hpp"
#include "text/font.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace planforge::detail {

inline constexpr std::size_t font_styles = static_cast<std::size_t>(FontStyle::heading) + 1;

// The document's PDF fonts as painters see them: read only while pages are painted.
struct PaintFonts {
  std::array<int, font_styles> of_style{};  // the style's PDF font (index into `widths`); -1: none
  std::vector<CidWidths> widths;            // per PDF font (one file serving two styles is one font)
};

// A font or image a page uses. libharu names a page's resources in the order first used
// (/F1, /F2 … for fonts, /X1 … for images); the painter names them the same way.
struct PageResource {
  enum class Kind : std::uint8_t { font, image };
  Kind kind = Kind::font;
  std::size_t index = 0;  // font: into PaintFonts::widths; image: into PageSet::images
};

// One page, painted.
struct PaintedPage {
  std::string content;                  // the content stream's operators
  std::vector<std::uint8_t> deflated;   // the same, deflated (page_workers.hpp; empty for none)
  std::vector<PageResource> resources;  // in the order first used
  // Per PDF font, the codes the page shows in it (ascending, each once): the glyphs its
  // subset must keep.
  std::vector<std::vector<std::uint16_t>> codes;
  std::vector<int> mcids;  // the element of each MCID on the page, in MCID order
};

class PagePainter {
 public:
  // `image_count`: how many images the PageSet has (a PlacedImage must name one of them).
  PagePainter(const PaintFonts& fonts, const FontSet& faces, const Structure& structure,
              std::size_t image_count);

  // Watermarks first (under everything), then every other item in order. `height`: the
  // page's, about which y flips. Throws PdfError for an item PDF cannot hold.
  PaintedPage paint(const Page& page, double height);

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
  // Colours and width go before the path is built (PDF allows no state change inside a
  // path). finish() then fills and/or strokes it.
  void prepare(const std::optional<Color>& fill, const std::optional<Color>& stroke, double width);
  void finish(const std::optional<Color>& fill, const std::optional<Color>& stroke);
  // The 1-based resource name of a font or image on this page, given on first use.
  int resource(PageResource::Kind kind, std::size_t index);

  const PaintFonts& fonts_;
  const FontSet& faces_;  // the same fonts' metrics: which spaces must be substituted
  std::size_t image_count_;
  ContentWriter out_;
  MarkedContent marks_;
  double height_ = 0;
  std::vector<PageResource> resources_;
  std::vector<std::vector<std::uint64_t>> shown_;  // per PDF font, a bit per code shown
  std::vector<std::uint16_t> codes_;               // the text being shown

  // What the page's graphics state holds now, to skip redundant operators.
  bool in_text_ = false;
  int font_ = -1;
  double font_size_ = 0;
  std::optional<Color> fill_, stroke_;
  double line_width_ = 1;  // PDF's initial line width
  bool dashed_ = false;
  double dash_unit_ = 0;
};

}  // namespace planforge::detail
