#pragma once
// Deflated page contents kept by their bytes, for a program that renders the same plan
// again and again (planforge watch, through a RenderCache): a save that changes one
// paragraph repaints most pages exactly as before, and deflating their contents was a tenth
// of such a render. An entry is found by a hash of the page's content and used only when
// the content is byte for byte the same, so the PDF is the one a fresh render writes.
//
// Bounded: at most `max_bytes` of contents and their deflated forms in all, the page used
// longest ago going first; a document larger than that simply finds less. Not thread-safe:
// one render at a time uses it.

#include <cstdint>
#include <list>
#include <unordered_map>
#include <vector>

namespace planforge::detail {

class DeflateCache {
 public:
  static constexpr std::size_t max_bytes = 64u << 20;

  // The deflated form of `content`, made by `deflate` unless the same bytes are kept.
  template <class Deflate>
  const std::vector<std::uint8_t>& get(const std::vector<std::uint8_t>& content, const Deflate& deflate) {
    const std::size_t key = hash(content);
    const auto [first, last] = index_.equal_range(key);
    for (auto it = first; it != last; ++it) {
      if (it->second->content != content) continue;  // another content, same hash
      entries_.splice(entries_.begin(), entries_, it->second);
      ++hits_;
      return it->second->deflated;
    }
    entries_.push_front({key, content, deflate()});
    index_.emplace(key, entries_.begin());
    bytes_ += size_of(entries_.front());
    while (bytes_ > max_bytes && entries_.size() > 1) evict_oldest();
    return entries_.front().deflated;
  }

  std::size_t hits() const { return hits_; }

 private:
  struct Entry {
    std::size_t key;
    std::vector<std::uint8_t> content, deflated;
  };
  static std::size_t hash(const std::vector<std::uint8_t>& bytes);
  static std::size_t size_of(const Entry& e) { return e.content.size() + e.deflated.size(); }
  void evict_oldest();

  std::list<Entry> entries_;                                                // most recently used first
  std::unordered_multimap<std::size_t, std::list<Entry>::iterator> index_;  // lookups only, never iterated
  std::size_t bytes_ = 0, hits_ = 0;
};

}  // namespace planforge::detail
