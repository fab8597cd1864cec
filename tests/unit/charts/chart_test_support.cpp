#include "chart_test_support.hpp"

#include "charts/bounds.hpp"
#include "charts/occupancy.hpp"
#include "charts/text_fit.hpp"
#include "plan/view_access.hpp"
#include "text/font.hpp"
#include "text/font_measure.hpp"

#include <planforge/element.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <sstream>

namespace chart_test {

using namespace planforge;

struct TestBuilder::Fonts {
  std::unique_ptr<detail::FontSet> set;
  std::unique_ptr<detail::FontMeasure> measure;
};

namespace {
Palette test_palette() {
  Palette p;
  p.series = {{0x1f, 0x3a, 0x5f}, {0x4a, 0x90, 0xc2}, {0xc8, 0x6b, 0x17}, {0x7a, 0x9e, 0x3b}};
  return p;
}
}  // namespace

TestBuilder::TestBuilder(double width, double height) : TestBuilder(test_palette(), width, height) {}

TestBuilder::TestBuilder(Palette palette, double width, double height)
    : width_(width), height_(height), palette_(std::move(palette)), fonts_(std::make_unique<Fonts>()) {
  std::filesystem::path dir = std::filesystem::path(PLANFORGE_SOURCE_DIR) / "templates/default/fonts";
  fonts_->set = std::make_unique<detail::FontSet>(
      std::array<std::filesystem::path, 4>{dir / "OpenSans-Regular.ttf", dir / "OpenSans-Bold.ttf",
                                           dir / "OpenSans-Italic.ttf", dir / "OpenSans-BoldItalic.ttf"});
}

TestBuilder::~TestBuilder() = default;

bool TestBuilder::real_fonts() const { return fonts_->set != nullptr; }

const TextMeasure& TestBuilder::measure() const {
  if (!fonts_->measure)
    fonts_->measure = std::make_unique<detail::FontMeasure>(
        *fonts_->set, detail::Hyphenator::for_locale(locale().language(), locale().tag()));
  return *fonts_->measure;
}

const PlanView& TestBuilder::plan() const {
  static const PlanView empty = planforge::detail::view_of(nullptr);
  return empty;
}

std::vector<TextBox> text_boxes(const Figure& f, const SectionBuilder& b) {
  std::vector<TextBox> out;
  for (const auto& op : f.ops) {
    const auto* t = std::get_if<FigText>(&op);
    if (!t) continue;
    const detail::charts::Box box = detail::charts::ink_box(*t, b.text_width(t->text, t->size, t->style));
    out.push_back({box.x0, box.y0, box.x1, box.y1, t->text});
  }
  return out;
}

std::vector<std::string> figure_problems(const Figure& f, const SectionBuilder& b) {
  std::vector<std::string> problems;
  const double eps = 1e-6;
  auto outside = [&](double x, double y) {
    return x < -eps || y < -eps || x > f.width + eps || y > f.height + eps;
  };
  auto say = [&](const std::string& what) { problems.push_back(what); };
  for (const auto& op : f.ops) {
    if (const auto* r = std::get_if<FigRect>(&op)) {
      if (outside(r->x, r->y) || outside(r->x + r->width, r->y + r->height)) say("rect outside");
    } else if (const auto* l = std::get_if<FigLine>(&op)) {
      if (outside(l->from.x, l->from.y) || outside(l->to.x, l->to.y)) say("line outside");
    } else if (const auto* p = std::get_if<FigPath>(&op)) {
      for (const auto& pt : p->points)
        if (outside(pt.x, pt.y)) say("path outside");
    } else if (const auto* c = std::get_if<FigCircle>(&op)) {
      if (outside(c->center.x - c->radius, c->center.y - c->radius) ||
          outside(c->center.x + c->radius, c->center.y + c->radius))
        say("circle outside");
    } else if (const auto* t = std::get_if<FigText>(&op)) {
      if (t->text.empty()) say("empty text");
      if (t->size < 6.5 - eps) say("text below 6.5 pt: " + t->text);
    }
  }
  // Text must keep its box (the font's full ascender and descender) on the canvas.
  for (const auto& op : f.ops)
    if (const auto* t = std::get_if<FigText>(&op);
        t && !text_box(*t, b.measure()).inside(f.width, f.height, eps))
      say("text outside: " + t->text);
  auto boxes = text_boxes(f, b);
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const auto &a = boxes[i], &c = boxes[j];
      double ix = std::min(a.x1, c.x1) - std::max(a.x0, c.x0);
      double iy = std::min(a.y1, c.y1) - std::max(a.y0, c.y0);
      if (ix > 0.05 && iy > 0.05) say("overlap: '" + a.text + "' / '" + c.text + "'");
    }
  for (auto& p : contrast_problems(f, b)) say(p);
  return problems;
}

std::vector<std::string> contrast_problems(const Figure& f, const SectionBuilder& b) {
  std::vector<std::string> problems;
  const auto boxes = text_boxes(f, b);
  std::size_t text_index = 0;
  for (std::size_t i = 0; i < f.ops.size(); ++i) {
    const auto* t = std::get_if<FigText>(&f.ops[i]);
    if (!t) continue;
    const TextBox& box = boxes[text_index++];
    const double x = (box.x0 + box.x1) / 2, y = (box.y0 + box.y1) / 2;
    // The ground is the last filled rectangle drawn under the label's middle, else paper.
    Color ground{255, 255, 255};
    for (std::size_t k = 0; k < i; ++k)
      if (const auto* r = std::get_if<FigRect>(&f.ops[k]);
          r && r->fill && x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height)
        ground = *r->fill;
    const double ratio = contrast_ratio(t->color, ground);
    if (ratio < kMinTextContrast) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.2f", ratio);
      problems.push_back("label '" + t->text + "' at contrast " + buf + " : 1 on its ground");
    }
  }
  return problems;
}

namespace {
struct Seg {
  Point a, b;
  std::size_t op;
};

detail::charts::Box box_of(const TextBox& t) { return {t.x0, t.y0, t.x1, t.y1}; }

// Where lines are drawn: lines, open and closed paths' edges; stroked-only rectangles are
// frames, returned apart.
void segments(const Figure& f, std::vector<Seg>& lines, std::vector<Seg>& frames) {
  for (std::size_t i = 0; i < f.ops.size(); ++i) {
    const auto& op = f.ops[i];
    if (const auto* l = std::get_if<FigLine>(&op)) {
      lines.push_back({l->from, l->to, i});
    } else if (const auto* p = std::get_if<FigPath>(&op); p && p->stroke) {
      for (std::size_t k = 0; k + 1 < p->points.size(); ++k)
        lines.push_back({p->points[k], p->points[k + 1], i});
      if (p->closed && p->points.size() > 2) lines.push_back({p->points.back(), p->points.front(), i});
    } else if (const auto* r = std::get_if<FigRect>(&op); r && r->stroke && !r->fill) {
      const Point a{r->x, r->y}, b{r->x + r->width, r->y}, c{r->x + r->width, r->y + r->height},
          d{r->x, r->y + r->height};
      for (auto [u, v] : {std::pair{a, b}, std::pair{b, c}, std::pair{c, d}, std::pair{d, a}})
        frames.push_back({u, v, i});
    }
  }
}
}  // namespace

std::vector<std::string> label_problems(const Figure& f, const SectionBuilder& b) {
  std::vector<std::string> problems = {};
  std::vector<std::size_t> text_ops;
  for (std::size_t i = 0; i < f.ops.size(); ++i)
    if (std::holds_alternative<FigText>(f.ops[i])) text_ops.push_back(i);
  const auto boxes = text_boxes(f, b);
  std::vector<Seg> lines, frames;
  segments(f, lines, frames);
  for (std::size_t k = 0; k < boxes.size(); ++k) {
    // Shrunk a little: glyph boxes may kiss a halo's edge or a neighbour's descender.
    detail::charts::Box box = box_of(boxes[k]);
    box = {box.x0 + 0.3, box.y0 + 0.3, box.x1 - 0.3, box.y1 - 0.3};
    const std::string name = "'" + boxes[k].text + "'";
    for (std::size_t j = k + 1; j < boxes.size(); ++j)
      if (box.intersects(box_of(boxes[j]), -0.3))
        problems.push_back("label " + name + " over '" + boxes[j].text + "'");
    for (const auto& op : f.ops) {
      detail::charts::Box marker;
      if (const auto* c = std::get_if<FigCircle>(&op))
        marker = {c->center.x - c->radius, c->center.y - c->radius, c->center.x + c->radius,
                  c->center.y + c->radius};
      else if (const auto* p = std::get_if<FigPath>(&op);
               p && p->closed && p->points.size() <= 4 && !p->points.empty()) {
        marker = {INFINITY, INFINITY, -INFINITY, -INFINITY};
        for (const auto& pt : p->points)
          marker = {std::min(marker.x0, pt.x), std::min(marker.y0, pt.y), std::max(marker.x1, pt.x),
                    std::max(marker.y1, pt.y)};
        if (marker.width() > 14 || marker.height() > 14) continue;
      } else {
        continue;
      }
      if (box.intersects(marker)) problems.push_back("label " + name + " over a point or marker");
    }
    for (const Seg& s : frames)
      if (detail::charts::segment_hits(s.a, s.b, box))
        problems.push_back("label " + name + " across a frame");
    for (const Seg& s : lines) {
      if (!detail::charts::segment_hits(s.a, s.b, box)) continue;
      // Hidden when an opaque rectangle drawn after the line, and not after the label,
      // covers the label.
      bool hidden = false;
      for (std::size_t i = s.op + 1; i < text_ops[k] && !hidden; ++i)
        if (const auto* r = std::get_if<FigRect>(&f.ops[i]); r && r->fill)
          hidden =
              r->x <= box.x0 && r->y <= box.y0 && r->x + r->width >= box.x1 && r->y + r->height >= box.y1;
      if (!hidden) problems.push_back("a line crosses label " + name);
    }
  }
  return problems;
}

std::vector<std::string> all_problems(const Figure& f, const SectionBuilder& b) {
  auto problems = figure_problems(f, b);
  for (auto& p : label_problems(f, b)) problems.push_back(std::move(p));
  return problems;
}

std::size_t new_corrections() {
  static std::size_t seen = 0;
  const std::size_t now = detail::charts::corrections_so_far();
  const std::size_t added = now - seen;
  seen = now;
  return added;
}

std::vector<std::string> texts(const Figure& f) {
  std::vector<std::string> out;
  for (const auto& op : f.ops)
    if (const auto* t = std::get_if<FigText>(&op)) out.push_back(t->text);
  return out;
}

std::string dump(const Figure& f) {
  std::ostringstream s;
  s.precision(6);
  s << f.width << 'x' << f.height << ' ' << f.caption << '\n';
  for (const auto& op : f.ops) {
    s << op.index() << ':';
    std::visit(
        [&](const auto& o) {
          using T = std::decay_t<decltype(o)>;
          if constexpr (std::is_same_v<T, FigText>)
            s << o.at.x << ',' << o.at.y << ' ' << o.text;
          else if constexpr (std::is_same_v<T, FigRect>)
            s << o.x << ',' << o.y << ',' << o.width << ',' << o.height;
          else if constexpr (std::is_same_v<T, FigLine>)
            s << o.from.x << ',' << o.from.y << ',' << o.to.x << ',' << o.to.y;
          else if constexpr (std::is_same_v<T, FigCircle>)
            s << o.center.x << ',' << o.center.y;
          else if constexpr (std::is_same_v<T, FigTextBox>)
            s << o.x << ',' << o.y << ',' << o.width << ' ' << to_plain_text(o.text);
          else
            for (const auto& p : o.points) s << p.x << ',' << p.y << ' ';
        },
        op);
    s << '\n';
  }
  return s.str();
}

}  // namespace chart_test
