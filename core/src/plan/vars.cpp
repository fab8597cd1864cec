#include "plan/vars.hpp"

#include "input/read_file.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/checker.hpp>
#include <planforge/limits.hpp>

#include <algorithm>

namespace planforge::detail::loader {

bool is_builtin_var(std::string_view name) {
  return std::find(std::begin(builtin_vars), std::end(builtin_vars), name) != std::end(builtin_vars);
}

std::string expand_vars(std::string_view text, const VarLookup& lookup, std::vector<ExpandProblem>* problems,
                        std::uint64_t* budget) {
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
          problems->push_back(
              {i, &code("var/unterminated"), "unterminated '${'", {"write $${ for a literal ${"}});
        out.append(text, i, std::string_view::npos);
        return out;
      }
      const std::string_view name = text.substr(i + 2, close - i - 2);
      const std::string* value = is_var_name(name) ? lookup(name) : nullptr;
      if (value && budget && value->size() > *budget) {
        // Stop here: whatever follows could only make it larger.
        *budget = 0;
        if (problems) problems->push_back({i, &code("limit/expansion"), {}, {}, {}, true});
        out.append(text, i, std::string_view::npos);
        return out;
      }
      if (value) {
        if (budget) *budget -= value->size();
        out += *value;
      } else {
        out.append(text, i, close + 1 - i);
        if (problems) {
          if (!is_var_name(name))
            problems->push_back({i,
                                 &code("var/invalid-reference"),
                                 "invalid variable reference '${" + std::string(name) + "}'",
                                 {"write $${ for a literal ${"}});
          else
            problems->push_back({i,
                                 &code("var/undefined"),
                                 "undefined variable '" + std::string(name) + "'",
                                 {},
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

std::string VarTable::over_budget_message(std::string_view what) const {
  return std::string(what) + " would make ${var} expansion produce more than " + describe_size(limit_) +
         " of text";
}

// A depth-first walk with an explicit stack (a chain of ten thousand variables must not
// overflow the call stack): each value is expanded once all the variables it names are.
// A name met again while its own value is being worked out closes a cycle; that reference
// stays as written.
void VarTable::resolve_from(Entries::iterator start, Diagnostics& diags) {
  struct Frame {
    Entries::iterator entry;
    std::vector<std::string> names;  // the variables its raw value refers to
    std::size_t next = 0;
  };
  const auto referenced = [](const std::string& raw) {
    std::vector<std::string> names;
    expand_vars(
        raw,
        [&](std::string_view n) -> const std::string* {
          names.emplace_back(n);
          return nullptr;
        },
        nullptr);
    return names;
  };
  std::vector<Frame> stack;
  const auto enter = [&](Entries::iterator it) {
    Entry& e = it->second;
    if (e.literal || spent_) {
      e.value = e.raw;
      e.state = State::done;
      return;
    }
    e.state = State::resolving;
    e.stack_index = stack.size();
    stack.push_back({it, referenced(e.raw)});
  };
  enter(start);
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next < top.names.size()) {
      const auto it = entries_.find(top.names[top.next++]);
      if (it == entries_.end()) continue;
      if (it->second.state == State::raw) {
        enter(it);
      } else if (it->second.state == State::resolving) {
        std::vector<std::string_view> cycle;
        for (std::size_t f = it->second.stack_index; f < stack.size(); ++f)
          cycle.push_back(stack[f].entry->first);
        cycle.push_back(it->first);
        diags.report(code("var/cycle"), it->second.where,
                     "variable '" + it->first + "' refers to itself: " + format_chain(cycle, false));
      }
      continue;
    }
    // Undefined names inside a value are reported later, where the <var> text itself is
    // expanded, so that the error points into the value.
    Entry& e = top.entry->second;
    std::vector<ExpandProblem> problems;
    std::string value = expand_vars(
        e.raw,
        [&](std::string_view n) -> const std::string* {
          const auto it = entries_.find(n);
          return it != entries_.end() && it->second.state == State::done ? &it->second.value : nullptr;
        },
        &problems, spent_ ? nullptr : &budget_);
    const bool over =
        std::any_of(problems.begin(), problems.end(), [](const ExpandProblem& p) { return p.over_budget; });
    if (over && !spent_) {
      spent_ = true;
      diags.report(code("limit/expansion"), e.where,
                   over_budget_message("variable '" + top.entry->first + "'"), {limit_hint("expansion")});
    }
    e.value = over ? e.raw : std::move(value);
    e.state = State::done;
    stack.pop_back();
  }
}

void VarTable::resolve(Diagnostics& diags) {
  for (const std::string& name : order_) {
    const auto it = entries_.find(name);
    if (it != entries_.end() && it->second.state == State::raw) resolve_from(it, diags);
  }
}

const std::vector<std::string>& VarTable::hints_for(const std::string& undefined) {
  // Once per name: a paragraph of 40,000 undefined ${x} must not compare x with every
  // variable 40,000 times.
  auto it = hints_.find(undefined);
  if (it == hints_.end()) it = hints_.emplace(undefined, did_you_mean(undefined, names())).first;
  return it->second;
}

std::string VarTable::expand(std::string_view text, std::vector<ExpandProblem>* problems) {
  if (text.find('$') == std::string_view::npos) return std::string(text);
  if (spent_) return std::string(text);
  const std::size_t first_new = problems ? problems->size() : 0;
  std::string out = expand_vars(
      text,
      [&](std::string_view n) -> const std::string* {
        const auto it = entries_.find(n);
        return it == entries_.end() ? nullptr : &it->second.value;
      },
      problems, &budget_);
  if (problems)
    for (std::size_t i = first_new; i < problems->size(); ++i) {
      ExpandProblem& p = (*problems)[i];
      if (!p.undefined.empty()) p.hints = hints_for(p.undefined);
      if (p.over_budget) {
        spent_ = true;
        p.message = over_budget_message("this ${…}");
        p.hints = {limit_hint("expansion")};
      }
    }
  else if (budget_ == 0)
    spent_ = true;
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
