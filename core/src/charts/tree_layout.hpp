#pragma once
// Layout of a tree (org chart) for one figure: which nodes are shown, boxes sized to their
// wrapped text, levels top-down, children centred under their parent, leaf children stacked
// in columns under a spine when asked, elbow connectors.

#include "charts/canvas.hpp"

#include <planforge/charts.hpp>

#include <map>
#include <string>
#include <vector>

namespace planforge::detail::charts {

// The nodes as a forest of indexes into TreeData::nodes. A parent that is missing, or a
// link that would close a cycle, makes the node a root: the chart never loops.
struct Forest {
  std::vector<std::vector<int>> children;
  std::vector<int> roots;
  std::vector<int> subtree_size;  // the node and all its descendants
};
Forest make_forest(const TreeData& data);

// What one figure shows: some roots, optionally only a range of one root's children, and
// nodes drawn as stubs whose subtrees continue in other figures.
struct TreeView {
  std::vector<int> roots;
  std::vector<bool> collapsed;        // by node index
  int child_from = 0, child_to = -1;  // the range of the (single) root's children; -1: all
};

struct TreeOptions {
  double scale = 1;
  bool stack_leaves = false;
  // A stack between subtrees hangs on both sides of its spine (balanced), or on one (narrower).
  bool two_sided = true;
};

struct PlacedBox {
  int node = -1;
  double x = 0, y = 0, w = 0, h = 0;
  std::vector<std::string> title, lines;
  std::string stub;  // "+12 units (continued)" for a collapsed node
};

struct TreeLayout {
  ChartFonts f;
  std::vector<PlacedBox> boxes;
  std::vector<std::vector<Point>> connectors;
  double width = 0, height = 0;
  bool fits = false;
};

// Each node's wrapped title and lines at one type scale: the same in every layout a chart
// tries at that scale, so wrapped once (wrapping is most of a layout's cost).
class TreeText {
 public:
  struct Wrapped {
    std::vector<std::string> title, lines;
    double width = 0;  // of the widest line
    bool done = false;
  };
  Wrapped& at(double scale, int node, std::size_t nodes) {
    auto& row = by_scale_[scale];
    if (row.size() < nodes) row.resize(nodes);
    return row[static_cast<std::size_t>(node)];
  }

 private:
  std::map<double, std::vector<Wrapped>> by_scale_;
};

// The visible children of `node` in `view`.
std::vector<int> visible_children(const Forest& forest, const TreeView& view, int node);

// The most levels a figure of `max_height` can ever show (boxes of one title line at the
// smallest type): a tree deeper than that is cut before any layout is tried.
int max_levels(const SectionBuilder& b, double max_height);

TreeLayout layout_tree(const TreeData& data, const Forest& forest, const TreeView& view,
                       const TreeOptions& options, const SectionBuilder& b, double max_width,
                       double max_height, TreeText& text);

}  // namespace planforge::detail::charts
