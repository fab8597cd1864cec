#include "engine/numbering.hpp"

#include <algorithm>

namespace planforge::detail {

std::string appendix_letter(int n) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
  return out;
}

void HeadingNumberer::number(Heading& heading, bool appendix) {
  if (appendix && !in_appendix_) {  // appendices count A, B… afresh
    in_appendix_ = true;
    counters_.clear();
    numbers_.clear();
  }
  const auto level = static_cast<std::size_t>(std::max(1, heading.level));
  heading.level = std::min<int>(static_cast<int>(level), max_heading_level);
  if (!heading.in_toc) return;
  counters_.resize(level, 0);
  numbers_.resize(level);
  if (!heading.label.empty()) {
    numbers_[level - 1] = heading.label;
    return;
  }
  const int n = ++counters_[level - 1];
  std::string own = level == 1 && in_appendix_ ? appendix_letter(n) : std::to_string(n);
  const std::string& parent = level > 1 ? numbers_[level - 2] : std::string();
  numbers_[level - 1] = parent.empty() ? own : parent + "." + own;
  heading.label = numbers_[level - 1];
}

}  // namespace planforge::detail
