#pragma once
// What a test asks of a text it read back (a PDF's words, a program's output): shared by the
// unit and integration tests.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace planforge::testing {

inline bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// The needles `haystack` lacks, quoted and comma-separated; empty when it has them all. For
// CHECK(missing(text, {"a", "b"}) == ""), which names every missing one when it fails.
inline std::string missing(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  std::string out;
  for (std::string_view needle : needles)
    if (!contains(haystack, needle)) out += (out.empty() ? "'" : ", '") + std::string(needle) + "'";
  return out;
}

// The entries of `expected` that `values` (a map of strings) lacks or holds otherwise, as
// "key: 'actual' (expected 'wanted')"; empty when all match. For CHECK(... == "").
template <typename Map>
std::string mismatches(const Map& values,
                       std::initializer_list<std::pair<std::string_view, std::string_view>> expected) {
  std::string out;
  for (const auto& [key, wanted] : expected) {
    const auto found = values.find(std::string(key));
    const std::string actual = found == values.end() ? "(none)" : "'" + found->second + "'";
    if (found == values.end() || found->second != wanted)
      out += (out.empty() ? "" : "; ") + std::string(key) + ": " + actual + " (expected '" +
             std::string(wanted) + "')";
  }
  return out;
}

// Occurrences of `needle` in `haystack`, overlapping ones too.
inline std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  if (needle.empty()) return 0;
  for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace planforge::testing
