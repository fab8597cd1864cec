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

// One plan: `content` written as plan.xml in a fresh folder and loaded; `f` is the file name
// its diagnostics carry.
struct OnePlan {
  TempDir dir;
  std::string f;
  Loaded l;
  explicit OnePlan(const std::string& content, std::vector<std::pair<std::string, std::string>> sets = {}) {
    const auto p = dir.write("plan.xml", content);
    f = p.generic_string();
    l = load(p, std::move(sets));
  }
  // The hints of every diagnostic that has some, in the order of lines(), one list each
  // joined with " / ", the scratch folder written {dir}.
  std::vector<std::string> hints() const {
    std::vector<std::string> out;
    for (const planforge::Diagnostic& d : l.diags.sorted()) {
      if (d.hints.empty()) continue;
      std::string joined;
      for (const std::string& hint : d.hints) joined += (joined.empty() ? "" : " / ") + hint;
      // The scratch folder's name changes from run to run.
      const std::string folder = dir.path().string();
      for (auto at = joined.find(folder); at != std::string::npos; at = joined.find(folder))
        joined.replace(at, folder.size(), "{dir}");
      out.push_back(joined);
    }
    return out;
  }
  // l.lines() without the file name: "line:col: severity: message".
  std::vector<std::string> lines() const {
    std::vector<std::string> out = l.lines();
    for (std::string& line : out)
      if (line.rfind(f + ":", 0) == 0) line.erase(0, f.size() + 1);
    return out;
  }
};

// Prints the diagnostics when a check fails, so a failing test says what came out.
inline std::string dump(const Loaded& l) {
  std::string out;
  for (const auto& line : l.lines()) out += line + "\n";
  return out;
}

}  // namespace plantest
