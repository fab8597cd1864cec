#pragma once
// A numbered key under a chart ("1  Go-live, 30 Jun 2027"), for labels that did not fit
// beside their mark. Entries fill columns top to bottom.

#include "charts/canvas.hpp"

#include <string>
#include <vector>

namespace planforge::detail::charts {

struct KeyEntry {
  std::string number;  // may be empty
  std::string text;
};

double key_height(const SectionBuilder& b, const std::vector<KeyEntry>& entries, double width, double size);

// The entries that fit in `max_height`: when not all do, the last one says how many more
// were left out.
std::vector<KeyEntry> fit_key(const SectionBuilder& b, std::vector<KeyEntry> entries, double width,
                              double size, double max_height);

// Draws the key with its top at `y`; returns its height.
double draw_key(Canvas& c, const std::vector<KeyEntry>& entries, double x, double y, double width,
                double size);

}  // namespace planforge::detail::charts
