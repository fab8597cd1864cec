#include "charts/tree_layout.hpp"

#include <map>

namespace planforge::detail::charts {

Forest make_forest(const TreeData& data) {
  const int n = static_cast<int>(data.nodes.size());
  std::map<std::string, int> index;
  for (int i = 0; i < n; ++i) index.emplace(data.nodes[i].id, i);  // first of duplicate ids wins
  std::vector<int> parent(n, -1);
  for (int i = 0; i < n; ++i) {
    auto it = index.find(data.nodes[i].parent);
    if (data.nodes[i].parent.empty() || it == index.end() || it->second == i) continue;
    // Refuse a link that would close a cycle: walk up from the would-be parent.
    bool cycle = false;
    for (int p = it->second, steps = 0; p >= 0 && steps <= n; p = parent[p], ++steps)
      if (p == i) cycle = true;
    if (!cycle) parent[i] = it->second;
  }
  Forest f;
  f.children.assign(n, {});
  for (int i = 0; i < n; ++i) {
    if (parent[i] < 0)
      f.roots.push_back(i);
    else
      f.children[parent[i]].push_back(i);
  }
  f.subtree_size.assign(n, 1);
  // Children may precede their parents in the input: sum sizes bottom-up by depth.
  std::vector<int> order;
  for (int r : f.roots) order.push_back(r);
  for (std::size_t k = 0; k < order.size(); ++k)
    for (int c : f.children[order[k]]) order.push_back(c);
  for (auto it = order.rbegin(); it != order.rend(); ++it)
    for (int c : f.children[*it]) f.subtree_size[*it] += f.subtree_size[c];
  return f;
}

std::vector<int> visible_children(const Forest& forest, const TreeView& view, int node) {
  if (node < static_cast<int>(view.collapsed.size()) && view.collapsed[node]) return {};
  const auto& all = forest.children[node];
  if (view.roots.size() == 1 && view.roots[0] == node && view.child_to >= 0) {
    int from = std::min<int>(view.child_from, static_cast<int>(all.size()));
    int to = std::min<int>(view.child_to, static_cast<int>(all.size()));
    return std::vector<int>(all.begin() + from, all.begin() + std::max(from, to));
  }
  return all;
}

}  // namespace planforge::detail::charts
