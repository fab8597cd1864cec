#include "pdf/page_painter.hpp"

#include "pdf/pdf_writer.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <numbers>

namespace planforge::detail {

namespace {

// Control points at this fraction of the radius make a Bézier quarter circle.
constexpr double kappa = 0.5522847498;
// libharu's limits (hpdf_consts.h): a font size, an entry of a dash pattern.
constexpr float max_font_size = 600;
constexpr std::uint16_t max_dash = 100;
constexpr std::size_t code_words = 65536 / 64;

// Every number reaches the content stream as libharu's calls took it: a float.
float f(double v) { return static_cast<float>(v); }
float channel(std::uint8_t c) { return static_cast<float>(c / 255.0); }

// A size for a message: "5000", "0.25".
std::string points(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", v);
  return text;
}

}  // namespace

PagePainter::PagePainter(const PaintFonts& fonts, const FontSet& faces, const Structure& structure,
                         std::size_t image_count)
    : fonts_(fonts), faces_(faces), image_count_(image_count), marks_(out_, structure) {}

PaintedPage PagePainter::paint(const Page& page, double height) {
  height_ = height;
  for (const auto& item : page.items)
    if (auto* w = std::get_if<PlacedWatermark>(&item)) watermark(*w);
  for (const auto& item : page.items)
    if (!std::holds_alternative<PlacedWatermark>(item)) paint_item(item);
  end_text();
  marks_.close();

  PaintedPage painted;
  painted.content = out_.take();
  painted.resources = std::move(resources_);
  painted.codes.resize(shown_.size());
  for (std::size_t font = 0; font < shown_.size(); ++font)
    for (std::size_t w = 0; w < shown_[font].size(); ++w)
      for (std::uint64_t bits = shown_[font][w]; bits != 0; bits &= bits - 1)
        painted.codes[font].push_back(static_cast<std::uint16_t>(w * 64 + std::countr_zero(bits)));
  painted.mcids = marks_.mcids();
  return painted;
}

int PagePainter::resource(PageResource::Kind kind, std::size_t index) {
  int number = 0;
  for (const PageResource& r : resources_)
    if (r.kind == kind) {
      ++number;
      if (r.index == index) return number;
    }
  resources_.push_back({kind, index});
  return number + 1;
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
  out_.begin_text();
  in_text_ = true;
}

void PagePainter::end_text() {
  if (!in_text_) return;
  out_.end_text();
  in_text_ = false;
}

void PagePainter::set_fill(const Color& c) {
  if (fill_ == c) return;
  out_.fill_rgb(channel(c.r), channel(c.g), channel(c.b));
  fill_ = c;
}

void PagePainter::set_stroke(const Color& c) {
  if (stroke_ == c) return;
  out_.stroke_rgb(channel(c.r), channel(c.g), channel(c.b));
  stroke_ = c;
}

void PagePainter::set_line_width(double w) {
  w = std::max(0.0, w);
  if (w == line_width_) return;
  out_.line_width(f(w));
  line_width_ = w;
}

void PagePainter::set_dash(bool dashed, double width) {
  // Dashes grow with the line so that thick dashed lines do not look dotted.
  double unit = std::max(1.0, width);
  if (dashed == dashed_ && (!dashed || unit == dash_unit_)) return;
  if (dashed) {
    const std::uint16_t pattern[2] = {static_cast<std::uint16_t>(std::lround(3 * unit)),
                                      static_cast<std::uint16_t>(std::lround(2 * unit))};
    for (std::uint16_t entry : pattern)
      if (entry == 0 || entry > max_dash)
        throw PdfError("a dashed line " + points(width) + " pt wide is too wide for a PDF dash pattern");
    out_.dash(pattern);
  } else {
    out_.dash({});
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
    out_.fill_stroke();
  else if (fill)
    out_.fill();
  else
    out_.stroke();
}

// ---- items ---------------------------------------------------------------------------------

void PagePainter::text(const PlacedText& t) {
  if (t.text.empty()) return;
  mark(t.tag);
  begin_text();
  const int font = fonts_.of_style[static_cast<std::size_t>(t.style)];
  if (font < 0) throw PdfError("a text is in a style whose font was not loaded");
  if (font != font_ || t.size != font_size_) {
    if (!(f(t.size) > 0 && f(t.size) <= max_font_size))
      throw PdfError("a text of " + points(t.size) + " pt is outside the font sizes PDF allows (up to " +
                     points(max_font_size) + " pt)");
    out_.font(resource(PageResource::Kind::font, static_cast<std::size_t>(font)), f(t.size));
    font_ = font;
    font_size_ = t.size;
  }
  set_fill(t.color);
  double a = 1, b = 0;
  if (t.rotation != 0) {
    double rad = t.rotation * std::numbers::pi / 180;
    a = std::cos(rad), b = std::sin(rad);
  }
  out_.text_matrix(f(a), f(b), f(-b), f(a), f(t.x), f(flip(t.baseline)));

  std::string_view shown = t.text;
  std::string swapped;  // a space the font lacks, replaced (FontFace::drawable)
  if (shown.find("\u202F") != std::string_view::npos) shown = swapped = faces_.face(t.style).drawable(shown);
  codes_.clear();
  cid_codes(shown, codes_);
  if (codes_.empty()) return;
  // libharu measures the text before showing it, which marks its glyphs used even when
  // the advance comes to 0 and nothing is shown.
  const auto index = static_cast<std::size_t>(font);
  if (shown_.size() <= index) shown_.resize(index + 1);
  std::vector<std::uint64_t>& used = shown_[index];
  if (used.empty()) used.resize(code_words);
  const CidWidths& widths = fonts_.widths[index];
  std::uint32_t advance = 0;
  for (std::uint16_t code : codes_) {
    advance += widths[code];
    used[code / 64] |= std::uint64_t{1} << (code % 64);
  }
  if (advance != 0) out_.show_text(codes_);
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
    out_.rectangle(f(x0), f(y0), f(x1 - x0), f(y1 - y0));
  } else {
    double k = kappa * radius;
    auto move = [&](double x, double y) { out_.move_to(f(x), f(y)); };
    auto to = [&](double x, double y) { out_.line_to(f(x), f(y)); };
    auto curve = [&](double ax, double ay, double bx, double by, double x, double y) {
      out_.curve_to(f(ax), f(ay), f(bx), f(by), f(x), f(y));
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
    out_.close_path();
  }
  finish(r.fill, r.stroke);
}

void PagePainter::line(const PlacedLine& l) {
  mark(l.tag);
  end_text();
  set_stroke(l.color);
  set_line_width(l.width);
  set_dash(l.dashed, l.width);
  out_.move_to(f(l.x1), f(flip(l.y1)));
  out_.line_to(f(l.x2), f(flip(l.y2)));
  out_.stroke();
}

void PagePainter::path(const PlacedPath& p) {
  if (p.points.size() < 2 || (!p.fill && !p.stroke)) return;
  mark(p.tag);
  end_text();
  prepare(p.fill, p.stroke, p.line_width);
  out_.move_to(f(p.points[0].first), f(flip(p.points[0].second)));
  for (std::size_t i = 1; i < p.points.size(); ++i)
    out_.line_to(f(p.points[i].first), f(flip(p.points[i].second)));
  if (p.closed) out_.close_path();
  finish(p.fill, p.stroke);
}

void PagePainter::circle(const PlacedCircle& c) {
  if (c.radius <= 0 || (!c.fill && !c.stroke)) return;
  mark(c.tag);
  end_text();
  prepare(c.fill, c.stroke, c.line_width);
  out_.circle(f(c.cx), f(flip(c.cy)), f(c.radius));
  finish(c.fill, c.stroke);
}

void PagePainter::image(const PlacedImage& i) {
  if (i.width <= 0 || i.height <= 0) return;
  mark(i.tag);
  end_text();
  if (i.image >= image_count_)
    throw PdfError("page refers to image " + std::to_string(i.image) + " of " + std::to_string(image_count_));
  out_.image(resource(PageResource::Kind::image, i.image), f(i.x), f(flip(i.y + i.height)), f(i.width),
             f(i.height));
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
        if (open) out_.close_path();
        out_.move_to(f(p[0].first), f(flip(p[0].second)));
        open = true;
        break;
      case OutlineStep::Kind::line:
        if (open) out_.line_to(f(p[0].first), f(flip(p[0].second)));
        break;
      case OutlineStep::Kind::cubic:
        if (open)
          out_.curve_to(f(p[0].first), f(flip(p[0].second)), f(p[1].first), f(flip(p[1].second)),
                        f(p[2].first), f(flip(p[2].second)));
        break;
    }
  }
  if (!open) return;
  out_.close_path();
  // The nonzero winding rule, as TrueType outlines are drawn: counters (the hole in a D)
  // run the other way round and stay empty.
  out_.fill();
}

}  // namespace planforge::detail
