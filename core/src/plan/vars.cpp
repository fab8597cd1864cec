#include "plan/vars.hpp"

#include "plan/suggest.hpp"
#include "plan/text_util.hpp"

#include <algorithm>

namespace planforge::detail::loader {

bool is_builtin_var(std::string_view name) {
  return std::find(std::begin(builtin_vars), std::end(builtin_vars), name) != std::end(builtin_vars);
}

std::string expand_vars(std::string_view text, const VarLookup& lookup,
                        std::vector<ExpandProblem>* problems) {
  std::size_t dollar = text.find('$');
  if (dollar == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (dollar != std::string_view::npos) {
    out.append(text, i, dollar - i);
    i = dollar;
    if (text.compare(i, 3, "$${") == 0) {
      out += "${";
      i += 3;
    } else if (text.compare(i, 2, "${") == 0) {
      const std::size_t close = text.find('}', i + 2);
      if (close == std::string_view::npos) {
        if (problems)
          problems->push_back({i, "unterminated '${'", {"write $${ for a literal ${"}});
        out.append(text, i, std::string_view::npos);
        return out;
      }
      const std::string_view name = text.substr(i + 2, close - i - 2);
      const std::string* value = is_var_name(name) ? lookup(name) : nullptr;
      if (value) {
        out += *value;
      } else {
        out.append(text, i, close + 1 - i);
        if (problems) {
          if (!is_var_name(name))
            problems->push_back({i, "invalid variable reference '${" + std::string(name) + "}'",
                                 {"write $${ for a literal ${"}});
          else
            problems->push_back({i, "undefined variable '" + std::string(name) + "'", {},
                                 std::string(name)});
        }
      }
      i = close + 1;
    } else {
      out += '$';
      ++i;
    }
    dollar = text.find('$', i);
  }
  out.append(text, i, std::string_view::npos);
  return out;
}

void VarTable::define(std::string name, std::string raw, Location where, bool builtin) {
  Entry entry;
  entry.raw = std::move(raw);
  entry.where = std::move(where);
  entry.builtin = builtin;
  order_.push_back(name);
  entries_.insert_or_assign(std::move(name), std::move(entry));
}

bool VarTable::is_builtin(std::string_view name) const {
  const auto it = entries_.find(name);
  return it != entries_.end() && it->second.builtin;
}

void VarTable::override_value(std::string_view name, std::string value) {
  const auto it = entries_.find(name);
  if (it == entries_.end()) return;
  it->second.raw = std::move(value);
  it->second.literal = true;
}

const std::string* VarTable::resolve_one(const std::string& name, std::vector<std::string>& chain,
                                         Diagnostics& diags) {
  const auto it = entries_.find(name);
  if (it == entries_.end()) return nullptr;
  Entry& e = it->second;
  if (e.state == State::done) return &e.value;
  if (e.state == State::resolving) {
    const auto from = std::find(chain.begin(), chain.end(), name);
    std::string path;
    for (auto c = from; c != chain.end(); ++c) path += *c + " → ";
    path += name;
    diags.error(entries_.find(*from)->second.where,
                "variable '" + name + "' refers to itself: " + path);
    return nullptr;
  }
  if (e.literal) {
    e.value = e.raw;
    e.state = State::done;
    return &e.value;
  }
  e.state = State::resolving;
  chain.push_back(name);
  // Undefined names inside a value are reported later, where the <var> text itself is
  // expanded, so that the error points into the value.
  std::string value = expand_vars(
      e.raw, [&](std::string_view n) { return resolve_one(std::string(n), chain, diags); }, nullptr);
  chain.pop_back();
  Entry& again = entries_.find(name)->second;
  again.value = std::move(value);
  again.state = State::done;
  return &again.value;
}

void VarTable::resolve(Diagnostics& diags) {
  std::vector<std::string> chain;
  for (const std::string& name : order_) resolve_one(name, chain, diags);
}

std::string VarTable::expand(std::string_view text, std::vector<ExpandProblem>* problems) const {
  if (text.find('$') == std::string_view::npos) return std::string(text);
  const std::size_t first_new = problems ? problems->size() : 0;
  std::string out = expand_vars(
      text,
      [&](std::string_view n) -> const std::string* {
        const auto it = entries_.find(n);
        return it == entries_.end() ? nullptr : &it->second.value;
      },
      problems);
  if (problems)
    for (std::size_t i = first_new; i < problems->size(); ++i)
      if (!(*problems)[i].undefined.empty())
        (*problems)[i].hints = did_you_mean((*problems)[i].undefined, names());
  return out;
}

std::map<std::string, std::string, std::less<>> VarTable::values() const {
  std::map<std::string, std::string, std::less<>> out;
  for (const auto& [name, entry] : entries_) out.emplace(name, entry.value);
  return out;
}

std::vector<std::string_view> VarTable::names() const {
  std::vector<std::string_view> out;
  for (const auto& [name, entry] : entries_) out.push_back(name);
  return out;
}

}  // namespace planforge::detail::loader
