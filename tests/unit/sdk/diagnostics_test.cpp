#include <planforge/diagnostics.hpp>

#include <span>

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
  Diagnostic diag{Severity::error,
                  {"plan.xml", 42, 7},
                  "kpi 'fcr' references unknown goal 'g-x'",
                  {"did you mean 'g-retain'?"}};
  CHECK(format_diagnostic(diag) ==
        "plan.xml:42:7: error: kpi 'fcr' references unknown goal 'g-x'\n"
        "  hint: did you mean 'g-retain'?");
  CHECK(Location{"plan.xml", 0, 0}.to_string() == "plan.xml");
  CHECK(Location{"plan.xml", 4, 0}.to_string() == "plan.xml:4");
}

namespace {
constexpr auto test_code = code_table({
    {"demo/first", Severity::warning, "the first"},
    {"demo/second", Severity::error, "the second"},
});
}  // namespace

TEST_CASE("a code table finds its codes while compiling and lists them all") {
  // code("…") is evaluated by the compiler: a misspelt id would not build.
  static_assert(test_code("demo/second").severity == Severity::error);
  constexpr const DiagnosticCode& first = test_code("demo/first");
  CHECK(first.summary == "the first");
  CHECK(&first == &test_code.codes[0]);
  const std::span<const DiagnosticCode> all = test_code.codes;
  REQUIRE(all.size() == 2);
  CHECK(all[1].id == "demo/second");
}
