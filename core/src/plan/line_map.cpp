#include "plan/line_map.hpp"

#include <algorithm>
#include <cstring>

namespace planforge::detail::loader {

namespace {

// Code points in [from, to): every byte that is not a UTF-8 continuation byte.
std::uint32_t code_points(std::string_view text, std::size_t from, std::size_t to) {
  std::uint32_t n = 0;
  for (std::size_t i = from; i < to; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

LineMap::LineMap(std::string_view text) : text_(text) {
  // A UTF-8 byte order mark is invisible to an editor: line 1 starts after it.
  const std::size_t first = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  starts_.push_back(first);
  const bool has_cr = std::memchr(text.data(), '\r', text.size()) != nullptr;
  if (!has_cr) {
    // The common case: memchr over the buffer is far faster than a byte loop.
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
      const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
      if (!nl) break;
      p = static_cast<const char*>(nl) + 1;
      starts_.push_back(static_cast<std::size_t>(p - text.data()));
    }
  } else {
    // CR LF, LF and a lone CR (old Mac files) each end a line, as XML says.
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
        starts_.push_back(i + 1);
    }
  }
  cursor_offset_ = first;
}

LineColumn LineMap::locate(std::size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset < starts_.front()) return {1, 1};
  std::size_t index;
  if (offset >= cursor_offset_) {
    // Forward from the last answer, line by line: queries come in document order, so this
    // walks each line start once in all, where a binary search would miss the cache.
    index = cursor_line_index_;
    while (index + 1 < starts_.size() && starts_[index + 1] <= offset) ++index;
  } else {
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    index = static_cast<std::size_t>(it - starts_.begin()) - 1;
  }
  LineColumn result{static_cast<std::uint32_t>(index + 1), 1};
  if (index == cursor_line_index_ && offset >= cursor_offset_)
    result.column = cursor_.column + code_points(text_, cursor_offset_, offset);
  else
    result.column = 1 + code_points(text_, starts_[index], offset);
  cursor_offset_ = offset;
  cursor_ = result;
  cursor_line_index_ = index;
  return result;
}

}  // namespace planforge::detail::loader
