#include "charts/tree_layout.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace planforge::detail::charts {

namespace {
constexpr double kPadX = 6, kPadY = 4;
constexpr double kSiblingGap = 10;    // between neighbouring subtrees
constexpr double kLevelGap = 22;      // between levels: room for the connector bus
constexpr double kStackIndent = 10;   // spine to stacked box
constexpr double kStackGap = 5;       // between stacked boxes
constexpr double kColumnGap = 8;      // between stack columns
constexpr double kStackDrop = 14;     // a stack beside subtrees starts this much below its row

struct Measured {
  std::vector<std::string> title, lines;
  std::string stub;
  double w = 0, h = 0;
};

struct Item {
  bool stack = false;
  int node = -1;
  std::vector<int> members;   // stacked nodes
  std::vector<int> children;  // item indexes
  int depth = 0;
  int columns = 1;
  double member_w = 0;
  double width = 0;           // of the whole subtree
  double x = 0;               // subtree's left edge
  double centre = 0;          // box centre (box items)
  double drop = 0;            // a stack beside non-leaf siblings starts this much lower
};

class TreeLayouter {
 public:
  TreeLayouter(const TreeData& d, const Forest& f, const TreeView& v, const TreeOptions& o,
               const SectionBuilder& b, double max_w, double max_h, TreeText& text)
      : data_(d), forest_(f), view_(v), opt_(o), b_(b), max_w_(max_w), max_h_(max_h), text_(text) {
    out_.f = chart_fonts(b, o.scale);
  }

  TreeLayout run() {
    std::vector<int> roots;
    for (int r : view_.roots) roots.push_back(build(r, 0));
    levels();
    for (auto& it : items_)
      if (it.stack) size_stack(it);
    double x = 0;
    for (std::size_t k = 0; k < roots.size(); ++k) {
      width_of(roots[k]);
      if (k) x += kSiblingGap * 2;
      place(roots[k], x);
      x += items_[roots[k]].width;
    }
    out_.width = x;
    for (int r : roots) emit(r);
    double shift = out_.width < max_w_ ? (max_w_ - out_.width) / 2 : 0;
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
      text.title = wrap_balanced(b_, n.title, max_text, f.label, FontStyle::bold, 3);
      for (const auto& line : n.lines)
        for (auto& l : wrap(b_, line, max_text, f.small, FontStyle::regular, 2)) text.lines.push_back(std::move(l));
      text.width = std::max(max_width(b_, text.title, f.label, FontStyle::bold), max_width(b_, text.lines, f.small));
      text.done = true;
    }
    m.title = text.title;
    m.lines = text.lines;
    if (view_.collapsed.size() > static_cast<std::size_t>(node) && view_.collapsed[node] &&
        !forest_.children[node].empty()) {
      int hidden = forest_.subtree_size[node] - 1;
      m.stub = ellipsize(b_, b_.locale().text("chart.hidden-units", {{"count", hidden}}),
                         max_text, f.small, FontStyle::italic);
    }
    double w = text.width;
    if (!m.stub.empty()) w = std::max(w, b_.text_width(m.stub, f.small, FontStyle::italic));
    m.w = std::max(w + 2 * kPadX, 48.0);
    m.h = 2 * kPadY + m.title.size() * line_label() + (m.lines.size() + (m.stub.empty() ? 0 : 1)) * line_small();
    return m;
  }

  double line_label() const { return out_.f.label * 1.2; }
  double line_small() const { return out_.f.small * 1.25; }
  bool is_leaf(int node) const { return visible_children(forest_, view_, node).empty(); }

  int build(int node, int depth) {
    int idx = static_cast<int>(items_.size());
    items_.push_back(Item{false, node, {}, {}, depth});
    measure(node);
    std::vector<int> kids = visible_children(forest_, view_, node), leaves;
    for (int c : kids)
      if (is_leaf(c)) leaves.push_back(c);
    bool stack = opt_.stack_leaves && leaves.size() >= 2;
    for (int c : kids) {
      if (stack && is_leaf(c)) continue;
      int child = build(c, depth + 1);
      items_[idx].children.push_back(child);
    }
    if (stack) {
      // Beside subtrees, a stack whose top box stood in the row of its siblings would read
      // as that box's children: it goes to the right end and starts lower, so that its spine
      // visibly comes down from the bus.
      Item s{true, -1, leaves, {}, depth + 1};
      if (leaves.size() < kids.size()) s.drop = kStackDrop;
      for (int m : leaves) measure(m);
      items_.push_back(std::move(s));
      items_[idx].children.push_back(static_cast<int>(items_.size()) - 1);
    }
    return idx;
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

  std::vector<std::vector<int>> columns_of(const Item& s) const {
    std::vector<std::vector<int>> cols(s.columns);
    std::size_t rows = (s.members.size() + s.columns - 1) / s.columns;
    for (std::size_t k = 0; k < s.members.size(); ++k) cols[k / rows].push_back(s.members[k]);
    return cols;
  }

  double stack_height(const Item& s) const {
    double h = 0;
    for (const auto& col : columns_of(s)) {
      double ch = 0;
      for (int m : col) ch += measured_.at(m).h + kStackGap;
      h = std::max(h, ch - kStackGap);
    }
    return h;
  }

  void size_stack(Item& s) {
    for (int m : s.members) s.member_w = std::max(s.member_w, measured_.at(m).w);
    // As few columns as keep the stack within the figure's height.
    double room = max_h_ - level_y_[s.depth] - s.drop;
    int n = static_cast<int>(s.members.size());
    for (s.columns = 1; s.columns < n; ++s.columns)
      if (stack_height(s) <= room) break;
    s.columns = std::clamp(s.columns, 1, std::max(1, n));
    s.width = s.columns * (kStackIndent + s.member_w) + (s.columns - 1) * kColumnGap;
  }

  double children_width(const Item& it) const {
    double w = 0;
    for (std::size_t k = 0; k < it.children.size(); ++k) w += (k ? kSiblingGap : 0) + items_[it.children[k]].width;
    return w;
  }

  void width_of(int idx) {
    Item& it = items_[idx];
    if (it.stack) return;
    for (int c : it.children) width_of(c);
    items_[idx].width = std::max(measured_.at(items_[idx].node).w, children_width(items_[idx]));
  }

  void place(int idx, double x) {
    items_[idx].x = x;
    if (items_[idx].stack) return;
    double cw = children_width(items_[idx]);
    double cx = x + (items_[idx].width - cw) / 2;
    std::vector<double> anchors;
    for (int c : items_[idx].children) {
      place(c, cx);
      const Item& child = items_[c];
      anchors.push_back(child.stack ? child.x + child.width / 2 : child.centre);
      cx += child.width + kSiblingGap;
    }
    Item& it = items_[idx];
    double w = measured_.at(it.node).w;
    double centre = anchors.empty() ? x + it.width / 2 : (anchors.front() + anchors.back()) / 2;
    it.centre = std::clamp(centre, x + w / 2, x + it.width - w / 2);
  }

  void add_box(int node, double x, double y, double h) {
    const Measured& m = measured_[node];
    out_.boxes.push_back({node, x, y, m.w, h, m.title, m.lines, m.stub});
  }

  void emit(int idx) {
    const Item& it = items_[idx];
    if (it.stack) return emit_stack(it);
    const Measured& m = measured_.at(it.node);
    double top = level_y_[it.depth], bottom = top + level_h_[it.depth];
    add_box(it.node, it.centre - m.w / 2, top, level_h_[it.depth]);
    if (it.children.empty()) return;
    double child_top = level_y_[it.depth + 1];
    double bus = child_top - kLevelGap / 2;
    std::vector<double> xs{it.centre};
    out_.connectors.push_back({{it.centre, bottom}, {it.centre, bus}});
    for (int c : it.children) {
      const Item& child = items_[c];
      if (!child.stack) {
        xs.push_back(child.centre);
        out_.connectors.push_back({{child.centre, bus}, {child.centre, child_top}});
      } else {
        for (int col = 0; col < child.columns; ++col) xs.push_back(spine_x(child, col));
      }
      emit(c);
    }
    auto [lo, hi] = std::minmax_element(xs.begin(), xs.end());
    if (*hi - *lo > 0.5) out_.connectors.push_back({{*lo, bus}, {*hi, bus}});
  }

  double column_left(const Item& s, int col) const {
    return s.x + col * (kStackIndent + s.member_w + kColumnGap);
  }
  double spine_x(const Item& s, int col) const { return column_left(s, col) + kStackIndent / 2; }

  void emit_stack(const Item& s) {
    auto cols = columns_of(s);
    double top = level_y_[s.depth] + s.drop;
    for (int col = 0; col < static_cast<int>(cols.size()); ++col) {
      double spine = spine_x(s, col), x = column_left(s, col) + kStackIndent, y = top;
      double last_mid = top;
      for (int m : cols[col]) {
        double h = measured_.at(m).h;
        out_.boxes.push_back({m, x, y, s.member_w, h, measured_.at(m).title, measured_.at(m).lines, measured_.at(m).stub});
        last_mid = y + h / 2;
        out_.connectors.push_back({{spine, last_mid}, {x, last_mid}});
        y += h + kStackGap;
      }
      out_.connectors.push_back({{spine, level_y_[s.depth] - kLevelGap / 2}, {spine, last_mid}});
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
  std::unordered_map<int, Measured> measured_;   // looked up, never iterated
  std::vector<Item> items_;
  std::vector<double> level_h_, level_y_;
  TreeText& text_;
};
}  // namespace

TreeLayout layout_tree(const TreeData& data, const Forest& forest, const TreeView& view,
                       const TreeOptions& options, const SectionBuilder& b, double max_width,
                       double max_height, TreeText& text) {
  return TreeLayouter(data, forest, view, options, b, max_width, max_height, text).run();
}

}  // namespace planforge::detail::charts
