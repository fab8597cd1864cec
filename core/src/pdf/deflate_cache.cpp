#include "pdf/deflate_cache.hpp"

#include <functional>

namespace planforge::detail {

std::size_t DeflateCache::hash(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

const DeflateCache::Entry* DeflateCache::find(std::size_t key, std::string_view content) {
  const auto [first, last] = index_.equal_range(key);
  for (auto it = first; it != last; ++it) {
    if (it->second->content != content) continue;  // another content, same hash
    entries_.splice(entries_.begin(), entries_, it->second);
    return &*it->second;
  }
  return nullptr;
}

void DeflateCache::add(std::size_t key, std::string_view content, const std::vector<std::uint8_t>& deflated) {
  entries_.push_front({key, std::string(content), deflated});
  index_.emplace(key, entries_.begin());
  bytes_ += size_of(entries_.front());
  while (bytes_ > max_bytes && entries_.size() > 1) evict_oldest();
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
