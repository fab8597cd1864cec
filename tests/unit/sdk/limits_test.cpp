// --limit NAME=VALUE and the cap on diagnostics.
#include <planforge/diagnostics.hpp>
#include <planforge/limits.hpp>

#include <doctest/doctest.h>

using namespace planforge;

TEST_CASE("limits are set by name, with K/M/G for sizes, within their range") {
  Limits l;
  CHECK(set_limit(l, "depth", "200") == "");
  CHECK(l.depth == 200);
  CHECK(set_limit(l, "file-size", "128M") == "");
  CHECK(l.file_bytes == 128ull << 20);
  CHECK(set_limit(l, "expansion", "2G") == "");
  CHECK(l.expansion_bytes == 2ull << 30);
  CHECK(set_limit(l, "depth", "5000") == "--limit depth: 5000 is outside 8–1000");
  CHECK(set_limit(l, "depth", "12M") == "--limit depth: '12M' is not a whole number");
  CHECK(set_limit(l, "file-size", "lots") ==
        "--limit file-size: 'lots' is not a whole number (K, M and G may follow it)");
  CHECK(set_limit(l, "file-size", "99999999999G") == "--limit file-size: 99999999999G is outside 1K–1G");
  CHECK(set_limit(l, "dept", "10").starts_with("unknown limit 'dept' (the limits are file-size, depth, "));
  CHECK(l.depth == 200);  // a refused value changes nothing
  CHECK(limit_hint("depth") ==
        "if the plan really needs more, raise the limit with --limit depth=N (at most 1000; see "
        "docs/limits.md)");
}

TEST_CASE("every limit has a name, a range holding its default, and a description") {
  const Limits defaults;
  for (const LimitInfo& info : limit_table()) {
    CAPTURE(info.name);
    CHECK(!info.what.empty());
    CHECK(info.minimum <= defaults.*(info.field));
    CHECK(defaults.*(info.field) <= info.maximum);
    CHECK(find_limit(info.name) == &info);
  }
}

TEST_CASE("diagnostics beyond the capacity are counted, and errors take the place of warnings") {
  Diagnostics d;
  d.set_capacity(3);
  d.warning({"a", 1, 1}, "w1");
  d.warning({"a", 2, 1}, "w2");
  d.error({"a", 3, 1}, "e1");
  CHECK(d.full());
  d.warning({"a", 4, 1}, "w3");  // dropped
  d.error({"a", 5, 1}, "e2");    // replaces w2, the latest warning kept
  d.error({"a", 6, 1}, "e3");    // replaces w1
  d.error({"a", 7, 1}, "e4");    // dropped: only errors are kept
  CHECK(d.error_count() == 4);
  CHECK(d.warning_count() == 3);
  CHECK(d.dropped() == 4);
  std::vector<std::string> kept;
  for (const Diagnostic& x : d.sorted()) kept.push_back(x.message);
  CHECK(kept == std::vector<std::string>{"e1", "e2", "e3"});
}
