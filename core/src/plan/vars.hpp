#pragma once
// ${name} variables: the plan's <var>s, the built-ins and --set overrides, and the
// expansion of ${name} and $${ in text and attribute values.

#include <planforge/diagnostics.hpp>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

// The built-in variables, in the order the documentation lists them.
inline constexpr std::string_view builtin_vars[] = {"title",  "subtitle", "client", "prepared-by",
                                                    "date",   "status",   "version"};
bool is_builtin_var(std::string_view name);

// A problem in one value: `index` is the byte index of the "${" in that value.
struct ExpandProblem {
  std::size_t index = 0;
  std::string message;
  std::vector<std::string> hints;
  std::string undefined;      // the name, for "undefined variable" (hints come from the caller)
};

// Looks a name up; nullptr when it is not defined.
using VarLookup = std::function<const std::string*(std::string_view name)>;

// Replaces each ${name} by its value and each $${ by a literal ${. Inserted values are not
// scanned again. Undefined names and malformed references are left as written and reported
// to `problems` when it is given.
std::string expand_vars(std::string_view text, const VarLookup& lookup,
                        std::vector<ExpandProblem>* problems);

class VarTable {
 public:
  // Declares a variable with its raw (unexpanded) value.
  void define(std::string name, std::string raw, Location where, bool builtin);
  bool contains(std::string_view name) const { return entries_.find(name) != entries_.end(); }
  bool is_builtin(std::string_view name) const;
  // Replaces a variable's raw value by a literal one (--set): it is not expanded.
  void override_value(std::string_view name, std::string value);

  // Expands every value in terms of the others; a cycle is an error at the variable where it
  // was entered, naming the chain.
  void resolve(Diagnostics& diags);

  // Expands `text` with the resolved values.
  std::string expand(std::string_view text, std::vector<ExpandProblem>* problems) const;

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
    bool literal = false;   // set from the command line: taken as is
    State state = State::raw;
  };
  const std::string* resolve_one(const std::string& name, std::vector<std::string>& chain,
                                 Diagnostics& diags);

  std::map<std::string, Entry, std::less<>> entries_;
  std::vector<std::string> order_;   // declaration order, so cycles are reported stably
};

}  // namespace planforge::detail::loader
