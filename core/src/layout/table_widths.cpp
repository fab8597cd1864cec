// Column widths from content.

#include "layout/table_model.hpp"

#include <algorithm>
#include <cmath>

namespace planforge::detail {

std::vector<double> distribute_widths(const std::vector<ColumnNeed>& needs,
                                      const std::vector<double>& fractions, double total) {
  const std::size_t n = needs.size();
  std::vector<double> widths(n, 0);
  if (n == 0) return widths;
  auto fraction = [&](std::size_t i) { return i < fractions.size() ? std::max(0.0, fractions[i]) : 0.0; };

  double fixed_share = 0;
  std::vector<std::size_t> automatic;
  for (std::size_t i = 0; i < n; ++i) {
    if (fraction(i) > 0)
      fixed_share += fraction(i);
    else
      automatic.push_back(i);
  }
  // Shares over 1, or shares with no automatic column to take the rest, are normalised.
  const double scale = (fixed_share > 1 || (automatic.empty() && fixed_share > 0)) ? 1 / fixed_share : 1;
  for (std::size_t i = 0; i < n; ++i)
    if (fraction(i) > 0) widths[i] = fraction(i) * scale * total;
  if (automatic.empty()) return widths;

  const double rest = std::max(0.0, total - fixed_share * scale * total);
  double sum_min = 0, sum_pref = 0;
  for (std::size_t i : automatic) {
    sum_min += needs[i].min;
    sum_pref += std::max(needs[i].pref, needs[i].min);
  }
  for (std::size_t i : automatic) {
    const double min = needs[i].min;
    const double pref = std::max(needs[i].pref, min);
    if (sum_pref <= 0)
      widths[i] = rest / automatic.size();
    else if (sum_pref <= rest)
      widths[i] = pref + (rest - sum_pref) * pref / sum_pref;
    else if (sum_min <= rest && sum_pref > sum_min)
      widths[i] = min + (pref - min) * (rest - sum_min) / (sum_pref - sum_min);
    else
      widths[i] = sum_min > 0 ? min * rest / sum_min : rest / automatic.size();
  }
  return widths;
}

namespace {

// Wrapped lines are never quite full: a line loses part of a word at its end.
constexpr double fill_ratio = 0.9;

class Balancer {
 public:
  Balancer(const std::vector<ColumnNeed>& needs, const std::vector<CellNeed>& cells,
           std::vector<double>& widths, std::vector<bool> adjustable)
      : needs_(needs),
        cells_(cells),
        widths_(widths),
        adjustable_(std::move(adjustable)),
        lines_(cells.size()),
        covering_(widths.size()) {
    for (std::size_t k = 0; k < cells_.size(); ++k) {
      // Cells arrive row by row; a cell at or left of the previous one starts a new row.
      if (k == 0 || cells_[k].column <= cells_[k - 1].column) rows_.emplace_back();
      rows_.back().cells.push_back(k);
      for (std::size_t c = cells_[k].column; c < cells_[k].column + cells_[k].span && c < widths_.size(); ++c)
        covering_[c].emplace_back(rows_.size() - 1, k);
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      for (std::size_t k : rows_[r].cells) lines_[k] = lines(cells_[k], cell_width(cells_[k]));
      update_row(r);
    }
  }

  // Spends `budget` points; returns what could not be spent usefully.
  double run(double budget) {
    for (int guard = 0; guard < 5000 && budget > 1e-6; ++guard) {
      const Step step = best_step(budget);
      if (step.column < 0) break;
      widths_[step.column] += step.extra;
      budget -= step.extra;
      // Only the cells under the widened column change, and only their rows.
      for (const auto& [row, k] : covering_[step.column]) {
        lines_[k] = lines(cells_[k], cell_width(cells_[k]));
        update_row(row);
      }
    }
    return budget;
  }

 private:
  struct Step {
    int column = -1;
    double extra = 0;
  };
  struct Row {
    std::vector<std::size_t> cells;
    int tallest = 0, second = 0, tallest_count = 0;
  };

  void update_row(std::size_t r) {
    Row& row = rows_[r];
    row.tallest = row.second = row.tallest_count = 0;
    for (std::size_t k : row.cells) {
      const int l = lines_[k];
      if (l > row.tallest) {
        row.second = row.tallest;
        row.tallest = l;
        row.tallest_count = 1;
      } else if (l == row.tallest) {
        ++row.tallest_count;
      } else {
        row.second = std::max(row.second, l);
      }
    }
  }

  double cell_width(const CellNeed& c) const {
    double w = 0;
    for (std::size_t i = c.column; i < c.column + c.span && i < widths_.size(); ++i) w += widths_[i];
    return w;
  }

  int lines(const CellNeed& c, double width) const {
    if (c.text_width <= 0) return std::max(1, c.hard_lines);
    const double usable = std::max(1.0, width - c.extra) * fill_ratio;
    return std::max({1, c.hard_lines, static_cast<int>(std::ceil(c.text_width / usable - 1e-9))});
  }

  // The column and extra width that shorten the table most per point spent.
  Step best_step(double budget) {
    Step best;
    double best_ratio = 0;
    for (std::size_t col = 0; col < widths_.size(); ++col) {
      if (!adjustable_[col]) continue;
      const double room = std::min(budget, std::max(needs_[col].pref, needs_[col].min) - widths_[col]);
      if (room <= 1e-6) continue;
      // For each row where this column's cell alone sets the height: the extra width that
      // takes a line off that cell, and the height the row then loses.
      events_.clear();
      for (const auto& [r, k] : covering_[col]) {
        const Row& row = rows_[r];
        const CellNeed& c = cells_[k];
        const int mine = lines_[k];
        if (mine != row.tallest || row.tallest_count > 1 || mine <= std::max(1, c.hard_lines)) continue;
        const double needed = c.text_width / ((mine - 1) * fill_ratio) + c.extra;
        const double extra = needed - cell_width(c) + 0.01;
        if (extra <= room) events_.emplace_back(extra, mine - std::max(mine - 1, row.second));
      }
      std::sort(events_.begin(), events_.end());
      int gain = 0;
      for (const auto& [extra, g] : events_) {
        gain += g;
        const double ratio = gain / std::max(extra, 0.01);
        if (ratio > best_ratio) {
          best_ratio = ratio;
          best = {static_cast<int>(col), std::max(extra, 0.01)};
        }
      }
    }
    return best;
  }

  const std::vector<ColumnNeed>& needs_;
  const std::vector<CellNeed>& cells_;
  std::vector<double>& widths_;
  const std::vector<bool> adjustable_;
  std::vector<int> lines_;                                                  // per cell, at current widths
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> covering_;  // per column: (row, cell)
  std::vector<Row> rows_;
  std::vector<std::pair<double, int>> events_;
};

// Raises columns below their longest word (fixed shares set too small, or shares scaled
// down) to it, taking the room from columns above theirs: letters of one word are only
// split when the words cannot fit side by side at all.
void respect_minimums(const std::vector<ColumnNeed>& needs, std::vector<double>& widths) {
  double deficit = 0, surplus = 0, sum_min = 0, total = 0;
  for (std::size_t i = 0; i < needs.size(); ++i) {
    deficit += std::max(0.0, needs[i].min - widths[i]);
    surplus += std::max(0.0, widths[i] - needs[i].min);
    sum_min += needs[i].min;
    total += widths[i];
  }
  if (deficit <= 1e-9) return;
  if (sum_min > total) {
    // Not even the longest words fit side by side: every column gets half an equal share
    // and the rest in proportion to its longest word, so none is squeezed to nothing (nor
    // keeps a fixed share while others break words between letters).
    const double floor = total / needs.size() / 2;
    for (std::size_t i = 0; i < needs.size(); ++i) widths[i] = floor + needs[i].min * (total / 2) / sum_min;
    return;
  }
  if (surplus <= 1e-9) return;
  for (std::size_t i = 0; i < needs.size(); ++i) {
    if (widths[i] < needs[i].min)
      widths[i] = needs[i].min;
    else
      widths[i] -= deficit * (widths[i] - needs[i].min) / surplus;
  }
}

}  // namespace

std::vector<double> balance_widths(const std::vector<ColumnNeed>& needs, const std::vector<CellNeed>& cells,
                                   const std::vector<double>& fractions, double total) {
  std::vector<double> widths = distribute_widths(needs, fractions, total);
  std::vector<bool> adjustable(needs.size());
  double rest = total, sum_min = 0, sum_pref = 0;
  for (std::size_t i = 0; i < needs.size(); ++i) {
    adjustable[i] = !(i < fractions.size() && fractions[i] > 0);
    if (!adjustable[i]) {
      rest -= widths[i];
      continue;
    }
    sum_min += needs[i].min;
    sum_pref += std::max(needs[i].pref, needs[i].min);
  }
  // Everything fits on one line, or not even the minimums fit: nothing to balance.
  if (sum_pref <= rest || sum_min >= rest) {
    respect_minimums(needs, widths);
    return widths;
  }

  for (std::size_t i = 0; i < needs.size(); ++i)
    if (adjustable[i]) widths[i] = needs[i].min;
  const double left = Balancer(needs, cells, widths, adjustable).run(rest - sum_min);
  // What did not shorten anything goes where content still wants room.
  double wanting = 0;
  for (std::size_t i = 0; i < needs.size(); ++i)
    if (adjustable[i]) wanting += std::max(0.0, std::max(needs[i].pref, needs[i].min) - widths[i]);
  for (std::size_t i = 0; i < needs.size() && wanting > 0; ++i)
    if (adjustable[i])
      widths[i] += left * std::max(0.0, std::max(needs[i].pref, needs[i].min) - widths[i]) / wanting;
  respect_minimums(needs, widths);
  return widths;
}

}  // namespace planforge::detail
