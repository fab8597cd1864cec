// DeflateCache (pdf/deflate_cache.hpp): a page content is deflated once while the same bytes
// come back, never answered for other bytes, and the cache stays within its bound.
#include "pdf/deflate_cache.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using planforge::detail::DeflateCache;

namespace {

std::string bytes(std::size_t size, char fill) { return std::string(size, fill); }

}  // namespace

TEST_CASE("a deflate cache deflates the same content once, and other content anew") {
  DeflateCache cache;
  int deflated = 0;
  const auto fake = [&](std::uint8_t tag) {
    return [&deflated, tag] {
      ++deflated;
      return std::vector<std::uint8_t>{tag};
    };
  };
  CHECK(cache.get(bytes(100, 'a'), fake(1)) == std::vector<std::uint8_t>{1});
  CHECK(cache.get(bytes(100, 'a'), fake(2)) == std::vector<std::uint8_t>{1});  // kept: not made again
  CHECK(deflated == 1);
  CHECK(cache.get(bytes(100, 'b'), fake(3)) == std::vector<std::uint8_t>{3});
  CHECK(cache.get(bytes(101, 'a'), fake(4)) == std::vector<std::uint8_t>{4});
  CHECK(deflated == 3);
  CHECK(cache.hits() == 1);
}

TEST_CASE("a deflate cache holds at most its bound, the content used longest ago going first") {
  DeflateCache cache;
  const std::size_t quarter = DeflateCache::max_bytes / 4;
  int deflated = 0;
  const auto count = [&] {
    ++deflated;
    return std::vector<std::uint8_t>{0};
  };
  for (char fill : {1, 2, 3}) cache.get(bytes(quarter, fill), count);
  cache.get(bytes(quarter, 1), count);  // used again: 2 is now the oldest
  cache.get(bytes(quarter, 4), count);  // over the bound with 1, 3 and 4: 2 goes
  CHECK(deflated == 4);
  cache.get(bytes(quarter, 1), count);
  cache.get(bytes(quarter, 4), count);
  CHECK(deflated == 4);
  cache.get(bytes(quarter, 2), count);
  CHECK(deflated == 5);
}
