#include "pdf/page_painter.hpp"

#include "pdf/content_stream.hpp"

#include "pdf/utf8_clean.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numbers>

namespace planforge::detail {

namespace {

// Control points at this fraction of the radius make a Bézier quarter circle.
constexpr double kappa = 0.5522847498;

HPDF_REAL f(double v) { return static_cast<HPDF_REAL>(v); }
HPDF_REAL channel(std::uint8_t c) { return static_cast<HPDF_REAL>(c / 255.0); }

}  // namespace

ImageCache::ImageCache(Haru& haru, const std::vector<RasterImage>& images)
    : haru_(haru), images_(images), loaded_(images.size(), nullptr) {}

HPDF_Image ImageCache::get(std::size_t index) {
  if (index >= images_.size())
    throw PdfError("page refers to image " + std::to_string(index) + " of " + std::to_string(images_.size()));
  if (!loaded_[index]) {
    const auto& img = images_[index];
    if (img.width == 0 || img.height == 0 || img.rgb.size() != std::size_t{img.width} * img.height * 3)
      throw PdfError("image " + std::to_string(index) + " has no pixels or a wrong pixel count");
    loaded_[index] =
        haru_.call("HPDF_LoadRawImageFromMem", HPDF_LoadRawImageFromMem, haru_.doc(),
                   static_cast<const HPDF_BYTE*>(img.rgb.data()), static_cast<HPDF_UINT>(img.width),
                   static_cast<HPDF_UINT>(img.height), HPDF_CS_DEVICE_RGB, static_cast<HPDF_UINT>(8));
    // Deflated by planforge, once per decoded image (a watch's next render finds it done),
    // at the level of the page contents instead of libharu's slower 6.
    PixelMemo own;  // for an image without a memo (moved from, then assigned pixels)
    PixelMemo& memo = img.memo ? *img.memo : own;
    std::call_once(memo.deflated_once, [&] { memo.deflated = deflated(img.rgb.data(), img.rgb.size()); });
    use_deflated_stream(haru_, loaded_[index], memo.deflated);
  }
  return loaded_[index];
}

PagePainter::PagePainter(Haru& haru, HPDF_Page page, double page_width, double page_height,
                         const Faces& fonts, const FontSet& faces, ImageCache& images,
                         const Structure& structure)
    : haru_(haru),
      page_(page),
      width_(page_width),
      height_(page_height),
      fonts_(fonts),
      faces_(faces),
      images_(images),
      marks_(haru, page, structure) {}

void PagePainter::paint(const Page& page) {
  for (const auto& item : page.items)
    if (auto* w = std::get_if<PlacedWatermark>(&item)) watermark(*w);
  for (const auto& item : page.items)
    if (!std::holds_alternative<PlacedWatermark>(item)) paint_item(item);
  end_text();
  marks_.close();
}

void PagePainter::mark(const Tag& tag) {
  if (!marks_.changes(tag)) return;
  end_text();  // a sequence opened inside a text object would have to close inside it
  marks_.enter(tag);
}

namespace {

bool finite(std::initializer_list<double> values) {
  for (double v : values)
    if (!std::isfinite(v)) return false;
  return true;
}

// NaN slips through every range check above this layer (all comparisons with it are false)
// and libharu would print it into the content stream, corrupting the file.
bool all_finite(const PageItem& item) {
  return std::visit(
      [](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, PlacedText>) {
          return finite({v.x, v.baseline, v.size, v.rotation});
        } else if constexpr (std::is_same_v<T, PlacedRect>) {
          return finite({v.x, v.y, v.width, v.height, v.line_width, v.radius});
        } else if constexpr (std::is_same_v<T, PlacedLine>) {
          return finite({v.x1, v.y1, v.x2, v.y2, v.width});
        } else if constexpr (std::is_same_v<T, PlacedPath>) {
          for (const auto& [x, y] : v.points)
            if (!finite({x, y})) return false;
          return finite({v.line_width});
        } else if constexpr (std::is_same_v<T, PlacedCircle>) {
          return finite({v.cx, v.cy, v.radius, v.line_width});
        } else if constexpr (std::is_same_v<T, PlacedImage>) {
          return finite({v.x, v.y, v.width, v.height});
        } else {
          return true;
        }
      },
      item);
}

}  // namespace

void PagePainter::paint_item(const PageItem& item) {
  if (!all_finite(item)) throw PdfError("a page item has a coordinate or size that is not a number");
  std::visit(
      [this](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, PlacedText>)
          text(v);
        else if constexpr (std::is_same_v<T, PlacedRect>)
          rect(v);
        else if constexpr (std::is_same_v<T, PlacedLine>)
          line(v);
        else if constexpr (std::is_same_v<T, PlacedPath>)
          path(v);
        else if constexpr (std::is_same_v<T, PlacedCircle>)
          circle(v);
        else if constexpr (std::is_same_v<T, PlacedImage>)
          image(v);
      },
      item);
}

// ---- state ---------------------------------------------------------------------------------

void PagePainter::begin_text() {
  if (in_text_) return;
  haru_.call("HPDF_Page_BeginText", HPDF_Page_BeginText, page_);
  in_text_ = true;
}

void PagePainter::end_text() {
  if (!in_text_) return;
  haru_.call("HPDF_Page_EndText", HPDF_Page_EndText, page_);
  in_text_ = false;
}

void PagePainter::set_fill(const Color& c) {
  if (fill_ == c) return;
  haru_.call("HPDF_Page_SetRGBFill", HPDF_Page_SetRGBFill, page_, channel(c.r), channel(c.g), channel(c.b));
  fill_ = c;
}

void PagePainter::set_stroke(const Color& c) {
  if (stroke_ == c) return;
  haru_.call("HPDF_Page_SetRGBStroke", HPDF_Page_SetRGBStroke, page_, channel(c.r), channel(c.g),
             channel(c.b));
  stroke_ = c;
}

void PagePainter::set_line_width(double w) {
  w = std::max(0.0, w);
  if (w == line_width_) return;
  haru_.call("HPDF_Page_SetLineWidth", HPDF_Page_SetLineWidth, page_, f(w));
  line_width_ = w;
}

void PagePainter::set_dash(bool dashed, double width) {
  // Dashes grow with the line so that thick dashed lines do not look dotted.
  double unit = std::max(1.0, width);
  if (dashed == dashed_ && (!dashed || unit == dash_unit_)) return;
  if (dashed) {
    const HPDF_UINT16 pattern[2] = {static_cast<HPDF_UINT16>(std::lround(3 * unit)),
                                    static_cast<HPDF_UINT16>(std::lround(2 * unit))};
    haru_.call("HPDF_Page_SetDash", HPDF_Page_SetDash, page_, pattern, static_cast<HPDF_UINT>(2),
               static_cast<HPDF_UINT>(0));
  } else {
    haru_.call("HPDF_Page_SetDash", HPDF_Page_SetDash, page_, static_cast<const HPDF_UINT16*>(nullptr),
               static_cast<HPDF_UINT>(0), static_cast<HPDF_UINT>(0));
  }
  dashed_ = dashed;
  dash_unit_ = unit;
}

void PagePainter::prepare(const std::optional<Color>& fill, const std::optional<Color>& stroke,
                          double width) {
  if (fill) set_fill(*fill);
  if (stroke) {
    set_stroke(*stroke);
    set_line_width(width);
    set_dash(false, width);
  }
}

void PagePainter::finish(const std::optional<Color>& fill, const std::optional<Color>& stroke) {
  if (fill && stroke)
    haru_.call("HPDF_Page_FillStroke", HPDF_Page_FillStroke, page_);
  else if (fill)
    haru_.call("HPDF_Page_Fill", HPDF_Page_Fill, page_);
  else
    haru_.call("HPDF_Page_Stroke", HPDF_Page_Stroke, page_);
}

// ---- items ---------------------------------------------------------------------------------

void PagePainter::text(const PlacedText& t) {
  if (t.text.empty()) return;
  mark(t.tag);
  begin_text();
  HPDF_Font font = fonts_[static_cast<std::size_t>(t.style)];
  if (font != font_ || t.size != font_size_) {
    haru_.call("HPDF_Page_SetFontAndSize", HPDF_Page_SetFontAndSize, page_, font, f(t.size));
    font_ = font;
    font_size_ = t.size;
  }
  set_fill(t.color);
  double a = 1, b = 0;
  if (t.rotation != 0) {
    double rad = t.rotation * std::numbers::pi / 180;
    a = std::cos(rad), b = std::sin(rad);
  }
  haru_.call("HPDF_Page_SetTextMatrix", HPDF_Page_SetTextMatrix, page_, f(a), f(b), f(-b), f(a), f(t.x),
             f(flip(t.baseline)));
  auto clean = pdf_string(faces_.face(t.style).drawable(t.text));
  haru_.call("HPDF_Page_ShowText", HPDF_Page_ShowText, page_, clean.c_str());
}

void PagePainter::rect(const PlacedRect& r) {
  if (!r.fill && !r.stroke) return;
  mark(r.tag);
  end_text();
  prepare(r.fill, r.stroke, r.line_width);
  double x0 = std::min(r.x, r.x + r.width), x1 = std::max(r.x, r.x + r.width);
  double top = std::min(r.y, r.y + r.height), bottom = std::max(r.y, r.y + r.height);
  double y0 = flip(bottom), y1 = flip(top);
  double radius = std::min({r.radius, (x1 - x0) / 2, (y1 - y0) / 2});
  if (radius <= 0) {
    haru_.call("HPDF_Page_Rectangle", HPDF_Page_Rectangle, page_, f(x0), f(y0), f(x1 - x0), f(y1 - y0));
  } else {
    double k = kappa * radius;
    auto move = [&](double x, double y) {
      haru_.call("HPDF_Page_MoveTo", HPDF_Page_MoveTo, page_, f(x), f(y));
    };
    auto to = [&](double x, double y) {
      haru_.call("HPDF_Page_LineTo", HPDF_Page_LineTo, page_, f(x), f(y));
    };
    auto curve = [&](double ax, double ay, double bx, double by, double x, double y) {
      haru_.call("HPDF_Page_CurveTo", HPDF_Page_CurveTo, page_, f(ax), f(ay), f(bx), f(by), f(x), f(y));
    };
    move(x0 + radius, y0);
    to(x1 - radius, y0);
    curve(x1 - radius + k, y0, x1, y0 + radius - k, x1, y0 + radius);
    to(x1, y1 - radius);
    curve(x1, y1 - radius + k, x1 - radius + k, y1, x1 - radius, y1);
    to(x0 + radius, y1);
    curve(x0 + radius - k, y1, x0, y1 - radius + k, x0, y1 - radius);
    to(x0, y0 + radius);
    curve(x0, y0 + radius - k, x0 + radius - k, y0, x0 + radius, y0);
    haru_.call("HPDF_Page_ClosePath", HPDF_Page_ClosePath, page_);
  }
  finish(r.fill, r.stroke);
}

void PagePainter::line(const PlacedLine& l) {
  mark(l.tag);
  end_text();
  set_stroke(l.color);
  set_line_width(l.width);
  set_dash(l.dashed, l.width);
  haru_.call("HPDF_Page_MoveTo", HPDF_Page_MoveTo, page_, f(l.x1), f(flip(l.y1)));
  haru_.call("HPDF_Page_LineTo", HPDF_Page_LineTo, page_, f(l.x2), f(flip(l.y2)));
  haru_.call("HPDF_Page_Stroke", HPDF_Page_Stroke, page_);
}

void PagePainter::path(const PlacedPath& p) {
  if (p.points.size() < 2 || (!p.fill && !p.stroke)) return;
  mark(p.tag);
  end_text();
  prepare(p.fill, p.stroke, p.line_width);
  haru_.call("HPDF_Page_MoveTo", HPDF_Page_MoveTo, page_, f(p.points[0].first), f(flip(p.points[0].second)));
  for (std::size_t i = 1; i < p.points.size(); ++i)
    haru_.call("HPDF_Page_LineTo", HPDF_Page_LineTo, page_, f(p.points[i].first),
               f(flip(p.points[i].second)));
  if (p.closed) haru_.call("HPDF_Page_ClosePath", HPDF_Page_ClosePath, page_);
  finish(p.fill, p.stroke);
}

void PagePainter::circle(const PlacedCircle& c) {
  if (c.radius <= 0 || (!c.fill && !c.stroke)) return;
  mark(c.tag);
  end_text();
  prepare(c.fill, c.stroke, c.line_width);
  haru_.call("HPDF_Page_Circle", HPDF_Page_Circle, page_, f(c.cx), f(flip(c.cy)), f(c.radius));
  finish(c.fill, c.stroke);
}

void PagePainter::image(const PlacedImage& i) {
  if (i.width <= 0 || i.height <= 0) return;
  mark(i.tag);
  end_text();
  HPDF_Image img = images_.get(i.image);
  haru_.call("HPDF_Page_DrawImage", HPDF_Page_DrawImage, page_, img, f(i.x), f(flip(i.y + i.height)),
             f(i.width), f(i.height));
}

void PagePainter::watermark(const PlacedWatermark& w) {
  if (w.outline.empty()) return;
  for (const OutlineStep& step : w.outline)
    for (const auto& [x, y] : step.p)
      if (!finite({x, y})) throw PdfError("the watermark has a coordinate that is not a number");
  mark(artifact(ArtifactKind::watermark));
  end_text();
  set_fill(w.color);
  bool open = false;  // a contour is being drawn
  for (const OutlineStep& step : w.outline) {
    const auto& p = step.p;
    switch (step.kind) {
      case OutlineStep::Kind::move:
        if (open) haru_.call("HPDF_Page_ClosePath", HPDF_Page_ClosePath, page_);
        haru_.call("HPDF_Page_MoveTo", HPDF_Page_MoveTo, page_, f(p[0].first), f(flip(p[0].second)));
        open = true;
        break;
      case OutlineStep::Kind::line:
        if (open)
          haru_.call("HPDF_Page_LineTo", HPDF_Page_LineTo, page_, f(p[0].first), f(flip(p[0].second)));
        break;
      case OutlineStep::Kind::cubic:
        if (open)
          haru_.call("HPDF_Page_CurveTo", HPDF_Page_CurveTo, page_, f(p[0].first), f(flip(p[0].second)),
                     f(p[1].first), f(flip(p[1].second)), f(p[2].first), f(flip(p[2].second)));
        break;
    }
  }
  if (!open) return;
  haru_.call("HPDF_Page_ClosePath", HPDF_Page_ClosePath, page_);
  // The nonzero winding rule, as TrueType outlines are drawn: counters (the hole in a D)
  // run the other way round and stay empty.
  haru_.call("HPDF_Page_Fill", HPDF_Page_Fill, page_);
}

}  // namespace planforge::detail
