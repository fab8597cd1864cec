#include "charts/key.hpp"

#include <algorithm>

namespace planforge::detail::charts {

namespace {
constexpr double kTopGap = 6;
constexpr double kNumberGap = 4;
constexpr double kColumnGap = 14;

struct KeyLayout {
  int columns = 1, rows = 0;
  double column_width = 0, number_width = 0;
};

KeyLayout layout(const SectionBuilder& b, const std::vector<KeyEntry>& entries, double width, double size) {
  KeyLayout k;
  double widest = 0;
  for (const auto& e : entries) {
    k.number_width = std::max(k.number_width, b.text_width(e.number, size, FontStyle::bold));
    widest = std::max(widest, b.text_width(e.text, size, FontStyle::regular));
  }
  double natural = k.number_width + kNumberGap + widest + kColumnGap;
  k.columns = std::clamp(static_cast<int>(width / std::max(natural, 1.0)), 1, 4);
  k.column_width = width / k.columns;
  k.rows = static_cast<int>((entries.size() + k.columns - 1) / k.columns);
  return k;
}

// The last line of a key that leaves entries out: "and 3 more".
KeyEntry more_entries(const SectionBuilder& b, std::size_t count) {
  return {"", b.locale().text("chart.more-entries", {{"count", static_cast<long>(count)}})};
}
}  // namespace

double key_height(const SectionBuilder& b, const std::vector<KeyEntry>& entries, double width, double size) {
  if (entries.empty()) return 0;
  return kTopGap + layout(b, entries, width, size).rows * size * 1.35 + size * 0.35;
}

std::vector<KeyEntry> fit_key(const SectionBuilder& b, std::vector<KeyEntry> entries, double width,
                              double size, double max_height) {
  if (key_height(b, entries, width, size) <= max_height) return entries;
  // Fewest entries dropped: the height grows with the entries, so search the count.
  std::size_t lo = 0, hi = entries.size();
  auto fits = [&](std::size_t keep) {
    std::vector<KeyEntry> cut(entries.begin(), entries.begin() + static_cast<long>(keep));
    cut.push_back(more_entries(b, entries.size() - keep));
    return key_height(b, cut, width, size) <= max_height;
  };
  if (!fits(0)) return {};
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (fits(mid))
      lo = mid;
    else
      hi = mid - 1;
  }
  const std::size_t dropped = entries.size() - lo;
  entries.resize(lo);
  entries.push_back(more_entries(b, dropped));
  return entries;
}

double draw_key(Canvas& c, const std::vector<KeyEntry>& entries, double x, double y, double width,
                double size) {
  if (entries.empty()) return 0;
  KeyLayout k = layout(c.builder(), entries, width, size);
  const Palette& pal = c.palette();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    double cx = x + static_cast<double>(i / k.rows) * k.column_width;
    double base = y + kTopGap + static_cast<double>(i % k.rows) * size * 1.35 + size * 1.07;
    double text_x = cx + (k.number_width > 0 ? k.number_width + kNumberGap : 0);
    if (!entries[i].number.empty())
      c.text({cx + k.number_width, base}, entries[i].number, size, pal.text, FontStyle::bold,
             TextAnchor::end);
    c.text({text_x, base},
           ellipsize(c.builder().measure(), entries[i].text, cx + k.column_width - kColumnGap - text_x, size),
           size, pal.text);
  }
  return kTopGap + k.rows * size * 1.35 + size * 0.35;
}

}  // namespace planforge::detail::charts
