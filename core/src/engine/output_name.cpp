#include "engine/output_name.hpp"

#include <planforge/engine.hpp>

#include <array>
#include <utility>

namespace planforge::detail {

namespace {

constexpr std::array<std::string_view, 6> placeholders = {"id", "version", "name", "dir", "status", "date"};

const std::string* value_of(std::string_view name, const PatternValues& v) {
  if (name == "id") return &v.id;
  if (name == "version") return &v.version;
  if (name == "name") return &v.name;
  if (name == "dir") return &v.dir;
  if (name == "status") return &v.status;
  if (name == "date") return &v.date;
  return nullptr;
}

// A value as one file name component: never a separator, a control character or a way up.
std::string file_safe(std::string_view value) {
  std::string out;
  for (char c : value) {
    const auto u = static_cast<unsigned char>(c);
    out += (c == '/' || c == '\\' || u < 0x20 || u == 0x7f) ? '_' : c;
  }
  if (out == "." || out == "..") out = "_";
  return out;
}

// Walks a pattern: literal text to `literal`, each placeholder's name to `placeholder`.
// Returns the problem with the pattern's syntax, or an empty string.
template <class Literal, class Placeholder>
std::string walk(std::string_view pattern, Literal&& literal, Placeholder&& placeholder) {
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
      literal(c);
      ++i;
    } else if (c == '}') {
      return "a lone '}' at position " + std::to_string(i + 1) + " (write '}}' for a brace)";
    } else if (c == '{') {
      const std::size_t close = pattern.find('}', i);
      if (close == std::string_view::npos)
        return "'{' at position " + std::to_string(i + 1) + " is not closed (write '{{' for a brace)";
      const std::string_view name = pattern.substr(i + 1, close - i - 1);
      bool known = false;
      for (std::string_view p : placeholders) known = known || p == name;
      if (!known)
        return "unknown placeholder '{" + std::string(name) +
               "}'; the placeholders are {id}, {version}, {name}, {dir}, {status} and {date}";
      placeholder(name);
      i = close;
    } else {
      literal(c);
    }
  }
  return {};
}

}  // namespace

PatternValues pattern_values(const std::filesystem::path& plan_file, const PlanData* plan) {
  PatternValues v;
  v.name = plan_file.stem().string();
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(plan_file, ec).lexically_normal();
  v.dir = (ec ? plan_file : absolute).parent_path().filename().string();
  v.id = v.name;
  if (!plan) return v;
  if (!plan->id.empty()) v.id = plan->id;
  v.version = plan->version;
  v.status = plan->meta.status;
  if (plan->meta.date) v.date = plan->meta.date->iso();
  return v;
}

bool pattern_needs_plan(std::string_view pattern) {
  bool needs = false;
  walk(
      pattern, [](char) {},
      [&](std::string_view name) { needs = needs || (name != "name" && name != "dir"); });
  return needs;
}

Expansion expand_output_pattern(std::string_view pattern, const PatternValues& values) {
  Expansion out;
  walk(
      pattern, [&](char c) { out.path += c; },
      [&](std::string_view name) {
        const std::string* value = value_of(name, values);
        if ((!value || value->empty()) && out.missing.empty()) out.missing = std::string(name);
        if (value) out.path += file_safe(*value);
      });
  return out;
}

}  // namespace planforge::detail

PLANFORGE_BEGIN_NAMESPACE

std::string output_pattern_problem(std::string_view pattern) {
  return detail::walk(
      pattern, [](char) {}, [](std::string_view) {});
}

std::string escape_output_pattern(std::string_view pattern) {
  std::string out;
  for (char c : pattern) {
    out += c;
    if (c == '{' || c == '}') out += c;
  }
  return out;
}

PLANFORGE_END_NAMESPACE
