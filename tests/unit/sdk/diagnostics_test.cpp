#include <planforge/color.hpp>
#include <planforge/diagnostics.hpp>

#include <doctest/doctest.h>

using namespace planforge;

TEST_CASE("diagnostics are sorted by place and exact duplicates dropped") {
  Diagnostics d;
  d.error({"b.xml", 3, 1}, "late");
  d.warning({"a.xml", 9, 2}, "middle");
  d.error({"a.xml", 2, 7}, "first");
  d.error({"a.xml", 2, 7}, "first");
  auto all = d.sorted();
  REQUIRE(all.size() == 3);
  CHECK(all[0].message == "first");
  CHECK(all[1].message == "middle");
  CHECK(all[2].location.file == "b.xml");
  CHECK(d.error_count() == 3);
  CHECK(d.warning_count() == 1);
}

TEST_CASE("a diagnostic reads like a compiler's") {
  Diagnostic diag{Severity::error, {"plan.xml", 42, 7}, "kpi 'fcr' references unknown goal 'g-x'",
                  {"did you mean 'g-retain'?"}};
  CHECK(format_diagnostic(diag) ==
        "plan.xml:42:7: error: kpi 'fcr' references unknown goal 'g-x'\n"
        "  hint: did you mean 'g-retain'?");
  CHECK(Location{"plan.xml", 0, 0}.to_string() == "plan.xml");
  CHECK(Location{"plan.xml", 4, 0}.to_string() == "plan.xml:4");
}

TEST_CASE("colours parse from hex and tint toward white") {
  CHECK(Color::parse("#1F3A5F") == Color{0x1f, 0x3a, 0x5f});
  CHECK(Color::parse("1f3a5f") == Color{0x1f, 0x3a, 0x5f});
  CHECK_FALSE(Color::parse("#12345"));
  CHECK_FALSE(Color::parse("#12345g"));
  CHECK(Color{0, 0, 0}.tint(1.0) == Color{255, 255, 255});
  CHECK(Color{100, 100, 100}.tint(0.0) == Color{100, 100, 100});
}
