// Labels of a scatter chart, placed by construction: every candidate position is a measured
// box tested against the occupancy (points, labels placed before, leaders) and the region
// inside the frame; the first free one wins, in an order that keeps a label close to its
// point and on one line where it can.

#include "charts/scatter_layout.hpp"

#include <algorithm>
#include <cmath>

namespace planforge::detail::charts {

namespace {
constexpr double kLineHeight = 1.2;  // of a two-line label, in em
constexpr double kHalo = 1.0;        // the background kept clear around a label
constexpr double kLabelGap = 3.0;    // more, between two labels side by side
constexpr double kWrapShare = 0.24;  // a two-line label's width, as a share of the plot
constexpr double kLineShare = 0.42;  // a one-line label's widest, as a share of the plot

// E, W, N, S, then the diagonals: the order a reader scans for a point's name.
constexpr int kDirections[8][2] = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}};

struct Block {
  std::vector<std::string> lines;
  std::vector<double> widths;
  double width = 0, height = 0;  // of the ink
  bool tag_only = false;
};

Block block_of(std::vector<std::string> lines, double size, const SectionBuilder& b, bool tag_only) {
  Block k;
  k.tag_only = tag_only;
  for (auto& l : lines) {
    k.widths.push_back(b.text_width(l, size, tag_only ? FontStyle::bold : FontStyle::regular));
    k.width = std::max(k.width, k.widths.back());
  }
  k.lines = std::move(lines);
  k.height = (k.lines.size() - 1) * kLineHeight * size + (kInk.ascent + kInk.descent) * size;
  return k;
}

// The text variants to try, best first: the tagged label on one line, then on two, then the
// tag alone.
std::vector<Block> variants(const ScatterPoint& p, const std::string& number, const ScatterFrame& fr,
                            double size, const SectionBuilder& b) {
  std::vector<Block> out;
  const std::string tag = p.tag.empty() ? number : p.tag;
  const double plot_w = fr.plot.width();
  if (!p.label.empty()) {
    const std::string full = p.tag.empty() ? p.label : p.tag + " " + p.label;
    const std::string one = ellipsize(b.measure(), full, plot_w * kLineShare, size);
    if (!one.empty()) out.push_back(block_of({one}, size, b, false));
    auto two = wrap_balanced(b.measure(), full, plot_w * kWrapShare, size, FontStyle::regular, 2);
    if (two.size() == 2 && two != std::vector<std::string>{one}) out.push_back(block_of(two, size, b, false));
  }
  if (!tag.empty()) out.push_back(block_of({tag}, size, b, true));
  return out;
}

// The block's ink box beside a point at `p`, `gap` from its edge in direction (dx, dy).
Box box_at(const Block& k, Point p, double gap, int dx, int dy) {
  const double reach = kPointRadius + gap;
  const double diag = (dx != 0 && dy != 0) ? 0.72 : 1;
  double x0 = dx > 0 ? p.x + reach * diag : dx < 0 ? p.x - reach * diag - k.width : p.x - k.width / 2;
  double y0 = dy < 0 ? p.y - reach * diag - k.height : dy > 0 ? p.y + reach * diag : p.y - k.height / 2;
  return {x0, y0, x0 + k.width, y0 + k.height};
}

ScatterLabel make_label(const Block& k, const Box& box, int dx, double size) {
  ScatterLabel l;
  l.box = box;
  l.tag_only = k.tag_only;
  const TextAnchor anchor = dx > 0 ? TextAnchor::start : dx < 0 ? TextAnchor::end : TextAnchor::middle;
  const double x = dx > 0 ? box.x0 : dx < 0 ? box.x1 : (box.x0 + box.x1) / 2;
  double base = box.y0 + kInk.ascent * size;
  for (const auto& line : k.lines) {
    FigText t;
    t.at = {x, base};
    t.text = line;
    t.size = size;
    t.anchor = anchor;
    t.style = k.tag_only ? FontStyle::bold : FontStyle::regular;
    l.lines.push_back(std::move(t));
    base += kLineHeight * size;
  }
  return l;
}

// A leader from the edge of the point to the nearest point of the label's box.
std::pair<Point, Point> leader_to(Point p, const Box& box) {
  const double lx = std::clamp(p.x, box.x0, box.x1), ly = std::clamp(p.y, box.y0, box.y1);
  const double len = std::max(std::hypot(lx - p.x, ly - p.y), 1e-9);
  // Starts outside the point's own box in the occupancy (a square around the circle).
  const double start = (kPointRadius + 0.5) * std::sqrt(2.0) + 0.5;
  return {{p.x + (lx - p.x) / len * start, p.y + (ly - p.y) / len * start}, {lx, ly}};
}

bool touches_soft(const Box& box, const std::vector<SoftLine>& soft) {
  return std::any_of(soft.begin(), soft.end(),
                     [&](const SoftLine& s) { return segment_hits(s.a, s.b, box, kHalo); });
}

// The first free place beside `p` for the blocks that are (or are not) the tag alone: close
// to the point (one line, then two), then further away with a leader.
std::optional<ScatterLabel> find_place(const std::vector<Block>& blocks, bool tag_only, Point p, double size,
                                       const Occupancy& occ, const std::vector<SoftLine>& soft,
                                       bool avoid_soft, const TextMeasure& m) {
  // What must stay inside the frame: the lines' box by the font's full extent (text_box()).
  const double above = m.ascent(size) - kInk.ascent * size, below = m.descent(size) - kInk.descent * size;
  static const std::vector<double> kNear = {2, 5}, kFar = {10, 17, 26};
  for (bool far : {false, true})
    for (const Block& k : blocks) {
      if (k.tag_only != tag_only) continue;
      for (double gap : far ? kFar : kNear)
        for (const auto& dir : kDirections) {
          const Box box = box_at(k, p, gap, dir[0], dir[1]);
          const Box full{box.x0, box.y0 - above, box.x1, box.y1 + below};
          if (!occ.inside(full) || !occ.free(box, kHalo)) continue;
          if (avoid_soft && touches_soft(box, soft)) continue;
          ScatterLabel l = make_label(k, box, dir[0], size);
          if (far) {
            l.leader = leader_to(p, box);
            if (!occ.clear(l.leader->first, l.leader->second, 0.3)) continue;
          }
          return l;
        }
    }
  return std::nullopt;
}
}  // namespace

std::vector<std::optional<ScatterLabel>> place_scatter_labels(
    const ScatterChartData& d, const std::vector<Point>& at, const ScatterFrame& fr,
    const std::vector<SoftLine>& soft, const SectionBuilder& b, Occupancy& occ, std::vector<KeyEntry>& key) {
  const double size = fr.f.small;
  std::vector<std::optional<ScatterLabel>> out(d.points.size());
  int next_number = 1;
  for (std::size_t i = 0; i < d.points.size(); ++i) {
    const ScatterPoint& p = d.points[i];
    if (p.label.empty() && p.tag.empty()) continue;
    const std::string number = p.tag.empty() ? b.locale().number(next_number) : std::string();
    const auto blocks = variants(p, number, fr, size, b);
    // The label anywhere (clear of the diagonal and the shading's edge where it can be)
    // before the tag alone.
    std::optional<ScatterLabel> placed;
    for (bool tag_only : {false, true})
      for (bool avoid_soft : {true, false})
        if (!placed) placed = find_place(blocks, tag_only, at[i], size, occ, soft, avoid_soft, b.measure());
    if (placed) {
      // Labels keep a wider berth from each other than from points: two names a hair apart
      // read as one.
      occ.add({placed->box.x0 - kLabelGap, placed->box.y0, placed->box.x1 + kLabelGap, placed->box.y1});
      if (placed->leader) occ.add_segment(placed->leader->first, placed->leader->second);
    }
    // The key lists what the chart does not show and no tag points to elsewhere.
    if (p.tag.empty() && (!placed || placed->tag_only)) {
      key.push_back({placed ? number : std::string(), p.label});
      if (placed) ++next_number;
    }
    out[i] = std::move(placed);
  }
  return out;
}

}  // namespace planforge::detail::charts
