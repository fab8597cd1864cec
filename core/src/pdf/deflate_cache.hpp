#pragma once
// Deflated page contents kept by their bytes, for a program that renders the same plan
// again and again (planforge watch, through a RenderCache): a save that changes one
// paragraph repaints most pages exactly as before, and deflating their contents was a tenth
// of such a render. An entry is found by a hash of the page's content and used only when
// the content is byte for byte the same, so the PDF is the one a fresh render writes.
//
// Bounded: at most `max_bytes` of contents and their deflated forms in all, the page used
// longest ago going first; a document larger than that simply finds less. Thread-safe: the
// painting threads of one render (page_workers.hpp) look up and add at once; deflating
// happens outside the lock, and answers are copies, so an entry evicted meanwhile is no harm.

#include <cstdint>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace planforge::detail {

class DeflateCache {
 public:
  static constexpr std::size_t max_bytes = 64u << 20;

  // The deflated form of `content`, made by `deflate` unless the same bytes are kept.
  template <class Deflate>
  std::vector<std::uint8_t> get(std::string_view content, const Deflate& deflate) {
    const std::size_t key = hash(content);
    {
      std::lock_guard lock(mutex_);
      if (const Entry* kept = find(key, content)) {
        ++hits_;
        return kept->deflated;
      }
    }
    std::vector<std::uint8_t> made = deflate();
    std::lock_guard lock(mutex_);
    if (!find(key, content)) add(key, content, made);  // another thread may have added it
    return made;
  }

  std::size_t hits() const {
    std::lock_guard lock(mutex_);
    return hits_;
  }

 private:
  struct Entry {
    std::size_t key;
    std::string content;
    std::vector<std::uint8_t> deflated;
  };
  static std::size_t hash(std::string_view bytes);
  static std::size_t size_of(const Entry& e) { return e.content.size() + e.deflated.size(); }
  // The entry of `content`, made the most recently used; null if none.
  const Entry* find(std::size_t key, std::string_view content);
  void add(std::size_t key, std::string_view content, const std::vector<std::uint8_t>& deflated);
  void evict_oldest();

  mutable std::mutex mutex_;
  std::list<Entry> entries_;                                                // most recently used first
  std::unordered_multimap<std::size_t, std::list<Entry>::iterator> index_;  // lookups only, never iterated
  std::size_t bytes_ = 0, hits_ = 0;
};

}  // namespace planforge::detail
