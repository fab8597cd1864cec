#pragma once
/// @file findings.hpp  Diagnostics for machines: planforge's own JSON document (versioned,
/// docs/findings.md), GitHub Actions workflow annotations and SARIF 2.1.0 for code-scanning
/// dashboards. `validate` and `render` write them with `--format`. Plugins do not need this
/// header.

#include <planforge/batch.hpp>
#include <planforge/diagnostics.hpp>
#include <planforge/export.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// How findings are written (`--format`).
enum class FindingsFormat {
  text,    ///< compiler-style lines on stderr
  json,    ///< findings_json() on stdout
  github,  ///< github_annotations() on stdout
  sarif    ///< findings_sarif() on stdout
};

/// "text", "json", "github" or "sarif"; std::nullopt for anything else.
PLANFORGE_API std::optional<FindingsFormat> parse_findings_format(std::string_view name);

/// The version of the document findings_json() writes. It changes only when a field is
/// removed or changes meaning; new fields may appear within a version.
inline constexpr int findings_schema_version = 1;

/// How many diagnostics of each severity.
struct SeverityCounts {
  std::size_t errors = 0, warnings = 0, notes = 0;
};
PLANFORGE_API SeverityCounts count_severities(const std::vector<Diagnostic>& diagnostics);
/// The counts of a run, including the errors and warnings beyond `--limit diagnostics` that
/// its `diagnostics` do not list.
PLANFORGE_API SeverityCounts count_severities(const RunResult& result);

/// The totals of a run: plans, plans that failed (exit code not 0), diagnostics.
struct RunTotals {
  std::size_t plans = 0, failed = 0;
  SeverityCounts diagnostics;
};
PLANFORGE_API RunTotals run_totals(const BatchResult& run);

/// The findings document of a run of `command` ("render" or "validate"): every plan with its
/// exit code, its output (render) and its diagnostics, and the totals. See
/// docs/findings.schema.json.
PLANFORGE_API std::string findings_json(std::string_view command, const BatchResult& run);

/// A SARIF 2.1.0 log of the run: planforge as the tool, one result per diagnostic with its
/// level, message and location (the plan's file when a problem has none of its own), and a
/// rule per diagnostic code.
PLANFORGE_API std::string findings_sarif(const BatchResult& run);

/// GitHub Actions workflow commands, one line per diagnostic:
/// `::error file=plan.xml,line=42,col=7,title=planforge::message`. Property values have `%`,
/// CR, LF, `:` and `,` escaped as `%25`, `%0D`, `%0A`, `%3A`, `%2C`; messages `%`, CR and LF.
/// Hints follow the message on their own lines. A problem without a file of its own is
/// annotated on `plan`.
PLANFORGE_API std::string github_annotations(const std::vector<Diagnostic>& diagnostics,
                                             std::string_view plan = {});

/// True for the names that stand for no file: "command line", "planforge" and an empty name.
PLANFORGE_API bool is_pseudo_file(std::string_view file);

PLANFORGE_END_NAMESPACE
