#include <planforge/engine.hpp>

#include <doctest/doctest.h>

using namespace planforge;

TEST_CASE("diagnostics_to_json: an empty list") { CHECK(diagnostics_to_json({}) == "[]\n"); }

TEST_CASE("diagnostics_to_json: fields, escapes and hints") {
  std::vector<Diagnostic> list;
  list.push_back({Severity::error,
                  {"plans/a \"b\".xml", 42, 7},
                  "kpi 'fcr' references unknown goal 'g-x'",
                  {"did you mean 'g-y'?", "tab\there"},
                  "id/unknown-reference"});
  list.push_back({Severity::warning, {"p.xml", 0, 0}, "line\nbreak \\ backslash \x01", {}});
  const std::string json = diagnostics_to_json(list);
  CHECK(json ==
        "[\n"
        "  {\"file\": \"plans/a \\\"b\\\".xml\", \"line\": 42, \"column\": 7, \"severity\": \"error\", "
        "\"code\": \"id/unknown-reference\", \"message\": \"kpi 'fcr' references unknown goal 'g-x'\", "
        "\"hints\": [\"did you mean 'g-y'?\", \"tab\\there\"]},\n"
        "  {\"file\": \"p.xml\", \"line\": 0, \"column\": 0, \"severity\": \"warning\", \"code\": null, "
        "\"message\": \"line\\nbreak \\\\ backslash \\u0001\", \"hints\": []}\n"
        "]\n");
}

TEST_CASE("diagnostics_to_json: UTF-8 passes through, invalid bytes become U+FFFD") {
  std::vector<Diagnostic> list;
  list.push_back({Severity::note, {"ü.xml", 1, 2}, "caf\xc3\xa9 \xe2\x80\x93 \xff\xc3", {}});
  const std::string json = diagnostics_to_json(list);
  CHECK(json.find("\"file\": \"ü.xml\"") != std::string::npos);
  CHECK(json.find("\"message\": \"café – \\ufffd\\ufffd\"") != std::string::npos);
  CHECK(json.find("\"severity\": \"note\"") != std::string::npos);
}
