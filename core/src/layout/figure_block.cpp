// Figures: canvas operations translated (and, when the canvas is too big, scaled) onto the
// page, kept on one page with their caption below.

#include "layout/blocks.hpp"
#include "layout/figure_text.hpp"
#include "layout/keep_rules.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace planforge::detail {

namespace {

struct Box {
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  bool finite = true;
  void add(double x, double y) {
    finite = finite && std::isfinite(x) && std::isfinite(y);
    x0 = std::min(x0, x);
    y0 = std::min(y0, y);
    x1 = std::max(x1, x);
    y1 = std::max(y1, y);
  }
};

// Where a text's baseline starts once its anchor is applied (canvas units).
Point text_start(const FigText& t, const FontSet& fonts) {
  const double w = fonts.text_width(t.text, t.size, t.style);
  const double k = t.anchor == TextAnchor::middle ? 0.5 : t.anchor == TextAnchor::end ? 1.0 : 0.0;
  const double rad = t.rotation * std::numbers::pi / 180.0;
  // y points down, so a counter-clockwise turn moves the baseline's direction upwards.
  return {t.at.x - k * w * std::cos(rad), t.at.y + k * w * std::sin(rad)};
}

Box bounds(const FigureOp& op, const TextMeasure& measure) {
  Box b;
  std::visit(
      [&](const auto& o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, FigRect>) {
          b.add(o.x, o.y);
          b.add(o.x + o.width, o.y + o.height);
        } else if constexpr (std::is_same_v<T, FigLine>) {
          b.add(o.from.x, o.from.y);
          b.add(o.to.x, o.to.y);
        } else if constexpr (std::is_same_v<T, FigPath>) {
          for (const Point& p : o.points) b.add(p.x, p.y);
        } else if constexpr (std::is_same_v<T, FigCircle>) {
          b.add(o.center.x - o.radius, o.center.y - o.radius);
          b.add(o.center.x + o.radius, o.center.y + o.radius);
        } else {  // FigText, FigTextBox: the SDK's one model of their box
          const FigBox box = text_box(o, measure);
          b.add(box.x0, box.y0);
          b.add(box.x1, box.y1);
        }
      },
      op);
  return b;
}

std::string describe(const Figure& f) {
  if (!f.caption.empty()) return "figure '" + f.caption + "'";
  if (!f.anchor.empty()) return "figure '" + f.anchor + "'";
  return "a figure";
}

// The figure's structure: a Figure element with its text alternative, then its caption.
struct FigureTags {
  int figure = -1, caption = -1;
};

FigureTags tag_figure(const Figure& figure, LayoutContext& ctx) {
  FigureTags tags;
  tags.figure = ctx.element(StructType::figure);
  StructElement& e = (*ctx.structure)[tags.figure];
  e.alt = figure.alt;
  if (e.alt.empty()) {
    // A stand-in, so that a reader hears that a figure is there; the engine has warned.
    e.alt = figure.caption.empty()
                ? ctx.input.locale.text("alt.figure-missing")
                : ctx.input.locale.text("alt.figure-caption", {{"caption", figure.caption}});
    e.alt_fallback = true;
  }
  if (!figure.caption.empty()) tags.caption = ctx.element(StructType::caption);
  return tags;
}

// Draws the figure's operations at `scale`, the canvas's origin at (`ox`, 0), as content of
// `tag`, into `c` (null: only checks); an operation with coordinates that are not finite is
// not drawable and is left out. Returns whether any operation lies outside the canvas.
bool draw_ops(const Figure& figure, double scale, double ox, Tag tag, const FigureText& text,
              const FontSet& fonts, Chunk* into) {
  const double fig_w = std::isfinite(figure.width) ? std::max(0.0, figure.width) : 0;
  const double fig_h = std::isfinite(figure.height) ? std::max(0.0, figure.height) : 0;
  bool outside = false;
  const double slack = 0.5;
  auto X = [&](double x) { return ox + x * scale; };
  auto Y = [&](double y) { return y * scale; };
  for (std::size_t i = 0; i < figure.ops.size(); ++i) {
    const FigureOp& op = figure.ops[i];
    const Box b = bounds(op, text.measure());
    if (!b.finite) {
      outside = true;  // NaN or infinite coordinates: not drawable at all
      continue;
    }
    if (b.x0 < -slack || b.y0 < -slack || b.x1 > fig_w + slack || b.y1 > fig_h + slack) outside = true;
    if (!into) continue;
    Chunk& c = *into;
    std::visit(
        [&](const auto& o) {
          using T = std::decay_t<decltype(o)>;
          if constexpr (std::is_same_v<T, FigRect>) {
            c.items.push_back(PlacedRect{X(std::min(o.x, o.x + o.width)), Y(std::min(o.y, o.y + o.height)),
                                         std::abs(o.width) * scale, std::abs(o.height) * scale, o.fill,
                                         o.stroke, o.line_width * scale, o.radius * scale, tag});
          } else if constexpr (std::is_same_v<T, FigLine>) {
            c.items.push_back(PlacedLine{X(o.from.x), Y(o.from.y), X(o.to.x), Y(o.to.y), o.color,
                                         o.width * scale, o.dashed, tag});
          } else if constexpr (std::is_same_v<T, FigPath>) {
            PlacedPath p{{}, o.closed, o.fill, o.stroke, o.line_width * scale, tag};
            for (const Point& pt : o.points) p.points.emplace_back(X(pt.x), Y(pt.y));
            c.items.push_back(std::move(p));
          } else if constexpr (std::is_same_v<T, FigCircle>) {
            c.items.push_back(PlacedCircle{X(o.center.x), Y(o.center.y), o.radius * scale, o.fill, o.stroke,
                                           o.line_width * scale, tag});
          } else if constexpr (std::is_same_v<T, FigText>) {
            if (o.text.empty()) return;
            const Point start = text_start(o, fonts);
            c.items.push_back(PlacedText{X(start.x), Y(start.y), o.text, o.style, o.size * scale, o.color,
                                         o.rotation, tag});
          } else if constexpr (std::is_same_v<T, FigTextBox>) {
            text.draw(i, ox, scale, c);
          }
        },
        op);
  }
  return outside;
}

// The figure drawn at `scale` with its caption below, as one chunk. Its operations are
// drawn when it is placed (Chunk::draw): until then the plugin's figure holds them, so a
// long document's charts are not held twice through the layout passes. `report`: say when
// the figure draws outside its canvas.
Chunk draw_figure(const Figure& figure, double scale, const Caption& cap, FigureTags tags,
                  const std::shared_ptr<const FigureText>& text, bool report, LayoutContext& ctx) {
  const Spacing sp = Spacing::of(ctx.theme);
  const double col_w = ctx.page.column_width();
  const double fig_w = std::isfinite(figure.width) ? std::max(0.0, figure.width) : 0;
  const double fig_h = std::isfinite(figure.height) ? std::max(0.0, figure.height) : 0;
  const double w = fig_w * scale, h = fig_h * scale;
  const double ox = ctx.page.left + (col_w - w) / 2;
  const Tag tag = content_of(tags.figure);
  Chunk c;
  c.space_before = sp.block;
  c.boxes.push_back({tags.figure, ox, 0, w, h});
  if (report) {
    if (draw_ops(figure, scale, ox, tag, *text, ctx.fonts, nullptr))
      ctx.diags.report(code("layout/figure-outside-canvas"), {},
                       describe(figure) + " draws outside its canvas of " +
                           std::to_string(static_cast<int>(std::lround(fig_w))) + " x " +
                           std::to_string(static_cast<int>(std::lround(fig_h))) + " pt",
                       {"measure text with SectionBuilder::measure() and keep every operation "
                        "inside [0, width] x [0, height]"});
  }
  c.draw = [&figure, scale, ox, tag, text, &fonts = ctx.fonts](Chunk& into) {
    draw_ops(figure, scale, ox, tag, *text, fonts, &into);
  };
  c.height = place_caption(cap, h, c, ctx, tags.caption);
  if (!figure.anchor.empty()) c.anchors.push_back({figure.anchor, 0});
  return c;
}

}  // namespace

Caption caption_of(const std::string& text, LayoutContext& ctx) {
  Caption cap;
  cap.style = paragraph_style(ParagraphStyle::caption, ctx);
  cap.style.align = Align::center;
  if (text.empty()) return cap;
  cap.lines = set_lines(plain_run(text, cap.style), ctx.page.column_width(), ctx);
  cap.gap = Spacing::of(ctx.theme).item * 2;
  return cap;
}

double place_caption(const Caption& cap, double top, Chunk& c, LayoutContext& ctx, int tag) {
  double y = top + cap.gap;
  for (const Line& line : cap.lines) {
    place_line(line, ctx.page.left, y, ctx.page.column_width(), cap.style, ctx, c.items, c.links, tag);
    y += cap.style.line_height();
  }
  return y;
}

std::vector<Chunk> figure_chunks(const Figure& figure, LayoutContext& ctx) {
  const double col_w = ctx.page.column_width();
  const Caption cap = caption_of(figure.caption, ctx);
  const double cap_h = cap.height();
  const double fig_h = std::isfinite(figure.height) ? std::max(0.0, figure.height) : 0;
  const double fig_w = std::isfinite(figure.width) ? std::max(0.0, figure.width) : 0;

  // Leave room for a heading above, so a section can open with a full-height figure.
  // The engine rejects bad sizes; a figure given straight to layout must still not turn
  // into a negative or infinite chunk.
  const double max_h = std::max(40.0, ctx.page.body_height() - cap_h - ctx.theme.heading_sizes[0] * 2.5);
  double scale = 1;
  if (fig_w > col_w) scale = col_w / fig_w;
  if (fig_h * scale > max_h) scale = max_h / fig_h;
  const FigureTags tags = tag_figure(figure, ctx);
  // Set once: its Link elements belong to the figure however often it is drawn.
  auto text = std::make_shared<const FigureText>(figure, tags.figure, ctx);
  Chunk c = draw_figure(figure, scale, cap, tags, text, true, ctx);
  if (fig_h > 0) {
    // Drawn a little smaller where it would otherwise leave a page less than a third full.
    c.min_shrunk = fig_h * scale * min_figure_scale + cap_h;
    c.shrink = [&figure, &ctx, page = ctx.page, scale, fig_h, cap, tags, text](double height) {
      const double s = std::clamp((height - cap.height()) / fig_h, scale * min_figure_scale, scale);
      const PageGeometry current = ctx.page;
      ctx.page = page;
      Chunk small = draw_figure(figure, s, cap, tags, text, false, ctx);
      ctx.page = current;
      return small;
    };
  }
  return one_chunk(std::move(c));
}

}  // namespace planforge::detail
