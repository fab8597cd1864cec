#include "charts/tree_layout.hpp"
#include "charts/tree_stack.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace planforge::detail::charts {

namespace {
constexpr double kPadX = 6, kPadY = 4;
constexpr double kSiblingGap = 10;  // between neighbouring subtrees
constexpr double kLevelGap = 22;    // between levels: room for the connector bus

struct Measured {
  std::vector<std::string> title, lines;
  std::string stub;
  double w = 0, h = 0;
};

// A box with its subtree, or a "hanging" stack of leaf units beside a spine that comes
// straight down from the bus (more spines when one would be too tall). Between subtrees a
// stack hangs on both sides of its spine, so that the parent stands over the middle; a
// parent whose children are all leaves has them in a single column, as narrow as can be.
struct Item {
  bool stack = false;
  bool two_sided = false;
  int node = -1;
  std::vector<int> members;   // stacked nodes
  std::vector<int> children;  // item indexes, in the order they are placed
  int depth = 0;
  HangingStack hang;  // stacks: their geometry
  double width = 0;   // of the whole subtree
  double x = 0;       // subtree's left edge
  double centre = 0;  // box centre (box items)
};

// Iterative throughout: an organisation's depth comes from the plan, and recursion on it
// would let a long reporting chain exhaust the stack.
class TreeLayouter {
 public:
  TreeLayouter(const TreeData& d, const Forest& f, const TreeView& v, const TreeOptions& o,
               const SectionBuilder& b, double max_w, double max_h, TreeText& text)
      : data_(d), forest_(f), view_(v), opt_(o), b_(b), max_w_(max_w), max_h_(max_h), text_(text) {
    out_.f = chart_fonts(b, o.scale);
  }

  TreeLayout run() {
    std::vector<int> roots;
    build(roots);
    levels();
    for (auto& it : items_)
      if (it.stack) size_stack(it);
    // Items are in breadth-first order: children after their parents. Widths go up.
    for (std::size_t k = items_.size(); k-- > 0;) width_of(static_cast<int>(k));
    double x = 0;
    for (std::size_t k = 0; k < roots.size(); ++k) {
      if (k) x += kSiblingGap * 2;
      items_[roots[k]].x = x;
      x += items_[roots[k]].width;
    }
    out_.width = x;
    for (std::size_t k = 0; k < items_.size(); ++k) place_children(static_cast<int>(k));
    for (std::size_t k = items_.size(); k-- > 0;) centre_of(static_cast<int>(k));
    for (std::size_t k = 0; k < items_.size(); ++k) emit(static_cast<int>(k));
    // Centred in the figure: a narrow organisation does not hug the left margin.
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const auto& box : out_.boxes) lo = std::min(lo, box.x), hi = std::max(hi, box.x + box.w);
    if (out_.boxes.empty()) lo = hi = 0;
    out_.width = hi - lo;
    const double shift = (out_.width < max_w_ ? (max_w_ - out_.width) / 2 : 0) - lo;
    for (auto& box : out_.boxes) box.x += shift;
    for (auto& line : out_.connectors)
      for (auto& p : line) p.x += shift;
    for (const auto& box : out_.boxes) out_.height = std::max(out_.height, box.y + box.h);
    out_.fits = out_.width <= max_w_ + 1e-6 && out_.height <= max_h_ + 1e-6;
    return std::move(out_);
  }

 private:
  const Measured& measure(int node) {
    Measured& m = measured_[node];
    if (m.w > 0) return m;
    const TreeNode& n = data_.nodes[node];
    const ChartFonts& f = out_.f;
    double max_text = std::clamp(max_w_ * 0.2, 70.0, 130.0) * std::max(opt_.scale, 0.85);
    TreeText::Wrapped& text = text_.at(opt_.scale, node, data_.nodes.size());
    if (!text.done) {
      text.title = wrap_balanced(b_.measure(), n.title, max_text, f.label, FontStyle::bold, 3);
      for (const auto& line : n.lines)
        for (auto& l : wrap(b_.measure(), line, max_text, f.small, FontStyle::regular, 3))
          text.lines.push_back(std::move(l));
      text.width = std::max(max_width(b_.measure(), text.title, f.label, FontStyle::bold),
                            max_width(b_.measure(), text.lines, f.small));
      text.done = true;
    }
    m.title = text.title;
    m.lines = text.lines;
    if (view_.collapsed.size() > static_cast<std::size_t>(node) && view_.collapsed[node] &&
        !forest_.children[node].empty()) {
      int hidden = forest_.subtree_size[node] - 1;
      m.stub = ellipsize(b_.measure(), b_.locale().text("chart.hidden-units", {{"count", hidden}}), max_text,
                         f.small, FontStyle::italic);
    }
    double w = text.width;
    if (!m.stub.empty()) w = std::max(w, b_.text_width(m.stub, f.small, FontStyle::italic));
    m.w = std::max(w + 2 * kPadX, 48.0);
    m.h = 2 * kPadY + m.title.size() * line_label() +
          (m.lines.size() + (m.stub.empty() ? 0 : 1)) * line_small();
    return m;
  }

  double line_label() const { return out_.f.label * 1.2; }
  double line_small() const { return out_.f.small * 1.25; }
  bool is_leaf(int node) const { return visible_children(forest_, view_, node).empty(); }

  // Breadth first from the view's roots: an item per visible node, and per parent one stack
  // of its leaf children when stacking is on and it has two or more.
  void build(std::vector<int>& roots) {
    std::vector<std::pair<int, int>> queue;  // (item, node) still to expand
    for (int r : view_.roots) {
      roots.push_back(static_cast<int>(items_.size()));
      queue.push_back({roots.back(), r});
      items_.push_back(Item{false, false, r, {}, {}, 0});
      measure(r);
    }
    for (std::size_t q = 0; q < queue.size(); ++q) {
      const auto [idx, node] = queue[q];
      const int depth = items_[idx].depth;
      const std::vector<int> kids = visible_children(forest_, view_, node);
      std::vector<int> leaves;
      for (int c : kids)
        if (is_leaf(c)) leaves.push_back(c);
      const bool stack = opt_.stack_leaves && leaves.size() >= 2;
      for (int c : kids) {
        if (stack && is_leaf(c)) continue;
        const int child = static_cast<int>(items_.size());
        items_.push_back(Item{false, false, c, {}, {}, depth + 1});
        measure(c);
        items_[idx].children.push_back(child);
        queue.push_back({child, c});
      }
      if (stack) {
        Item s{true, false, -1, leaves, {}, depth + 1};
        s.two_sided = opt_.two_sided && leaves.size() < kids.size();
        for (int m : leaves) measure(m);
        items_[idx].children.push_back(static_cast<int>(items_.size()));
        items_.push_back(std::move(s));
      }
    }
  }

  void levels() {
    int depth = 0;
    for (const auto& it : items_) depth = std::max(depth, it.depth);
    level_h_.assign(depth + 2, 0);
    for (const auto& it : items_)
      if (!it.stack) level_h_[it.depth] = std::max(level_h_[it.depth], measured_.at(it.node).h);
    level_y_.assign(depth + 2, 0);
    for (int d = 1; d <= depth + 1; ++d) level_y_[d] = level_y_[d - 1] + level_h_[d - 1] + kLevelGap;
  }

  void size_stack(Item& s) {
    std::vector<double> w, h;
    for (int m : s.members) w.push_back(measured_.at(m).w), h.push_back(measured_.at(m).h);
    s.hang = HangingStack(std::move(w), std::move(h), s.two_sided);
    // As few spines as keep the stack within the figure's height.
    s.hang.fit(max_h_ - level_y_[s.depth]);
    s.width = s.hang.width();
  }

  double children_width(const Item& it) const {
    double w = 0;
    for (std::size_t k = 0; k < it.children.size(); ++k)
      w += (k ? kSiblingGap : 0) + items_[it.children[k]].width;
    return w;
  }

  // A box's subtree: its children side by side. A stack of leaves goes in the middle, with
  // the other subtrees split around it so that both sides are as wide as can be: the chart
  // is balanced under its parent instead of trailing off to one side.
  void width_of(int idx) {
    Item& it = items_[idx];
    if (it.stack) return;
    auto stack_at =
        std::find_if(it.children.begin(), it.children.end(), [&](int c) { return items_[c].stack; });
    if (stack_at != it.children.end() && it.children.size() > 1) {
      const int stack = *stack_at;
      std::vector<int> others;
      for (int c : it.children)
        if (c != stack) others.push_back(c);
      double total = 0;
      for (int c : others) total += items_[c].width;
      std::size_t split = 0;
      double left = 0, best = std::numeric_limits<double>::infinity();
      for (std::size_t k = 0; k <= others.size(); ++k) {
        if (k) left += items_[others[k - 1]].width;
        if (std::abs(2 * left - total) < best - 1e-9) best = std::abs(2 * left - total), split = k;
      }
      it.children.assign(others.begin(), others.begin() + static_cast<long>(split));
      it.children.push_back(stack);
      it.children.insert(it.children.end(), others.begin() + static_cast<long>(split), others.end());
    }
    it.width = std::max(measured_.at(it.node).w, children_width(it));
  }

  void place_children(int idx) {
    const Item& it = items_[idx];
    if (it.stack) return;
    double cx = it.x + (it.width - children_width(it)) / 2;
    for (int c : it.children) {
      items_[c].x = cx;
      cx += items_[c].width + kSiblingGap;
    }
  }

  double spine_x(const Item& s, int k) const { return s.hang.spine_x(s.x, k); }

  // Children first (reverse breadth-first order): a box stands over the middle of its
  // children's anchors, or over the spine of a stack it holds alone.
  void centre_of(int idx) {
    Item& it = items_[idx];
    if (it.stack) return;
    const double w = measured_.at(it.node).w;
    if (it.children.empty()) {
      it.centre = it.x + it.width / 2;
      return;
    }
    auto anchor_lo = [&](int c) { return items_[c].stack ? spine_x(items_[c], 0) : items_[c].centre; };
    auto anchor_hi = [&](int c) {
      return items_[c].stack ? spine_x(items_[c], items_[c].hang.spines() - 1) : items_[c].centre;
    };
    double centre = (anchor_lo(it.children.front()) + anchor_hi(it.children.back())) / 2;
    // With a stack in the middle the parent sits right over its (first) spine.
    for (int c : it.children)
      if (items_[c].stack && items_[c].two_sided && items_[c].hang.spines() == 1)
        centre = spine_x(items_[c], 0);
    it.centre = std::clamp(centre, it.x + w / 2, it.x + it.width - w / 2);
  }

  void emit(int idx) {
    const Item& it = items_[idx];
    if (it.stack) return emit_stack(it);
    const Measured& m = measured_.at(it.node);
    const double top = level_y_[it.depth], bottom = top + level_h_[it.depth];
    // Every box of a level is as tall as the tallest: rows of siblings line up.
    out_.boxes.push_back(
        {it.node, it.centre - m.w / 2, top, m.w, level_h_[it.depth], m.title, m.lines, m.stub});
    if (it.children.empty()) return;
    const double child_top = level_y_[it.depth + 1];
    const double bus = child_top - kLevelGap / 2;
    std::vector<double> xs{it.centre};
    out_.connectors.push_back({{it.centre, bottom}, {it.centre, bus}});
    for (int c : it.children) {
      const Item& child = items_[c];
      if (child.stack) {
        for (int k = 0; k < child.hang.spines(); ++k) xs.push_back(spine_x(child, k));
      } else {
        xs.push_back(child.centre);
        out_.connectors.push_back({{child.centre, bus}, {child.centre, child_top}});
      }
    }
    auto [lo, hi] = std::minmax_element(xs.begin(), xs.end());
    if (*hi - *lo > 0.5) out_.connectors.push_back({{*lo, bus}, {*hi, bus}});
  }

  void emit_stack(const Item& s) {
    const double top = level_y_[s.depth];
    for (int k = 0; k < s.hang.spines(); ++k) {
      const double spine = spine_x(s, k);
      double last_mid = top;
      for (const auto& slot : s.hang.slots(s.x, top, k)) {
        const int m = s.members[slot.member];
        const Measured& mm = measured_.at(m);
        out_.boxes.push_back({m, slot.x, slot.y, slot.w, slot.h, mm.title, mm.lines, mm.stub});
        last_mid = slot.y + slot.h / 2;
        out_.connectors.push_back({{spine, last_mid}, {slot.connector_end, last_mid}});
      }
      out_.connectors.push_back({{spine, top - kLevelGap / 2}, {spine, last_mid}});
    }
  }

  const TreeData& data_;
  const Forest& forest_;
  const TreeView& view_;
  const TreeOptions& opt_;
  const SectionBuilder& b_;
  double max_w_, max_h_;
  TreeLayout out_;
  // Only the nodes this view shows: a layout of a small subtree of a large tree costs little.
  std::unordered_map<int, Measured> measured_;  // looked up, never iterated
  std::vector<Item> items_;
  std::vector<double> level_h_, level_y_;
  TreeText& text_;
};
}  // namespace

int max_levels(const SectionBuilder& b, double max_height) {
  const double smallest_box = 2 * kPadY + chart_fonts(b, 0.82).label * 1.2;
  return std::max(1, static_cast<int>((max_height + kLevelGap) / (smallest_box + kLevelGap)));
}

TreeLayout layout_tree(const TreeData& data, const Forest& forest, const TreeView& view,
                       const TreeOptions& options, const SectionBuilder& b, double max_width,
                       double max_height, TreeText& text) {
  return TreeLayouter(data, forest, view, options, b, max_width, max_height, text).run();
}

}  // namespace planforge::detail::charts
