// Dependency connectors of the Gantt chart, routed by construction: a shortest path on a small
// orthogonal grid whose lines run along the two rows joined, the boundaries between rows and
// the edges of what is drawn. A leg through a milestone label costs far more than any detour,
// a leg behind a bar a little, a bend a little; so a connector takes the short way when it is
// clear and goes around labels when it is not. The grid only spans the rows between the two
// ends, so routing stays cheap however long the chart.

#include "charts/gantt_layout.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace planforge::detail::charts {

namespace {
constexpr double kArrow = 4;          // the arrowhead's length
constexpr double kOut = kChannelOut;  // the shortest leg out of a bar: the channel labels keep free
constexpr double kIn = kArrow + 2;    // the shortest leg into a bar, arrowhead included
constexpr double kLabelCost = 2000;   // a leg through a label: only when nothing else is possible
constexpr double kBarCost = 40;       // a leg behind a bar
constexpr double kBendCost = 6;

// How a connector ends: the last grid node, then straight into the bar (side or top/bottom).
struct Goal {
  Point node;  // on the grid
  Point tip;   // the arrowhead's tip
  double dx, dy;
};

struct Grid {
  std::vector<double> xs, ys;
  const RouteSpace* sp;
  // Horizontal legs run only along these y (row boundaries, and the joined rows' middles
  // within [x0, x1], where they cannot run over a bar).
  struct Lane {
    double y, x0, x1;
  };
  std::vector<Lane> lanes;

  double leg_cost(Point a, Point b) const {
    double cost = std::abs(a.x - b.x) + std::abs(a.y - b.y);
    if (sp->labels && !sp->labels->clear(a, b, 0.5)) cost += kLabelCost;
    if (sp->bars && a.x == b.x && !sp->bars->clear(a, b, 0.2)) cost += kBarCost;
    return cost;
  }
  bool lane_allows(double y, double x0, double x1) const {
    for (const Lane& l : lanes)
      if (std::abs(l.y - y) < 1e-9 && std::min(x0, x1) >= l.x0 - 1e-9 && std::max(x0, x1) <= l.x1 + 1e-9)
        return true;
    return false;
  }
};

void add_unique(std::vector<double>& v, double x) { v.push_back(x); }
void normalise(std::vector<double>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end(), [](double a, double b) { return std::abs(a - b) < 0.25; }),
          v.end());
}

// Dijkstra over (x, y, direction of arrival). Returns the nodes of the cheapest path from
// `start` to any goal, the goal's index last.
std::vector<Point> shortest(const Grid& g, Point start, const std::vector<Goal>& goals, std::size_t& goal) {
  const std::size_t nx = g.xs.size(), ny = g.ys.size();
  auto ix = [&](double x) {
    return static_cast<std::size_t>(std::lower_bound(g.xs.begin(), g.xs.end(), x - 0.2) - g.xs.begin());
  };
  auto iy = [&](double y) {
    return static_cast<std::size_t>(std::lower_bound(g.ys.begin(), g.ys.end(), y - 0.2) - g.ys.begin());
  };
  const std::size_t states = nx * ny * 2;  // 0: arrived horizontally, 1: vertically
  std::vector<double> dist(states, std::numeric_limits<double>::infinity());
  std::vector<std::size_t> prev(states, SIZE_MAX);
  using Item = std::pair<double, std::size_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
  const std::size_t s0 = (iy(start.y) * nx + ix(start.x)) * 2;
  dist[s0] = dist[s0 + 1] = 0;
  queue.push({0, s0});
  queue.push({0, s0 + 1});
  std::vector<std::size_t> goal_cell(goals.size());
  for (std::size_t k = 0; k < goals.size(); ++k)
    goal_cell[k] = iy(goals[k].node.y) * nx + ix(goals[k].node.x);
  while (!queue.empty()) {
    // Not a structured binding: the lambda below captures them, which clang before 16
    // (the fuzz build's) refuses.
    const double d = queue.top().first;
    const std::size_t s = queue.top().second;
    queue.pop();
    if (d > dist[s]) continue;
    const std::size_t cell = s / 2, i = cell % nx, j = cell / nx;
    const int arrived = static_cast<int>(s % 2);
    const Point here{g.xs[i], g.ys[j]};
    auto relax = [&](std::size_t ni, std::size_t nj, int how) {
      const Point there{g.xs[ni], g.ys[nj]};
      if (how == 0 && !g.lane_allows(here.y, here.x, there.x)) return;
      const double cost = d + g.leg_cost(here, there) + (how != arrived && d > 0 ? kBendCost : 0);
      const std::size_t t = (nj * nx + ni) * 2 + static_cast<std::size_t>(how);
      if (cost < dist[t]) dist[t] = cost, prev[t] = s, queue.push({cost, t});
    };
    if (i > 0) relax(i - 1, j, 0);
    if (i + 1 < nx) relax(i + 1, j, 0);
    if (j > 0) relax(i, j - 1, 1);
    if (j + 1 < ny) relax(i, j + 1, 1);
  }
  double best = std::numeric_limits<double>::infinity();
  std::size_t end = SIZE_MAX;
  for (std::size_t k = 0; k < goals.size(); ++k)
    for (int how : {0, 1}) {
      const std::size_t t = goal_cell[k] * 2 + static_cast<std::size_t>(how);
      // The last leg into the bar is part of the route's price too.
      const double total = dist[t] + g.leg_cost(goals[k].node, goals[k].tip);
      if (total < best) best = total, end = t, goal = k;
    }
  std::vector<Point> path;
  for (std::size_t t = end; t != SIZE_MAX; t = prev[t]) {
    const std::size_t cell = t / 2;
    path.push_back({g.xs[cell % nx], g.ys[cell / nx]});
  }
  std::reverse(path.begin(), path.end());
  // Only the corners: drop points in the middle of a straight run.
  std::vector<Point> corners;
  for (const Point& p : path) {
    if (!corners.empty() && std::abs(corners.back().x - p.x) < 1e-9 &&
        std::abs(corners.back().y - p.y) < 1e-9)
      continue;
    if (corners.size() >= 2) {
      const Point& a = corners[corners.size() - 2];
      const Point& b = corners.back();
      if ((std::abs(a.x - b.x) < 1e-9 && std::abs(b.x - p.x) < 1e-9) ||
          (std::abs(a.y - b.y) < 1e-9 && std::abs(b.y - p.y) < 1e-9))
        corners.pop_back();
    }
    corners.push_back(p);
  }
  return corners;
}

// The goals for entering `to`: from the side (its start from the left, or its end from the
// right for finish-to-finish), or from above / below near that end of the bar.
std::vector<Goal> goals_of(const RowPlace& to, DependencyKind kind, bool from_above, const RouteSpace& sp) {
  std::vector<Goal> goals;
  const bool ff = kind == DependencyKind::finish_to_finish;
  const double side = ff ? to.x1 + kIn : to.x0 - kIn;
  if (side >= sp.left && side <= sp.right)
    goals.push_back({{side, to.mid}, {ff ? to.x1 : to.x0, to.mid}, ff ? -1.0 : 1.0, 0});
  const double inset = std::min(4.0, (to.x1 - to.x0) / 2);
  const double gy = from_above ? to.top : to.bottom, bar = from_above ? to.bar_top : to.bar_bottom;
  for (double k : {0.0, 3.0, 6.0, 9.0}) {
    const double x =
        ff ? std::max(to.x0 + inset, to.x1 - inset - k) : std::min(to.x1 - inset, to.x0 + inset + k);
    goals.push_back({{x, gy}, {x, bar}, 0, from_above ? 1.0 : -1.0});
  }
  return goals;
}

// Builds the grid over rows [top, bottom] and finds the route from `start` (already outside
// the predecessor's bar) into `to`.
Route solve(Point exit, Point start, const RowPlace* from, const RowPlace& to, DependencyKind kind,
            bool from_above, double top, double bottom, const RouteSpace& sp,
            const std::vector<double>& boundaries) {
  Grid g;
  g.sp = &sp;
  const auto goals = goals_of(to, kind, from_above, sp);
  for (double x : {start.x, sp.left, sp.right, to.x0, to.x1}) add_unique(g.xs, x);
  for (const Goal& goal : goals) add_unique(g.xs, goal.node.x);
  for (double x = sp.left; x <= sp.right; x += 12) add_unique(g.xs, x);  // a coarse net for detours
  for (double y : boundaries) add_unique(g.ys, y), g.lanes.push_back({y, sp.left, sp.right});
  add_unique(g.ys, start.y);
  add_unique(g.ys, to.mid);
  if (from) {
    // Along the predecessor's row only outwards from its end (never back over its bar).
    const bool left = kind == DependencyKind::start_to_start;
    g.lanes.push_back({from->mid, left ? sp.left : start.x, left ? start.x : sp.right});
  }
  const bool ff = kind == DependencyKind::finish_to_finish;
  g.lanes.push_back({to.mid, ff ? to.x1 + kIn : sp.left, ff ? sp.right : to.x0 - kIn});
  // Clear channels hug what they avoid: the edges of labels and bars in the rows crossed.
  if (sp.labels || sp.bars)
    for (double x = sp.left; x <= sp.right; x += 3)
      if (std::abs(x - start.x) < 60 || std::abs(x - to.x0) < 60 || std::abs(x - to.x1) < 60)
        add_unique(g.xs, x);
  normalise(g.xs);
  normalise(g.ys);
  g.ys.erase(
      std::remove_if(g.ys.begin(), g.ys.end(), [&](double y) { return y < top - 1e-9 || y > bottom + 1e-9; }),
      g.ys.end());
  std::size_t goal = 0;
  std::vector<Point> path = shortest(g, start, goals, goal);
  Route r;
  r.points.push_back(exit);
  for (const Point& p : path)
    if (std::abs(p.x - r.points.back().x) > 1e-9 || std::abs(p.y - r.points.back().y) > 1e-9)
      r.points.push_back(p);
  const Goal& end = goals[goal];
  r.points.push_back({end.tip.x - end.dx * kArrow, end.tip.y - end.dy * kArrow});
  r.head = end.tip;
  r.dx = end.dx;
  r.dy = end.dy;
  return r;
}
}  // namespace

Route route_link(const RowPlace& from, const RowPlace& to, DependencyKind kind, const RouteSpace& sp) {
  const bool ss = kind == DependencyKind::start_to_start;
  const Point exit{ss ? from.x0 : from.x1, from.mid};
  const Point start{std::clamp(exit.x + (ss ? -kOut : kOut), sp.left, sp.right), from.mid};
  const bool down = to.top > from.top;
  // Between the predecessor's bar and the far side of the successor's row: a connector never
  // doubles back over the bar it leaves.
  const double top = down ? from.mid : to.top, bottom = down ? to.bottom : from.mid;
  std::vector<double> boundaries = {down ? from.bottom : from.top, to.top, to.bottom};
  for (double y : sp.boundaries)
    if (y >= top - 1e-9 && y <= bottom + 1e-9) boundaries.push_back(y);
  return solve(exit, start, &from, to, kind, down, top, bottom, sp, boundaries);
}

Route route_from_elsewhere(double x, bool from_above, const RowPlace& to, DependencyKind kind,
                           const RouteSpace& sp) {
  // Enters at the predecessor's date, from the edge of the rows on its side.
  const double out = kind == DependencyKind::start_to_start ? -kOut : kOut;
  const double edge = from_above ? sp.rows_top : sp.rows_bottom;
  const Point start{std::clamp(x + out, sp.left, sp.right), edge};
  const double top = from_above ? sp.rows_top : to.top, bottom = from_above ? to.bottom : sp.rows_bottom;
  std::vector<double> boundaries = {to.top, to.bottom, edge};
  for (double y : sp.boundaries)
    if (y >= top - 1e-9 && y <= bottom + 1e-9) boundaries.push_back(y);
  return solve(start, start, nullptr, to, kind, from_above, top, bottom, sp, boundaries);
}

}  // namespace planforge::detail::charts
