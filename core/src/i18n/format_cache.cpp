#include "i18n/format_cache.hpp"

namespace planforge::detail {

namespace {

// The entry for `key` in `map`, made by `make` when missing; with the map full, a formatter
// made for this call only, held in `spare`.
template <class Map, class Key, class Make, class Value = typename Map::mapped_type>
const Value& find_or_make(Map& map, const Key& key, const Make& make, Value& spare) {
  if (const auto it = map.find(key); it != map.end()) return it->second;
  if (map.size() >= FormatCache::capacity) return spare = Value(make());
  return map.emplace(key, Value(make())).first->second;
}

}  // namespace

std::shared_ptr<const icu::number::LocalizedNumberFormatter> FormatCache::number(
    const NumberKey& key, const std::function<icu::number::LocalizedNumberFormatter()>& make) const {
  // Built outside the lock: two threads may both build the first one; one is kept.
  {
    const std::lock_guard lock(mutex_);
    if (const auto it = numbers_.find(key); it != numbers_.end()) return it->second;
  }
  auto made = std::make_shared<const icu::number::LocalizedNumberFormatter>(make());
  const std::lock_guard lock(mutex_);
  if (numbers_.size() >= capacity) return made;
  return numbers_.emplace(key, std::move(made)).first->second;
}

void FormatCache::with_date(const DateKey& key, const std::function<std::unique_ptr<icu::DateFormat>()>& make,
                            const std::function<void(const icu::DateFormat&)>& use) const {
  const std::lock_guard lock(mutex_);
  std::unique_ptr<icu::DateFormat> spare;
  use(*find_or_make(dates_, key, make, spare));
}

void FormatCache::with_date_range(const DateKey& key,
                                  const std::function<std::unique_ptr<icu::DateIntervalFormat>()>& make,
                                  const std::function<void(const icu::DateIntervalFormat&)>& use) const {
  const std::lock_guard lock(mutex_);
  std::unique_ptr<icu::DateIntervalFormat> spare;
  use(*find_or_make(ranges_, key, make, spare));
}

}  // namespace planforge::detail
