#include "pdf/deflate_cache.hpp"

#include <functional>
#include <string_view>

namespace planforge::detail {

std::size_t DeflateCache::hash(const std::vector<std::uint8_t>& bytes) {
  return std::hash<std::string_view>{}(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

void DeflateCache::evict_oldest() {
  const auto oldest = std::prev(entries_.end());
  const auto [first, last] = index_.equal_range(oldest->key);
  for (auto it = first; it != last; ++it)
    if (it->second == oldest) {
      index_.erase(it);
      break;
    }
  bytes_ -= size_of(*oldest);
  entries_.erase(oldest);
}

}  // namespace planforge::detail
