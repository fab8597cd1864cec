#include "report/json_writer.hpp"

#include <planforge/findings.hpp>

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;

TEST_CASE("json writer: nesting, commas, empty containers, escapes") {
  JsonWriter json;
  json.begin_object()
      .field("a", 1)
      .field("b", "x\"y\n")
      .key("c")
      .begin_array()
      .value(true)
      .null()
      .begin_object()
      .end_object()
      .end_array()
      .strings("d", {})
      .end_object();
  CHECK(json.take() ==
        "{\n  \"a\": 1,\n  \"b\": \"x\\\"y\\n\",\n  \"c\": [\n    true,\n    null,\n    {}\n  ],\n  \"d\": "
        "[]\n}\n");
}

TEST_CASE("github annotations: properties and data escaped as GitHub documents") {
  std::vector<Diagnostic> list;
  list.push_back({Severity::error, {"a,b:c%.xml", 3, 4}, "50% done: a, b\r\nnext", {"try: this"}});
  list.push_back({Severity::note, {"plan.xml", 0, 0}, "whole file", {}});
  list.push_back({Severity::warning, {"command line", 0, 0}, "no file", {}});
  CHECK(github_annotations(list, "p,1.xml") ==
        "::error file=a%2Cb%3Ac%25.xml,line=3,col=4,title=planforge::50%25 done: a, b%0D%0Anext%0Ahint: try: "
        "this\n"
        "::notice file=plan.xml,title=planforge::whole file\n"
        "::warning file=p%2C1.xml,title=planforge::command line: no file\n");
}

TEST_CASE("findings: format names and severity counts") {
  CHECK(parse_findings_format("sarif") == FindingsFormat::sarif);
  CHECK_FALSE(parse_findings_format("xml").has_value());
  const SeverityCounts c = count_severities({{Severity::error, {}, "e", {}}, {Severity::note, {}, "n", {}}});
  CHECK(c.errors == 1);
  CHECK(c.warnings == 0);
  CHECK(c.notes == 1);
  CHECK(is_pseudo_file("command line"));
  CHECK_FALSE(is_pseudo_file("plan.xml"));
}
