#pragma once
// "Did you mean" hints: the closest known name to a misspelt one, by edit distance.

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

// Levenshtein distance with adjacent transpositions counted as one edit ("sectoin").
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a likely typo; empty
// otherwise. Ties go to the earliest candidate, so the result is deterministic.
std::string closest_name(std::string_view word, const std::vector<std::string_view>& candidates);

// {"did you mean 'x'?"} or {} — ready to pass as the hints of a diagnostic.
std::vector<std::string> did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

// "a, b or c" for messages that list the allowed values.
std::string join_choices(const std::vector<std::string_view>& names, std::string_view last_sep = " or ");

// Turns an initializer list into the vector the functions above take.
inline std::vector<std::string_view> names(std::initializer_list<std::string_view> list) {
  return {list.begin(), list.end()};
}

}  // namespace planforge::detail::loader
