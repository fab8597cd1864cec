#pragma once
/// @file diagnostics.hpp  Problems in a user's input, reported like a compiler's.

#include <planforge/export.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// A place in an input file. line and column are 1-based; 0 means "unknown" (the whole file).
struct Location {
  std::string file{};
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  /// "file:line:col", "file:line" or "file", whichever parts are known.
  PLANFORGE_API std::string to_string() const;
  friend bool operator==(const Location&, const Location&) = default;
};

enum class Severity { note, warning, error };

/// "note", "warning" or "error".
PLANFORGE_API const char* to_string(Severity severity);

/// A stable name for one kind of problem, `area/name` in lower-case words joined by '-'
/// (`kpis/goal-unmeasured`, `plan/unknown-attribute`). Tools filter on it, a plan's `suppress`
/// attribute names it, and machine-readable reports use it as the rule id. Each code is
/// always reported with its one severity; a plugin's codes start with its section type.
struct DiagnosticCode {
  std::string_view id{};
  Severity severity = Severity::warning;
  std::string_view summary{};  ///< one line for listings: "a goal no KPI measures"
};

/// True when `id` has the form of a code: `area/name`, each part lower-case letters and
/// digits in words joined by single '-'.
PLANFORGE_API bool is_code_id(std::string_view id);

/// The code named `id` in `table`, found while compiling, so that a misspelt id does not
/// build: `report(find_code(my_codes, "kpis/goal-unmeasured"), …)`. The table has static
/// storage (a namespace-scope or `static constexpr` array), which diagnostic_codes() returns.
template <std::size_t N>
consteval const DiagnosticCode& find_code(const DiagnosticCode (&table)[N], std::string_view id) {
  for (const DiagnosticCode& code : table)
    if (code.id == id) return code;
  throw "no diagnostic code with this id in the table";  // reached only while compiling: an error
}

/// A table of diagnostic codes that finds an id while compiling. A plugin declares its codes
/// once, in a header its files share:
///
///     using planforge::Severity;
///     inline constexpr auto code = planforge::code_table({
///         {"risk-register/no-mitigation", Severity::warning, "a risk without a mitigation"},
///     });
///
/// then reports with `code("risk-register/no-mitigation")` (a misspelt id does not build)
/// and hands `code.codes` to the core from diagnostic_codes().
template <std::size_t N>
struct CodeTable {
  DiagnosticCode codes[N];
  /// The code named `id`; an id not in the table is a compile error.
  consteval const DiagnosticCode& operator()(std::string_view id) const { return find_code(codes, id); }
};

/// Makes a CodeTable of the codes listed (see CodeTable).
template <std::size_t N>
consteval CodeTable<N> code_table(const DiagnosticCode (&codes)[N]) {
  CodeTable<N> table{};
  for (std::size_t i = 0; i < N; ++i) table.codes[i] = codes[i];
  return table;
}

/// One problem: where, how bad, what, optional hints on how to fix it, and its code.
struct Diagnostic {
  Severity severity = Severity::error;
  Location location{};
  std::string message{};
  std::vector<std::string> hints{};
  std::string code{};  ///< a DiagnosticCode's id; empty when the reporter gave none
};

/// Collects diagnostics. Validation keeps going after the first error so that a user sees
/// every mistake at once; the run fails if any error was reported.
class PLANFORGE_API Diagnostics {
 public:
  /// Records a problem of a known kind at `where`, with the code's severity. Prefer this to
  /// error() and warning(): a coded warning can be suppressed in the plan and filtered by tools.
  void report(const DiagnosticCode& code, Location where, std::string message,
              std::vector<std::string> hints = {});
  /// Records an error at `where`, without a code.
  void error(Location where, std::string message, std::vector<std::string> hints = {});
  /// Records a warning at `where`, without a code: reported, but the document is still written.
  void warning(Location where, std::string message, std::vector<std::string> hints = {});
  /// Records a note (additional information, e.g. "first defined here"). A note belongs to
  /// the diagnostic reported just before it and has no code of its own.
  void note(Location where, std::string message);
  void add(Diagnostic diagnostic);

  bool has_errors() const { return error_count_ > 0; }
  /// Errors and warnings reported, kept or not.
  std::size_t error_count() const { return error_count_; }
  std::size_t warning_count() const { return warning_count_; }
  bool empty() const { return items_.empty(); }
  /// Every diagnostic, in the order reported.
  const std::vector<Diagnostic>& items() const { return items_; }

  /// Keeps at most `n` diagnostics; later ones are counted, not kept, so that a plan with a
  /// million mistakes costs neither the memory nor the screen. An error reported when the
  /// store is full takes the place of the latest warning or note kept, so that the errors,
  /// which stop a run, are never hidden behind warnings. Unlimited by default.
  void set_capacity(std::size_t n) { capacity_ = n; }
  /// True once no more diagnostics are kept: a caller may skip work that only makes a
  /// diagnostic better (suggestions, say).
  bool full() const { return items_.size() >= capacity_; }
  /// Diagnostics reported but not kept.
  std::size_t dropped() const { return dropped_; }

  /// All diagnostics sorted by file, line, column (stable for equal places) with exact
  /// duplicates removed.
  std::vector<Diagnostic> sorted() const;

 private:
  std::vector<Diagnostic> items_;
  std::size_t error_count_ = 0;
  std::size_t warning_count_ = 0;
  std::size_t capacity_ = static_cast<std::size_t>(-1);
  std::size_t dropped_ = 0;
  std::vector<std::size_t> lesser_;  // indexes of the warnings and notes kept, in order
};

/// Formats one diagnostic as `file:line:col: error: message [code]` followed by `  hint: …`
/// lines (no brackets when it has no code).
PLANFORGE_API std::string format_diagnostic(const Diagnostic& diagnostic);

PLANFORGE_END_NAMESPACE
