#pragma once
// What was made from a file (font metrics, decoded pixels), kept for as long as the file
// stays the same: a program that renders again and again (planforge watch) reads an
// unchanged font or logo once, and a changed one again at once.
//
// "The same" is the file's identity as stat(2) gives it — device, inode, size, modification
// and status-change times — taken before the file is read. Any write, rename over it,
// `touch` or `cp` changes at least one of them, with one exception: file systems stamp
// times from a coarse clock (a few milliseconds; a second or two on some), so two writes of
// the same size inside one tick may leave the same identity. Hence, as git does for its
// index, a file changed less than `settle` ago (two seconds by default) is read but not
// kept: an entry is only ever made for a file whose next change must show in its times. A
// file changed between the stat and the read is read new and kept under the older
// identity, so the next lookup reads it once more: never stale, at worst read twice.
//
// Bounded: at most `capacity` entries and, when given, `max_weight` in all (a decoded
// image's bytes, say); the entry used longest ago goes first. Not thread-safe: one render
// at a time uses it.

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

namespace planforge::detail {

// A file's identity (see above); nullopt when the file cannot be stat'ed.
struct FileIdentity {
  std::uint64_t device = 0, inode = 0, size = 0;
  std::int64_t modified_ns = 0, changed_ns = 0;
  bool operator==(const FileIdentity&) const = default;
};
std::optional<FileIdentity> identity_of(const std::filesystem::path& file);
// The time file systems stamp files with (CLOCK_REALTIME), in nanoseconds since 1970.
std::int64_t now_ns();

template <class T>
class FileCache {
 public:
  explicit FileCache(std::size_t capacity, std::uint64_t max_weight = 0,
                     std::function<std::uint64_t(const T&)> weight = {},
                     std::chrono::nanoseconds settle = std::chrono::seconds(2))
      : capacity_(capacity), settle_(settle), max_weight_(max_weight), weight_(std::move(weight)) {}

  // What `make` makes of `file`, from the cache while the file is unchanged. `make` may
  // throw (the file is not usable): nothing is kept then, and the exception goes on.
  std::shared_ptr<const T> get(const std::filesystem::path& file, const std::function<T()>& make) {
    const std::optional<FileIdentity> id = identity_of(file);
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
      if (it->file != file) continue;
      if (id && it->identity == *id) {
        entries_.splice(entries_.begin(), entries_, it);  // used now: last to go
        ++hits_;
        return it->value;
      }
      total_weight_ -= it->weight;
      entries_.erase(it);  // the file changed (or went): its entry is of no use
      break;
    }
    const std::int64_t now = now_ns();
    auto value = std::make_shared<const T>(make());
    // Not kept: a file stat could not see, or one changed too recently (see above).
    if (!id || now - std::max(id->modified_ns, id->changed_ns) < settle_.count()) return value;
    const std::uint64_t weight = weight_ ? weight_(*value) : 0;
    if (max_weight_ && weight > max_weight_) return value;
    entries_.push_front({file, *id, value, weight});
    total_weight_ += weight;
    while (entries_.size() > capacity_ || (max_weight_ && total_weight_ > max_weight_)) {
      total_weight_ -= entries_.back().weight;
      entries_.pop_back();
    }
    return value;
  }

  std::size_t size() const { return entries_.size(); }
  std::size_t hits() const { return hits_; }

 private:
  struct Entry {
    std::filesystem::path file;
    FileIdentity identity;
    std::shared_ptr<const T> value;
    std::uint64_t weight = 0;
  };
  std::size_t capacity_;
  std::chrono::nanoseconds settle_;
  std::uint64_t max_weight_;
  std::function<std::uint64_t(const T&)> weight_;
  std::list<Entry> entries_;  // most recently used first; a few dozen at most
  std::uint64_t total_weight_ = 0;
  std::size_t hits_ = 0;
};

}  // namespace planforge::detail
