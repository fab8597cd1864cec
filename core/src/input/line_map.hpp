#pragma once
// Byte offsets in a file → 1-based line and column (columns count code points, as editors
// do). Built from the bytes as read, before pugixml rewrites them in place; it keeps what it
// needs, so later questions never look at the (rewritten) bytes again.

#include <cstdint>
#include <string_view>
#include <vector>

namespace planforge::detail {

struct LineColumn {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

class LineMap {
 public:
  explicit LineMap(std::string_view text);

  LineColumn locate(std::size_t offset);

 private:
  // UTF-8 continuation bytes before `offset`, in O(1): a count per 64-byte block and a
  // bit per byte inside it. Empty for a pure-ASCII file, where a column is a byte count.
  std::size_t continuations_before(std::size_t offset) const;

  std::size_t size_ = 0;
  std::vector<std::uint32_t> starts_;        // offset of each line's first byte
  std::vector<std::uint32_t> block_counts_;  // continuation bytes before each 64-byte block
  std::vector<std::uint64_t> block_bits_;    // which bytes of each block are continuations
  std::size_t cursor_line_ = 0;              // the last answer's line: queries mostly move
                                             // forward, a few lines at a time
};

}  // namespace planforge::detail
