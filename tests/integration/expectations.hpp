#pragma once
// Test plans that carry their expected diagnostics inline, on the line before the line they
// point at (several may stack there):
//
//   <!-- expect: error 12:7 kpi 'fcr' references unknown goal 'g-x' -->
//
// (severity, line:column, a part of the message). Used by the section plugins' golden tests
// (tests/data/sections) and lint's (tests/data/lint).

#include <string>
#include <vector>

namespace pf {

struct Expected {
  std::string severity;
  int line = 0, column = 0;
  std::string text;
  int written_at = 0;  // the line of the comment itself
};

// The expectations written in a plan's text.
std::vector<Expected> expectations(const std::string& plan_text);

// What does not match between the plan's expectations and planforge's output
// ("path:line:col: severity: message" lines; hints and notes are free): "missing: …",
// "unexpected: …", "no code: …" for an error or warning without its code, and expectations
// that do not stand right above their line. Empty when everything matches.
std::vector<std::string> expectation_mismatches(const std::string& plan_text, const std::string& output);

}  // namespace pf
