#include "engine/output_name.hpp"

#include <planforge/engine.hpp>

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;

TEST_CASE("output patterns: syntax problems are named") {
  CHECK(output_pattern_problem("{id}-{version}.pdf").empty());
  CHECK(output_pattern_problem("plain.pdf").empty());
  CHECK(output_pattern_problem("{{literal}}.pdf").empty());
  CHECK(output_pattern_problem("{client}.pdf") ==
        "unknown placeholder '{client}'; the placeholders are {id}, {version}, {name}, {dir}, {status} and "
        "{date}");
  CHECK(output_pattern_problem("{id.pdf") == "'{' at position 1 is not closed (write '{{' for a brace)");
  CHECK(output_pattern_problem("id}.pdf") == "a lone '}' at position 3 (write '}}' for a brace)");
  CHECK(output_pattern_problem("{}.pdf").find("unknown placeholder '{}'") == 0);
}

TEST_CASE("output patterns: expansion, file-safe values, missing values") {
  PatternValues v;
  v.id = "acme-cs";
  v.version = "1.2.0-3-gabc/x";
  v.name = "plan";
  v.dir = "acme";
  Expansion e = expand_output_pattern("out/{dir}/{id}-{version}.pdf", v);
  CHECK(e.path == "out/acme/acme-cs-1.2.0-3-gabc_x.pdf");
  CHECK(e.missing.empty());
  CHECK(expand_output_pattern("{{{name}}}.pdf", v).path == "{plan}.pdf");
  e = expand_output_pattern("{id}-{status}-{date}.pdf", v);
  CHECK(e.missing == "status");
  v.id = "..";
  CHECK(expand_output_pattern("{id}.pdf", v).path == "_.pdf");
  v.id = "a\nb\\c";
  CHECK(expand_output_pattern("{id}", v).path == "a_b_c");
}

TEST_CASE("output patterns: which placeholders need the plan, and escaping a literal path") {
  CHECK_FALSE(pattern_needs_plan("{dir}/{name}.pdf"));
  CHECK_FALSE(pattern_needs_plan(""));
  CHECK(pattern_needs_plan("{name}-{version}.pdf"));
  CHECK(pattern_needs_plan("{id}.pdf"));
  CHECK(escape_output_pattern("a{b}c") == "a{{b}}c");
  const std::string literal = "dist/{odd}/x.pdf";
  CHECK(expand_output_pattern(escape_output_pattern(literal), PatternValues{}).path == literal);
}

TEST_CASE("output patterns: values from the path, {id} falling back to the file's name") {
  const PatternValues v = pattern_values("clients/acme/plan.xml", nullptr);
  CHECK(v.name == "plan");
  CHECK(v.dir == "acme");
  CHECK(v.id == "plan");
  CHECK(v.version.empty());
}
