#include <planforge/batch.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace planforge;

TEST_CASE("shards: K/N is parsed strictly") {
  CHECK(parse_shard("1/1").has_value());
  CHECK(parse_shard("3/7")->index == 3);
  CHECK(parse_shard("3/7")->count == 7);
  for (const char* bad :
       {"0/3", "4/3", "1/0", "", "/", "1/", "/2", "a/b", "1/2/3", "-1/2", " 1/2", "1/2 ", "+1/2"})
    CHECK_MESSAGE(!parse_shard(bad).has_value(), bad);
}

TEST_CASE("shards: for any set, the shards are disjoint, cover it, differ by at most one, ignore order") {
  std::mt19937 random(12345);
  for (int round = 0; round < 200; ++round) {
    const std::size_t size = random() % 40;
    std::vector<std::filesystem::path> plans;
    for (std::size_t i = 0; i < size; ++i)
      plans.push_back("plans/" + std::to_string(random() % 1000) + ".xml");
    std::set<std::filesystem::path> distinct(plans.begin(), plans.end());
    const int n = 1 + static_cast<int>(random() % 9);
    std::multiset<std::filesystem::path> seen;
    std::size_t smallest = size + 1, largest = 0;
    for (int k = 1; k <= n; ++k) {
      std::vector<std::filesystem::path> order = plans;
      std::shuffle(order.begin(), order.end(), random);
      const auto mine = select_shard(order, Shard{k, n});
      seen.insert(mine.begin(), mine.end());
      smallest = std::min(smallest, mine.size());
      largest = std::max(largest, mine.size());
    }
    CHECK(seen == std::multiset<std::filesystem::path>(distinct.begin(), distinct.end()));
    CHECK(largest - smallest <= 1);
  }
}

TEST_CASE("shards: paths are compared as written, normalised") {
  const auto all = select_shard({"./b.xml", "a.xml", "b.xml", "x/../c.xml"}, Shard{1, 1});
  CHECK(all == std::vector<std::filesystem::path>{"a.xml", "b.xml", "c.xml"});
}
