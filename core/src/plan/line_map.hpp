#pragma once
// Byte offsets in a file → 1-based line and column (columns count code points, as editors
// do). Built once per file from the bytes as read, before pugixml rewrites them in place.

#include <cstdint>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

struct LineColumn {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

class LineMap {
 public:
  explicit LineMap(std::string_view text);

  // Where `offset` is. Queries in increasing order (document order) cost only the bytes
  // between them, so locating every node of a file stays linear in its size even when the
  // file is one enormous line.
  LineColumn locate(std::size_t offset);

  std::size_t line_count() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;   // offset of the first byte of each line
  std::size_t cursor_offset_ = 0;     // the last answer, to continue from
  LineColumn cursor_;
  std::size_t cursor_line_index_ = 0;
};

}  // namespace planforge::detail::loader
