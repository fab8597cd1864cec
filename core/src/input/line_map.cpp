#include "input/line_map.hpp"

#include <algorithm>
#include <cstring>

namespace planforge::detail {

namespace {

// Bit i set when byte i of the eight is a continuation byte (10xxxxxx).
std::uint64_t continuation_bits(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  // Bit 7 set and bit 6 clear; the shift lines each byte's bit 6 up with its bit 7.
  const std::uint64_t tops = w & ~(w << 1) & 0x8080808080808080ull;
  // Gather the eight top bits into one byte (bit 7 of byte i → bit i).
  return (tops >> 7) * 0x0102040810204080ull >> 56;
}

}  // namespace

LineMap::LineMap(std::string_view text) : size_(text.size()) {
  // A UTF-8 byte order mark is invisible to an editor: line 1 starts after it.
  const std::size_t first = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  starts_.push_back(static_cast<std::uint32_t>(first));
  if (std::memchr(text.data(), '\r', text.size()) == nullptr) {
    // The common case: memchr over the buffer is far faster than a byte loop.
    const char* p = text.data();
    const char* end = p + text.size();
    while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
      p = static_cast<const char*>(nl) + 1;
      starts_.push_back(static_cast<std::uint32_t>(p - text.data()));
    }
  } else {
    // CR LF, LF and a lone CR (old Mac files) each end a line, as XML says.
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
        starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }

  const bool ascii = std::none_of(text.begin(), text.end(), [](char c) { return c & 0x80; });
  if (ascii) return;
  const std::size_t blocks = text.size() / 64 + 1;
  block_counts_.resize(blocks);
  block_bits_.resize(blocks);
  std::uint32_t total = 0;
  for (std::size_t b = 0; b < blocks; ++b) {
    block_counts_[b] = total;
    std::uint64_t bits = 0;
    const std::size_t start = b * 64;
    for (std::size_t k = 0; k < 64; k += 8) {
      if (start + k + 8 <= text.size()) {
        bits |= continuation_bits(text.data() + start + k) << k;
      } else {
        for (std::size_t i = start + k; i < std::min(start + k + 8, text.size()); ++i)
          if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) bits |= std::uint64_t{1} << (i - start);
      }
    }
    block_bits_[b] = bits;
    total += static_cast<std::uint32_t>(__builtin_popcountll(bits));
  }
}

std::size_t LineMap::continuations_before(std::size_t offset) const {
  if (block_counts_.empty()) return 0;
  const std::size_t b = offset / 64, bit = offset % 64;
  const std::uint64_t below = bit == 0 ? 0 : block_bits_[b] & (~std::uint64_t{0} >> (64 - bit));
  return block_counts_[b] + static_cast<std::size_t>(__builtin_popcountll(below));
}

LineColumn LineMap::locate(std::size_t offset) {
  offset = std::min(offset, size_);
  if (offset < starts_.front()) return {1, 1};
  std::size_t line = cursor_line_;
  if (offset >= starts_[line]) {
    // Forward line by line: queries come in document order, so this walks each line start
    // once in all, where a binary search would miss the cache.
    while (line + 1 < starts_.size() && starts_[line + 1] <= offset) ++line;
  } else {
    line =
        static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) -
        1;
  }
  cursor_line_ = line;
  const std::size_t start = starts_[line];
  const std::size_t bytes = offset - start;
  const std::size_t column = bytes - (continuations_before(offset) - continuations_before(start)) + 1;
  return {static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(column)};
}

}  // namespace planforge::detail
