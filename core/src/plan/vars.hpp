#pragma once
// ${name} variables: the plan's <var>s, the built-ins and --set overrides, and the
// expansion of ${name} and $${ in text and attribute values.

#include <planforge/diagnostics.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

// The built-in variables, in the order the documentation lists them.
inline constexpr std::string_view builtin_vars[] = {"title", "subtitle", "client", "prepared-by",
                                                    "date",  "status",   "version"};
bool is_builtin_var(std::string_view name);

// A problem in one value: `index` is the byte index of the "${" in that value.
struct ExpandProblem {
  std::size_t index = 0;
  const DiagnosticCode* code = nullptr;
  std::string message;
  std::vector<std::string> hints;
  std::string undefined;     // the name, for "undefined variable" (hints come from the caller)
  bool over_budget = false;  // the value would have taken expansion past its budget
};

// Looks a name up; nullptr when it is not defined.
using VarLookup = std::function<const std::string*(std::string_view name)>;

// Replaces each ${name} by its value and each $${ by a literal ${. Inserted values are not
// scanned again. Undefined names and malformed references are left as written and reported
// to `problems` when it is given. With a `budget`, the bytes inserted are taken from it; a
// value larger than what is left stops the expansion there (the rest stays as written, the
// budget drops to zero and an over_budget problem is reported).
std::string expand_vars(std::string_view text, const VarLookup& lookup, std::vector<ExpandProblem>* problems,
                        std::uint64_t* budget = nullptr);

class VarTable {
 public:
  // The bytes all expansions together may insert (Limits::expansion_bytes).
  void set_budget(std::uint64_t bytes) { budget_ = limit_ = bytes; }
  // Declares a variable with its raw (unexpanded) value.
  void define(std::string name, std::string raw, Location where, bool builtin);
  bool contains(std::string_view name) const { return entries_.find(name) != entries_.end(); }
  bool is_builtin(std::string_view name) const;
  // Replaces a variable's raw value by a literal one (--set): it is not expanded.
  void override_value(std::string_view name, std::string value);

  // Expands every value in terms of the others; a cycle is an error at the variable where it
  // was entered, naming the chain. Iterative: a chain of any length is fine.
  void resolve(Diagnostics& diags);

  // Expands `text` with the resolved values, within what is left of the budget. Once the
  // budget is spent nothing more is expanded and nothing more is reported: the one error
  // that spent it says all.
  std::string expand(std::string_view text, std::vector<ExpandProblem>* problems);

  // name → resolved value, for PlanData::vars.
  std::map<std::string, std::string, std::less<>> values() const;
  std::vector<std::string_view> names() const;

 private:
  enum class State { raw, resolving, done };
  struct Entry {
    std::string raw;
    std::string value;
    Location where;
    bool builtin = false;
    bool literal = false;  // set from the command line: taken as is
    State state = State::raw;
    std::size_t stack_index = 0;  // its place on the resolution stack while resolving
  };
  using Entries = std::map<std::string, Entry, std::less<>>;
  void resolve_from(Entries::iterator start, Diagnostics& diags);
  std::string over_budget_message(std::string_view what) const;
  const std::vector<std::string>& hints_for(const std::string& undefined);

  Entries entries_;
  std::vector<std::string> order_;  // declaration order, so cycles are reported stably
  std::uint64_t budget_ = ~std::uint64_t{0}, limit_ = ~std::uint64_t{0};
  bool spent_ = false;  // the budget ran out (and that was reported)
  std::map<std::string, std::vector<std::string>, std::less<>> hints_;  // per undefined name
};

}  // namespace planforge::detail::loader
