#pragma once
/// @file engine.hpp  The pipeline as a library call: what the `planforge` program runs, and
/// what another host program would run. Plugins do not need this header.

#include <planforge/diagnostics.hpp>
#include <planforge/export.hpp>
#include <planforge/limits.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// Exit codes of the command line, documented in docs/cli.md.
enum class ExitCode : int {
  ok = 0,           ///< success (warnings may have been printed)
  plan_errors = 1,  ///< the plan has errors; nothing was written
  usage = 2,        ///< the command line is wrong
  environment = 3   ///< a plugin, font, template, image or file could not be used
};

/// The more urgent of two exit codes, for a run that ends several ways at once: a usage
/// error first, then the environment, then the plan's own errors, then success.
PLANFORGE_API ExitCode more_urgent(ExitCode a, ExitCode b);

/// Where plugins come from: in this order `paths` (--plugin-path), PLANFORGE_PLUGIN_PATH,
/// the install's plugin folder, the build tree's. Never a folder named by the plan.
struct PluginOptions {
  std::vector<std::filesystem::path> paths;
  /// `--use-plugin TYPE=NAME`: which plugin owns a type that several claim.
  std::vector<std::pair<std::string, std::string>> choices;
};

/// A plan's file as read from elsewhere than the file system (see LoadOptions::read_file).
struct SourceFile {
  bool found = false;  ///< false: there is no such file (or it could not be read: `problem`)
  std::string bytes;
  std::string problem;  ///< why it could not be read, when that is not simply "not found"
};

struct LoadOptions {
  std::filesystem::path plan;
  /// `--set name=value`: overrides a `<var>` or, for `version`, the plan's version.
  std::vector<std::pair<std::string, std::string>> sets;
  /// Folders besides the plan's own whose files the plan may name (`--allow-read DIR`):
  /// includes, images, a template beside the plan and its fonts. "/" allows any file.
  std::vector<std::filesystem::path> allowed_folders;
  /// Deprecated (`--allow-outside-includes`): the same as allowing "/".
  bool allow_outside_includes = false;
  /// `--werror`: every warning is reported as an error, so the run fails (exit 1) and a
  /// render writes nothing.
  bool warnings_as_errors = false;
  /// Reads the plan's files (the plan, its includes; the logo is only looked for) from
  /// elsewhere, given their absolute paths: `planforge diff --git` reads them with git. Empty:
  /// the file system.
  std::function<SourceFile(const std::filesystem::path&)> read_file;
  /// Bounds on the work the plan may cause (docs/limits.md).
  Limits limits;
};

/// Which theme a run uses and where themes are found by name: in this order `paths`
/// (--template-path), PLANFORGE_TEMPLATE_PATH, the install's template folder (the source
/// tree's for a planforge that is not installed). See docs/templates.md.
struct TemplateOptions {
  /// `--template`: a name on the search path, or a folder (anything with a '/') relative to
  /// the working directory. Empty: the plan's `template` (a folder there is relative to the
  /// plan's folder), else "default".
  std::string name;
  std::vector<std::filesystem::path> paths;
};

struct RenderOptions {
  LoadOptions load;
  PluginOptions plugins;
  /// Where to write; may hold the placeholders of docs/cli.md ("{id}-{version}.pdf", see
  /// output_pattern_problem()); `{{` and `}}` stand for literal braces. Empty: the plan's
  /// name with .pdf beside it.
  std::filesystem::path output;
  /// Creates the output's missing folders (for `--out-dir`); otherwise they must exist.
  bool create_folders = false;
  /// `--changes-since OLD.xml`: an earlier version of the plan. The PDF gets an appendix
  /// "Changes since version X" listing what changed, and a bar in the margin beside every
  /// table row and heading of an element that changed. With `changes_since_revision` the
  /// earlier version is this plan at that git revision (`--changes-since-rev REV`).
  std::filesystem::path changes_since;
  std::string changes_since_revision;
  TemplateOptions templates;
  /// `--pdf-a`: an archival PDF/A-2b (sRGB output intent, PDF/A identification in the XMP
  /// metadata, a document ID from the content), still byte-identical across runs
  /// (docs/accessibility.md).
  bool pdf_a = false;
  /// `--threads N`: the threads that paint and compress the PDF's pages. 0: one per CPU this
  /// process may run on, at most 4; in a batch of several plans at once (BatchOptions::jobs),
  /// the CPUs shared among them. The PDF's bytes are the same for any number.
  int threads = 0;
};

/// Where part of a run's time went (`render --timings`, docs/cli.md).
struct StageTiming {
  std::string stage;   ///< e.g. "load", "fonts", "validate:kpis", "render:kpis", "layout", "pdf", "total"
  double wall_ms = 0;  ///< wall-clock milliseconds, summed over the stage's calls
  double cpu_ms = 0;   ///< CPU milliseconds of the whole process (user + system), likewise
  int calls = 1;       ///< how many times the stage ran (a plugin's stages: once per section)
};

/// The outcome of a run: its exit code and every diagnostic, sorted.
struct RunResult {
  ExitCode exit_code = ExitCode::ok;
  std::vector<Diagnostic> diagnostics;
  /// Errors and warnings reported in all, counting those beyond `--limit diagnostics`
  /// that `diagnostics` does not hold.
  std::size_t errors = 0, warnings = 0;
  std::filesystem::path output;  ///< what was written (render, on success)
  int pages = 0;
  /// render() and validate(): the stages in the order they first ran, then "total".
  std::vector<StageTiming> timings;
  /// Every file the run read or would have read (absolute): the plan and its includes (those
  /// not found too), the files it names with `href` (logos, images; not links), the theme's
  /// theme.xml, fonts and logo. What `planforge watch` watches.
  std::vector<std::filesystem::path> inputs;
};

/// Loads, validates, lays out and writes a plan. Writes the PDF to a temporary file beside
/// the output and renames it into place only on success: an existing PDF is never clobbered
/// by a failed run. Never throws.
PLANFORGE_API RunResult render(const RenderOptions& options);

/// What is wrong with an output name pattern (an unknown placeholder, a lone brace), or an
/// empty string when it is fine. The placeholders: {id} {version} {name} {dir} {status} {date}.
PLANFORGE_API std::string output_pattern_problem(std::string_view pattern);

/// `pattern` with every brace doubled: a literal path for RenderOptions::output.
PLANFORGE_API std::string escape_output_pattern(std::string_view pattern);

/// Loads and validates a plan (plugins included) and loads its theme, fonts and logos exactly
/// as render() does, without laying it out. Never throws.
PLANFORGE_API RunResult validate(const LoadOptions& load, const PluginOptions& plugins,
                                 const TemplateOptions& templates = {});

/// One plugin candidate found on the search path.
struct PluginCandidate {
  std::filesystem::path file;
  bool accepted = false;
  std::string name, version, description;
  std::vector<std::string> section_types;
  std::string rejection;  ///< why it was refused, when not accepted
};

/// Every candidate on the search path, accepted or not, with the reasons; and the
/// diagnostics (e.g. a type claimed twice).
PLANFORGE_API std::vector<PluginCandidate> list_plugins(const PluginOptions& options,
                                                        std::vector<Diagnostic>& problems);

/// The folders list_plugins() and render() search, in order (existing folders only).
PLANFORGE_API std::vector<std::filesystem::path> plugin_search_path(const PluginOptions& options);

/// One theme found on the template search path (a folder holding a theme.xml).
struct TemplateCandidate {
  std::string name;                   ///< the name that selects it: its folder's name
  std::filesystem::path file;         ///< its theme.xml
  std::string description;            ///< the theme's own `description`
  std::string extends;                ///< the theme it builds on, as written
  std::string page;                   ///< e.g. "A4", "Letter", "200 × 250 mm", "A4 landscape"
  bool usable = false;                ///< loads without errors (fonts and logo checked)
  std::string problem;                ///< the first error, when not usable
  std::filesystem::path shadowed_by;  ///< the theme.xml an earlier folder holds under the same name
};

/// Every theme on the template search path, in search order, each loaded and checked; and
/// the problems with the path itself (a --template-path that is not a folder).
PLANFORGE_API std::vector<TemplateCandidate> list_templates(const TemplateOptions& options,
                                                            std::vector<Diagnostic>& problems);

/// The folders list_templates() and render() search by name, in order (existing folders only).
PLANFORGE_API std::vector<std::filesystem::path> template_search_path(const TemplateOptions& options);

/// One kind of diagnostic (see DiagnosticCode), with who reports it.
struct CodeInfo {
  std::string id;
  Severity severity = Severity::warning;
  std::string summary;
  std::string source;  ///< "core", or the name of the plugin that declares it
};

/// Every code the core reports and the plugins on the search path declare, sorted by id:
/// for tools that filter diagnostics, rule lists and the documentation. Never throws.
PLANFORGE_API std::vector<CodeInfo> list_diagnostic_codes(const PluginOptions& options);

/// Writes the diagnostics as a JSON array (for `validate --format json`).
PLANFORGE_API std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics);

/// `planforge new`: creates the folder `folder` holding a starter plan (a copy of the
/// templates' `skeleton/` folder). Refuses a folder that already exists (usage), reports a
/// missing skeleton or an I/O failure as environment errors and then leaves nothing behind.
/// Never throws.
PLANFORGE_API RunResult create_plan(const std::filesystem::path& folder);

/// `planforge new-plugin`: creates the folder `folder` holding a section plugin skeleton
/// (from the templates' `plugin/` folder) named after the folder's last component, which
/// must be a lower-case name such as `risk-register`. Same refusals as create_plan().
/// Never throws.
PLANFORGE_API RunResult create_plugin(const std::filesystem::path& folder);

/// Sets the level of every core logger: -1 quiet (errors only), 0 normal, 1 verbose, 2 trace.
PLANFORGE_API void set_log_verbosity(int level);

PLANFORGE_END_NAMESPACE
