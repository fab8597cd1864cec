#include "sdk/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace planforge::detail::loader {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rolling rows are enough for the transposition rule (optimal string alignment).
  const std::size_t n = b.size();
  std::vector<std::size_t> before(n + 1), prev(n + 1), cur(n + 1);
  std::iota(prev.begin(), prev.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= n; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[n];
}

std::string closest_name(std::string_view word, const std::vector<std::string_view>& candidates) {
  // Short words tolerate one edit, longer ones a few: "tiltle" → "title", but "id" is not
  // a typo of "to".
  const std::size_t limit = word.size() <= 4 ? 1 : word.size() <= 9 ? 2 : 3;
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    const std::size_t d = edit_distance(word, candidate);
    if (d < best_distance && d < std::max(word.size(), candidate.size())) {
      best = candidate;
      best_distance = d;
    }
  }
  return std::string(best);
}

std::vector<std::string> did_you_mean(std::string_view word,
                                      const std::vector<std::string_view>& candidates) {
  std::string best = closest_name(word, candidates);
  if (best.empty()) return {};
  return {"did you mean '" + best + "'?"};
}

std::string join_choices(const std::vector<std::string_view>& names, std::string_view last_sep) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? last_sep : std::string_view(", ");
    out += names[i];
  }
  return out;
}

}  // namespace planforge::detail::loader
