// One Gantt row measured: its label lines, its bar, its milestone diamonds spread where dates
// nearly coincide, and their labels placed on the lines under the bar where they touch no
// other label (whole where there is room; shortened only to the room there is).

#include "charts/gantt_layout.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace planforge::detail::charts {

namespace {
constexpr double kLabelGap = 4;  // between milestone labels on one line

struct Span {
  double x0, x1;
};

constexpr double kChannelPad = 1;  // between a label and a connector's channel

bool clashes(const std::vector<Span>& taken, Span s) {
  for (const Span& t : taken)
    if (s.x0 < t.x1 + kLabelGap && t.x0 < s.x1 + kLabelGap) return true;
  return false;
}

bool crosses(const std::vector<double>& channels, Span s) {
  return std::any_of(channels.begin(), channels.end(),
                     [&](double x) { return s.x0 < x + kChannelPad && x - kChannelPad < s.x1; });
}

// Tries each line and anchor; records the span and returns true when `text` finds room.
bool try_place(MilestoneMark& m, const std::string& text, double w, double lo, double hi,
               std::array<std::vector<Span>, kMarkLines>& lines, const std::vector<double>& channels,
               bool centred) {
  struct Option {
    int line;
    TextAnchor anchor;
  };
  // Names beside their diamond on the first free line; a key number under the diamond if it
  // can, else beside it.
  static constexpr Option kSide[] = {{0, TextAnchor::start}, {0, TextAnchor::end},   {1, TextAnchor::start},
                                     {1, TextAnchor::end},   {2, TextAnchor::start}, {2, TextAnchor::end}};
  static constexpr Option kMiddle[] = {
      {0, TextAnchor::middle}, {1, TextAnchor::middle}, {2, TextAnchor::middle},
      {0, TextAnchor::start},  {0, TextAnchor::end},    {1, TextAnchor::start},
      {1, TextAnchor::end},    {2, TextAnchor::start},  {2, TextAnchor::end}};
  auto try_options = [&](const auto& options) {
    for (const Option& o : options) {
      double x0 = o.anchor == TextAnchor::start ? m.x - 2
                  : o.anchor == TextAnchor::end ? m.x + 2 - w
                                                : m.x - w / 2;
      Span s{x0, x0 + w};
      if (s.x0 < lo || s.x1 > hi || clashes(lines[o.line], s) || crosses(channels, s)) continue;
      lines[o.line].push_back(s);
      m.text = text;
      m.line = o.line;
      m.anchor = o.anchor;
      m.text_x = o.anchor == TextAnchor::start ? x0 : o.anchor == TextAnchor::end ? x0 + w : m.x;
      return true;
    }
    return false;
  };
  return centred ? try_options(kMiddle) : try_options(kSide);
}

// Spreads positions (sorted) so that neighbours are at least `gap` apart: each group that
// would overlap is centred on its members' own positions, merged with the group before it
// when they then touch (a stack, so linear), and kept inside [lo, hi].
std::vector<double> spread(const std::vector<double>& xs, double gap, double lo, double hi) {
  struct Group {
    std::size_t first, count;
    double sum;  // of the members' own positions
  };
  auto start = [&](const Group& grp) { return grp.sum / grp.count - (grp.count - 1) * gap / 2; };
  std::vector<Group> groups;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    groups.push_back({i, 1, xs[i]});
    while (groups.size() > 1) {
      const Group& last = groups.back();
      const Group& before = groups[groups.size() - 2];
      if (start(before) + before.count * gap <= start(last) + 1e-9) break;
      const Group merged{before.first, before.count + last.count, before.sum + last.sum};
      groups.pop_back();
      groups.back() = merged;
    }
  }
  std::vector<double> out(xs.size());
  for (const Group& grp : groups) {
    const double width = (grp.count - 1) * gap;
    const double first = std::clamp(start(grp), lo, std::max(lo, hi - width));
    for (std::size_t k = 0; k < grp.count; ++k) out[grp.first + k] = first + k * gap;
  }
  // A group pushed back from an end may meet its neighbour: settle from the right, then the
  // left (only more diamonds than the axis holds still touch).
  for (std::size_t i = out.size(); i-- > 1;) out[i - 1] = std::min(out[i - 1], out[i] - gap);
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = std::max(out[i], i ? out[i - 1] + gap : lo);
  for (double& x : out) x = std::min(x, hi);
  return out;
}
}  // namespace

std::vector<std::vector<GanttLink>> resolve_links(const GanttData& data) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < data.tasks.size(); ++i)
    if (!data.tasks[i].id.empty()) index.emplace(data.tasks[i].id, i);  // the first of a repeated id
  std::vector<std::vector<GanttLink>> links(data.tasks.size());
  for (std::size_t i = 0; i < data.tasks.size(); ++i) {
    const GanttTask& t = data.tasks[i];
    std::set<std::pair<std::size_t, int>> seen;
    auto add = [&](const std::string& id, DependencyKind kind) {
      auto it = index.find(id);
      if (it == index.end() || it->second == i || !seen.insert({it->second, static_cast<int>(kind)}).second)
        return;
      links[i].push_back({it->second, kind});
    };
    for (const auto& id : t.depends_on) add(id, DependencyKind::finish_to_start);
    for (const auto& dep : t.dependencies) add(dep.id, dep.kind);
  }
  return links;
}

std::string date_text(const Date& d, const Locale& locale) { return locale.date(d, TextLength::medium); }

std::vector<std::vector<double>> connector_channels(const GanttData& data, const GanttGeometry& g,
                                                    const std::vector<std::vector<GanttLink>>& links) {
  std::vector<std::vector<double>> channels(data.tasks.size());
  auto bar = [&](std::size_t i, bool end) {
    const DaySpan s = span_of(data.tasks[i].start), e = span_of(data.tasks[i].end);
    return std::clamp(g.axis.x(static_cast<double>(end ? std::max(e.last, s.first) + 1 : s.first)),
                      g.axis.left, g.axis.right);
  };
  for (std::size_t to = 0; to < links.size(); ++to)
    for (const GanttLink& link : links[to]) {
      const bool ss = link.kind == DependencyKind::start_to_start;
      const double x = ss ? bar(link.from, false) - kChannelOut : bar(link.from, true) + kChannelOut;
      // Going down, the connector leaves through the predecessor's own label lines and ends
      // above the successor's; going up, the reverse.
      const std::size_t lo = std::min(link.from, to) + (link.from < to ? 0 : 1);
      const std::size_t hi = std::max(link.from, to) - (link.from < to ? 1 : 0);
      // Only rows near each other share a figure; further apart the connector enters from the
      // figure's edge at the same x, which the rows in between keep free too.
      for (std::size_t r = lo; r <= hi && r < channels.size(); ++r) channels[r].push_back(x);
    }
  return channels;
}

GanttRow make_gantt_row(const GanttData& data, std::size_t index, const GanttGeometry& g,
                        const std::vector<double>& channels, const SectionBuilder& b, int& next_number) {
  const GanttTask& t = data.tasks[index];
  GanttRow r;
  r.task = index;
  r.label_lines = wrap(b.measure(), t.label, g.label_col, g.f.label, FontStyle::regular, 2);
  if (!t.owner.empty()) r.owner = ellipsize(b.measure(), t.owner, g.label_col, g.f.small);
  DaySpan s = span_of(t.start), e = span_of(t.end);
  long last = std::max(e.last, s.first);
  r.bar_x0 = std::clamp(g.axis.x(static_cast<double>(s.first)), g.axis.left, g.axis.right);
  r.bar_x1 =
      std::clamp(std::max(g.axis.x(static_cast<double>(last + 1)), r.bar_x0 + 2), g.axis.left, g.axis.right);

  // Milestones left to right; each label goes under the bar beside its diamond if it can.
  std::vector<std::size_t> order(t.milestones.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto day_of = [&](const GanttMilestone& m) {
    DaySpan d = span_of(m.date);
    // A full date marks its day; a reduced one ("2027-06") means "by the end of it".
    return d.first == d.last ? d.first + 0.5 : static_cast<double>(d.last + 1);
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t c) {
    return day_of(t.milestones[a]) < day_of(t.milestones[c]);
  });
  // Diamonds whose dates nearly coincide would hide each other: spread them apart.
  std::vector<double> xs;
  for (std::size_t i : order)
    xs.push_back(std::clamp(g.axis.x(day_of(t.milestones[i])), g.axis.left, g.axis.right));
  xs = spread(xs, 2 * g.diamond + 1.5, g.axis.left, g.axis.right);

  std::array<std::vector<Span>, kMarkLines> lines;
  // Inside the canvas with the halo drawn around each label.
  const double lo = g.axis.left - 0.5, hi = g.width - 1.5;
  const double axis_w = g.axis.right - g.axis.left;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const GanttMilestone& ms = t.milestones[order[k]];
    MilestoneMark m;
    m.x = xs[k];
    // The whole name where there is room for it, clear of the connectors' channels if it can
    // be (else a connector passes behind it); shortened only as far as the room needs.
    bool named = false;
    static const std::vector<double> kNone;
    for (double share : {1.0, 0.7, 0.5, 0.35}) {
      std::string name = ellipsize(b.measure(), ms.label, axis_w * share, g.f.small);
      if (name.empty()) break;
      const double w = b.text_width(name, g.f.small, FontStyle::regular);
      for (const auto* keep_clear : {&channels, &kNone})
        if (!named) named = try_place(m, name, w, lo, hi, lines, *keep_clear, false);
      if (named) break;
    }
    if (!named) {
      // No room beside the diamond: a number here, the name in the key under the chart.
      std::string number = b.locale().number(next_number++);
      m.numbered = true;
      m.key = {number, ms.label + " (" + date_text(ms.date, b.locale()) + ")"};
      if (!try_place(m, number, b.text_width(number, g.f.small, FontStyle::bold), lo, hi, lines, channels,
                     true)) {
        m.text.clear();
        m.key.number.clear();
        --next_number;
      }
    }
    r.marks.push_back(std::move(m));
  }
  r.mark_lines = 0;
  for (int k = 0; k < kMarkLines; ++k)
    if (!lines[k].empty()) r.mark_lines = k + 1;
  double text_block = r.label_lines.size() * g.line_label + (r.owner.empty() ? 0 : g.line_small);
  double bar_block =
      std::max(g.line_label, g.bar_height) + r.mark_lines * g.line_mark + (r.mark_lines ? 2 : 0);
  r.height = GanttGeometry::kPad * 2 + std::max(text_block, bar_block);
  return r;
}

}  // namespace planforge::detail::charts
