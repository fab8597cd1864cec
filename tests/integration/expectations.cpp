#include "expectations.hpp"

#include <algorithm>
#include <regex>
#include <sstream>

namespace pf {

namespace {

struct Reported {
  std::string severity, message;
  int line = 0, column = 0;
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<Reported> reported(const std::string& output) {
  static const std::regex pattern(R"(^(.*):(\d+):(\d+): (error|warning|note): (.*)$)");
  std::vector<Reported> out;
  for (const std::string& line : lines_of(output)) {
    std::smatch m;
    if (std::regex_match(line, m, pattern)) out.push_back({m[4], m[5], std::stoi(m[2]), std::stoi(m[3])});
  }
  return out;
}

}  // namespace

std::vector<Expected> expectations(const std::string& plan_text) {
  static const std::regex pattern(R"(<!--\s*expect:\s*(error|warning|note)\s+(\d+):(\d+)\s*(.*?)\s*-->)");
  std::vector<Expected> out;
  const auto lines = lines_of(plan_text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    if (std::regex_search(lines[i], m, pattern))
      out.push_back({m[1], std::stoi(m[2]), std::stoi(m[3]), m[4], static_cast<int>(i + 1)});
  }
  return out;
}

std::vector<std::string> expectation_mismatches(const std::string& plan_text, const std::string& output) {
  std::vector<std::string> problems;
  const auto expected = expectations(plan_text);
  const auto source = lines_of(plan_text);
  // The convention keeps the files readable: an expectation stands right above its line.
  for (const Expected& e : expected) {
    int next = e.written_at + 1;
    while (next <= static_cast<int>(source.size()) &&
           source[next - 1].find("<!-- expect:") != std::string::npos)
      ++next;
    if (e.line != next)
      problems.push_back("expectation on line " + std::to_string(e.written_at) + " points at line " +
                         std::to_string(e.line) + ", not at the line below it (" + std::to_string(next) +
                         ")");
  }
  auto remaining = reported(output);
  for (const Expected& e : expected) {
    auto hit = std::find_if(remaining.begin(), remaining.end(), [&](const Reported& d) {
      return d.severity == e.severity && d.line == e.line && d.column == e.column &&
             d.message.find(e.text) != std::string::npos;
    });
    if (hit == remaining.end())
      problems.push_back("missing: " + e.severity + " " + std::to_string(e.line) + ":" +
                         std::to_string(e.column) + " " + e.text);
    else
      remaining.erase(hit);
  }
  for (const Reported& d : remaining)
    if (d.severity != "note")
      problems.push_back("unexpected: " + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                         d.severity + ": " + d.message);
  // Every error and warning carries its code ("… [kpis/no-kpis]"), so that a plan can suppress
  // it and a tool can filter on it (docs/cli.md, "Diagnostic codes").
  static const std::regex coded(R"(.* \[[a-z0-9-]+/[a-z0-9-]+\]$)");
  for (const Reported& d : reported(output))
    if (d.severity != "note" && !std::regex_match(d.message, coded))
      problems.push_back("no code: " + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                         d.severity + ": " + d.message);
  return problems;
}

}  // namespace pf
