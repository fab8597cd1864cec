#pragma once
// Compares two indexed versions of a plan (plan_index.hpp) into the changes a reviewer reads.

#include "diff/plan_index.hpp"

#include <planforge/plan_diff.hpp>

namespace planforge::detail::diff {

// The changes from `before` to `after`, grouped by section in the order of `after` (removed
// sections last), and the ids of the elements added or changed; worded in the language of
// `words` (vocabulary.hpp).
void compare(const PlanIndex& before, const PlanIndex& after, const Locale& words, PlanDiff& out);

// The narrative of one element: the paragraphs, list items, table rows and notes that were
// added, removed or changed, as "1 paragraph changed, 2 table rows added", with details.
// Matching is by equal text (any order), then by kind in order: linear in the blocks.
bool compare_narrative(const std::vector<Block>& before, const std::vector<Block>& after, const Locale& words,
                       std::string& summary, std::vector<std::string>& details, Location& where);

// A text for a line of the diff: at most `limit` characters (code points), cut at a word.
std::string excerpt(const std::string& text, std::size_t limit = 80);

// Two versions of a text, each cut to about `limit` characters around where they first
// differ, so that a reader sees the change and not two equal beginnings.
std::pair<std::string, std::string> excerpts(const std::string& before, const std::string& after,
                                             std::size_t limit = 80);

}  // namespace planforge::detail::diff
