// Tree (org) chart: tries the plain top-down layout, then stacks leaf children under their
// parents, then smaller type (never under 6.5 pt), then moves the largest subtrees into
// further figures ("(continued)") until every figure fits the page.

#include "charts/chart_alt.hpp"
#include "charts/legend.hpp"
#include "charts/tree_layout.hpp"

#include <planforge/charts.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

PLANFORGE_BEGIN_NAMESPACE

namespace {
using namespace detail::charts;

constexpr double kInset = 1;  // keeps box outlines off the canvas edge

class TreeCharter {
 public:
  TreeCharter(const TreeData& d, const SectionBuilder& b) : data_(d), b_(b), forest_(make_forest(d)) {
    legend_h_ =
        d.legend.empty() ? 0 : 8 + legend_height(b, d.legend, b.content_width(), chart_fonts(b).small);
    max_w_ = b.content_width() - 2 * kInset;
    max_h_ = max_figure_height(b) - legend_h_ - 2 * kInset;
    levels_ = max_levels(b, max_h_);
  }

  std::vector<Figure> run() {
    TreeView all = fresh(forest_.roots);
    if (forest_.roots.size() > 1) {
      // Several top units side by side if they fit as they are; otherwise one chart each.
      if (auto l = try_options(all)) {
        todo_.push_back({all, std::move(l)});
      } else {
        for (auto it = forest_.roots.rbegin(); it != forest_.roots.rend(); ++it)
          todo_.push_back({fresh({*it}), {}});
      }
    } else {
      todo_.push_back({all, {}});
    }
    // A work list, not recursion: how often a subtree moves on depends on the plan's depth.
    // Figures come out in the order a reader expects: a figure, then the subtrees it moved out.
    while (!todo_.empty()) {
      Pending next = std::move(todo_.back());
      todo_.pop_back();
      if (next.layout)
        figures_.push_back(draw(*next.layout, next.view));
      else
        render(std::move(next.view));
    }
    return std::move(figures_);
  }

 private:
  // A view still to lay out, or one laid out and ready to draw.
  struct Pending {
    TreeView view;
    std::optional<TreeLayout> layout;
  };

  TreeView fresh(std::vector<int> roots) const {
    TreeView v;
    v.roots = std::move(roots);
    v.collapsed.assign(data_.nodes.size(), false);
    return v;
  }

  // Plain first; then leaves stacked, balanced before narrow; then smaller type.
  static constexpr TreeOptions kOptions[] = {{1.0, false, true}, {1.0, true, true},  {1.0, true, false},
                                             {0.9, true, true},  {0.9, true, false}, {0.82, true, false}};
  static constexpr TreeOptions kCompact = kOptions[5];

  TreeLayout layout(const TreeView& v, const TreeOptions& o) const {
    return layout_tree(data_, forest_, v, o, b_, max_w_, max_h_, text_);
  }

  // The first option under which the view fits. With `pruned` (the search for how many
  // subtrees to move out, where most views tried do not fit) the most compact option goes
  // first and, when even it does not fit, no other is tried; rarely, an unstacked layout that
  // would have fitted is missed and one more subtree moves out.
  std::optional<TreeLayout> try_options(const TreeView& v, bool pruned = false) const {
    if (pruned && !layout(v, kCompact).fits) return std::nullopt;
    for (const auto& o : kOptions) {
      TreeLayout l = layout(v, o);
      if (l.fits) return l;
    }
    return std::nullopt;
  }

  // The nodes a view shows, in document order.
  std::vector<int> visible_nodes(const TreeView& v) const {
    std::vector<int> stack(v.roots.begin(), v.roots.end()), order;
    while (!stack.empty()) {
      int n = stack.back();
      stack.pop_back();
      order.push_back(n);
      for (int c : visible_children(forest_, v, n)) stack.push_back(c);
    }
    std::sort(order.begin(), order.end());
    return order;
  }

  // The order in which subtrees move out of a view to make it fit: the visible node (not a
  // root) with the most descendants first, as it frees the most room, document order breaking
  // ties; a node inside a subtree already moved out goes with it. Each node is looked at a
  // bounded number of times.
  std::vector<int> collapse_order(const TreeView& v) const {
    std::vector<int> candidates;
    for (int n : visible_nodes(v))  // in document order, which the stable sort keeps for ties
      if (std::find(v.roots.begin(), v.roots.end(), n) == v.roots.end() &&
          !visible_children(forest_, v, n).empty())
        candidates.push_back(n);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int a, int b) { return forest_.subtree_size[a] > forest_.subtree_size[b]; });
    // A node's ancestors have larger subtrees, so they come first: once one is taken its
    // descendants are marked, each node once.
    std::vector<bool> inside(data_.nodes.size(), false);
    std::vector<int> order, stack;
    for (int n : candidates) {
      if (inside[n]) continue;
      order.push_back(n);
      stack.assign(forest_.children[n].begin(), forest_.children[n].end());
      while (!stack.empty()) {
        const int d = stack.back();
        stack.pop_back();
        if (inside[d]) continue;
        inside[d] = true;
        stack.insert(stack.end(), forest_.children[d].begin(), forest_.children[d].end());
      }
    }
    return order;
  }

  // The view with the first `count` subtrees of `order` moved out.
  static TreeView moving(const TreeView& v, const std::vector<int>& order, std::size_t count) {
    TreeView out = v;
    for (std::size_t i = 0; i < count; ++i) out.collapsed[order[i]] = true;
    return out;
  }

  // Lays out a view: whole if it fits, else with its largest subtrees moved to further
  // figures, else (a root with too many children) in parts. What comes next goes on the work
  // list in reverse, so that it is drawn in order.
  // Collapses the nodes at the last level a figure can show: what lies deeper goes to further
  // figures whatever the layout, so no time is spent laying it out here.
  void cap_depth(TreeView& v) const {
    std::vector<int> level(v.roots.begin(), v.roots.end());
    for (int depth = 1; !level.empty(); ++depth) {
      std::vector<int> next;
      for (int n : level)
        for (int c : visible_children(forest_, v, n)) {
          if (depth == levels_ - 1 && !forest_.children[c].empty())
            v.collapsed[c] = true;
          else
            next.push_back(c);
        }
      if (depth == levels_ - 1) break;
      level = std::move(next);
    }
  }

  // True when the subtree under `root` has more levels than any figure shows (looks no deeper).
  bool too_deep(int root) const {
    std::vector<int> level{root};
    for (int depth = 1; depth < levels_ && !level.empty(); ++depth) {
      std::vector<int> next;
      for (int n : level) next.insert(next.end(), forest_.children[n].begin(), forest_.children[n].end());
      level = std::move(next);
    }
    return std::any_of(level.begin(), level.end(), [&](int n) { return !forest_.children[n].empty(); });
  }

  // When a view is too tall, the parents on its deepest level move their children out.
  bool shorten(TreeView& v) const {
    std::vector<int> level(v.roots.begin(), v.roots.end()), parents;
    while (!level.empty()) {
      std::vector<int> next, with_children;
      for (int n : level)
        for (int c : visible_children(forest_, v, n)) {
          next.push_back(c);
          if (!visible_children(forest_, v, c).empty()) with_children.push_back(c);
        }
      if (!with_children.empty()) parents = std::move(with_children);
      level = std::move(next);
    }
    for (int n : parents) v.collapsed[n] = true;
    return !parents.empty();
  }

  void render(TreeView v) {
    cap_depth(v);
    // Too tall even at the smallest type: the parents on the deepest level move their
    // children out, a level at a time.
    for (;;) {
      const TreeLayout compact = layout(v, kCompact);
      if (compact.fits || compact.height <= max_h_ || !shorten(v)) break;
    }
    // Then too wide: the fewest subtrees moved out (in collapse_order) that make the view
    // fit, counts doubling until one fits, then halving the gap, so a tree of N units takes
    // O(log N) layouts of O(N) each rather than a layout per subtree moved.
    const std::vector<int> order = collapse_order(v);
    std::optional<TreeLayout> fitting = try_options(v, true);
    std::size_t bad = 0, good = 0;  // counts known not to fit, and to fit
    if (!fitting && !order.empty()) {
      for (std::size_t count = 1;; count = std::min(order.size(), count * 2)) {
        if ((fitting = try_options(moving(v, order, count), true))) {
          good = count;
          break;
        }
        bad = count;
        if (count == order.size()) break;  // all moved out and still too large
      }
      while (fitting && good - bad > 1) {
        const std::size_t mid = bad + (good - bad) / 2;
        if (auto l = try_options(moving(v, order, mid), true))
          fitting = std::move(l), good = mid;
        else
          bad = mid;
      }
    }
    if (fitting) {
      v = moving(v, order, good);
      // Only stubs this figure shows continue elsewhere: a collapsed node inside a subtree
      // that was moved out later travels with that subtree.
      std::vector<int> moved;
      for (int n : visible_nodes(v))
        if (v.collapsed[n] && !forest_.children[n].empty()) moved.push_back(n);
      std::vector<Pending> next{{v, std::move(fitting)}};
      group_moved(moved, next);
      for (auto it = next.rbegin(); it != next.rend(); ++it) todo_.push_back(std::move(*it));
      return;
    }
    v = moving(v, order, order.size());
    // Even with every subtree moved out the root's children do not fit: show them in parts.
    int root = v.roots.front();
    int count = static_cast<int>(forest_.children[root].size());
    int from = v.child_to >= 0 ? v.child_from : 0, to = v.child_to >= 0 ? v.child_to : count;
    if (to - from <= 1) {
      // Cannot happen for sane sizes (one box and one child always fit); draw at the smallest scale.
      todo_.push_back({v, layout(v, kCompact)});
      return;
    }
    int mid = from + (to - from) / 2;
    TreeView left = fresh({root}), right = fresh({root});
    left.child_from = from, left.child_to = mid;
    right.child_from = mid, right.child_to = to;
    todo_.push_back({right, {}});
    todo_.push_back({left, {}});
  }

  // The subtrees a figure moved out: several side by side in one figure as long as they fit
  // as they are; a subtree too large for that is laid out on its own later.
  void group_moved(const std::vector<int>& moved, std::vector<Pending>& next) const {
    std::size_t k = 0;
    while (k < moved.size()) {
      std::optional<TreeLayout> best;
      if (!too_deep(moved[k])) best = try_options(fresh({moved[k]}));
      if (!best) {
        next.push_back({fresh({moved[k]}), {}});
        ++k;
        continue;
      }
      std::size_t end = k + 1;
      while (end < moved.size()) {
        auto grown = try_options(fresh(std::vector<int>(moved.begin() + k, moved.begin() + end + 1)));
        if (!grown) break;
        best = std::move(grown);
        ++end;
      }
      next.push_back({fresh(std::vector<int>(moved.begin() + k, moved.begin() + end)), std::move(best)});
      k = end;
    }
  }

  Figure draw(const TreeLayout& l, const TreeView& v) const {
    const Palette& pal = b_.palette();
    Canvas c(b_, b_.content_width());
    for (const auto& line : l.connectors) {
      if (line.size() == 2)
        c.line(shift(line[0]), shift(line[1]), pal.muted, 0.75);
      else {
        std::vector<Point> pts;
        for (const auto& p : line) pts.push_back(shift(p));
        c.polyline(pts, pal.muted, 0.75);
      }
    }
    for (const auto& box : l.boxes) draw_box(c, l, box);
    double end = l.height + 2 * kInset;
    if (!data_.legend.empty())
      end += 8 + draw_legend(c, data_.legend, 0, end + 8, b_.content_width(), l.f.small);
    std::string caption = continued_caption(data_.caption, figures_.size(), b_.locale());
    if (!figures_.empty()) {
      std::string names;
      for (int r : v.roots) names += (names.empty() ? "" : "; ") + data_.nodes[r].title;
      caption += ": " + names;
    }
    return c.finish(std::ceil(end + 1), caption);
  }

  static Point shift(Point p) { return {p.x + kInset, p.y + kInset}; }

  void draw_box(Canvas& c, const TreeLayout& l, const PlacedBox& box) const {
    const Palette& pal = b_.palette();
    const TreeNode& n = data_.nodes[box.node];
    Color fill = n.fill.value_or(pal.subtle), border = n.border.value_or(pal.primary);
    double x = box.x + kInset, y = box.y + kInset;
    switch (n.border_style) {
      case BorderStyle::solid: c.rect(x, y, box.w, box.h, fill, border, 0.75, 2); break;
      case BorderStyle::dashed:
        c.rect(x, y, box.w, box.h, fill, std::nullopt);
        c.dashed_rect(x, y, box.w, box.h, border, 0.9);
        break;
      case BorderStyle::double_line:
        c.rect(x, y, box.w, box.h, fill, border, 0.6);
        c.rect(x + 2, y + 2, box.w - 4, box.h - 4, std::nullopt, border, 0.6);
        break;
    }
    const Color ink = pal.text_on(fill), soft = pal.muted_on(fill);
    double ll = l.f.label * 1.2, ls = l.f.small * 1.25;
    double block = box.title.size() * ll + (box.lines.size() + (box.stub.empty() ? 0 : 1)) * ls;
    double top = y + (box.h - block) / 2, cx = x + box.w / 2;
    for (const auto& t : box.title) {
      c.text({cx, top + ll / 2 + l.f.label * 0.33}, t, l.f.label, ink, FontStyle::bold, TextAnchor::middle);
      top += ll;
    }
    for (const auto& t : box.lines) {
      c.text({cx, top + ls / 2 + l.f.small * 0.33}, t, l.f.small, soft, FontStyle::regular,
             TextAnchor::middle);
      top += ls;
    }
    if (!box.stub.empty())
      c.text({cx, top + ls / 2 + l.f.small * 0.33}, box.stub, l.f.small, soft, FontStyle::italic,
             TextAnchor::middle);
  }

  const TreeData& data_;
  const SectionBuilder& b_;
  Forest forest_;
  double legend_h_ = 0, max_w_ = 0, max_h_ = 0;
  int levels_ = 1;
  std::vector<Figure> figures_;
  std::vector<Pending> todo_;
  mutable TreeText text_;  // try_options() is const: the text it wraps is kept for the next try
};
}  // namespace

std::vector<Figure> tree_chart(const TreeData& data, const SectionBuilder& out) {
  if (data.nodes.empty() || out.content_width() <= 0) return {};
  std::vector<Figure> figures = TreeCharter(data, out).run();
  describe(figures, data.alt, data.caption, summary(data, out.locale()), out.locale());
  return figures;
}

PLANFORGE_END_NAMESPACE
