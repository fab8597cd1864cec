#pragma once
// Helpers for the plan loader's tests: plans written to a scratch folder, loaded, and their
// diagnostics rendered as "file:line:col: severity: message" lines to compare exactly.

#include "test_files.hpp"

#include "plan/plan_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

// So that a failed comparison of diagnostic lines prints them.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += "\n  \"" + s + "\"";
    out += v.empty() ? "}" : "\n}";
    return String(out.c_str());
  }
};
}  // namespace doctest

namespace plantest {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed with everything in it at scope exit.
using TempDir = planforge::test::TempDir;

struct Loaded {
  std::unique_ptr<planforge::detail::PlanData> plan;
  planforge::Diagnostics diags;

  // Every diagnostic as "file:line:col: severity: message", sorted as the CLI prints them.
  std::vector<std::string> lines() const {
    std::vector<std::string> out;
    for (const planforge::Diagnostic& d : diags.sorted())
      out.push_back(d.location.to_string() + ": " + planforge::to_string(d.severity) + ": " + d.message);
    return out;
  }
  // The hints of the first diagnostic whose message contains `text`.
  std::vector<std::string> hints_of(const std::string& text) const {
    for (const planforge::Diagnostic& d : diags.sorted())
      if (d.message.find(text) != std::string::npos) return d.hints;
    return {};
  }
  bool has(const std::string& line) const {
    const auto all = lines();
    return std::find(all.begin(), all.end(), line) != all.end();
  }
};

inline Loaded load(const fs::path& plan, std::vector<std::pair<std::string, std::string>> sets = {},
                   bool allow_outside = false) {
  planforge::LoadOptions options;
  options.plan = plan;
  options.sets = std::move(sets);
  options.allow_outside_includes = allow_outside;
  Loaded result;
  result.plan = planforge::detail::load_plan(options, result.diags);
  return result;
}

// load() with every option of the run, limits and allowed folders among them.
inline Loaded load_with(const planforge::LoadOptions& options) {
  Loaded result;
  result.plan = planforge::detail::load_plan(options, result.diags);
  return result;
}

// A minimal valid plan around `body` (which goes after <meta>), for tests of one feature.
inline std::string plan_with(const std::string& body, const std::string& meta_extra = "") {
  return "<plan format=\"1\" id=\"t\" version=\"1.0\">\n"
         "<meta><title>Test plan</title>" +
         meta_extra + "</meta>\n" + body + "\n</plan>\n";
}

// Prints the diagnostics when a check fails, so a failing test says what came out.
inline std::string dump(const Loaded& l) {
  std::string out;
  for (const auto& line : l.lines()) out += line + "\n";
  return out;
}

}  // namespace plantest
