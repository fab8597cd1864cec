#include "needs_model.hpp"

#include <algorithm>
#include <charconv>

namespace needs {

using planforge::Element;

std::vector<std::string> split_ids(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\n') ++j;
    if (j > i) out.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

std::optional<double> parse_number(std::string_view text) {
  // The Checker accepts surrounding white space; so does reading.
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  for (char c : text)
    if (!(c >= '0' && c <= '9') && c != '.' && c != '-') return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::vector<Need> ranked_needs(Element section) {
  std::vector<Need> out;
  for (const Element& e : section.children("need")) {
    Need n;
    n.element = e;
    n.id = e.attr_or("id", "");
    n.name = e.attr_or("name", n.id);
    n.source = e.attr_or("source", "");
    n.short_name = e.attr_or("short", "");
    if (n.short_name.find_first_not_of(" \t\n") == std::string::npos) n.short_name = n.name;
    n.importance_text = e.attr_or("importance", "");
    n.capability_text = e.attr_or("capability", "");
    n.importance = parse_number(n.importance_text).value_or(0);
    n.capability = parse_number(n.capability_text).value_or(0);
    n.segments = split_ids(e.attr_or("segments", ""));
    out.push_back(std::move(n));
  }
  std::stable_sort(out.begin(), out.end(), [](const Need& a, const Need& b) {
    if (a.gap() != b.gap()) return a.gap() > b.gap();
    return a.importance > b.importance;
  });
  return out;
}

std::vector<Element> addressed_by(const planforge::PlanView& plan, const std::string& need_id) {
  // Offerings first (what customers buy), then enablers (what staff get), then phases.
  const auto rank = [](const Element& e) { return e.name() == "offering" ? 0 : e.name() == "enabler" ? 1 : 2; };
  std::vector<Element> out = plan.referring("addresses", need_id);
  std::stable_sort(out.begin(), out.end(), [&](const Element& a, const Element& b) { return rank(a) < rank(b); });
  return out;
}

}  // namespace needs
