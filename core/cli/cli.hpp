#pragma once
// The planforge program: one file per command, each registering a CLI11 subcommand whose
// callback leaves the command's action in `Command::run` for main() to call after parsing.

#include <planforge/batch.hpp>
#include <planforge/engine.hpp>
#include <planforge/findings.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace planforge::cli {

// What main() runs once the command line parsed: returns the exit code.
using Action = std::function<int()>;

// Registers the subcommand `name`: its options fill a fresh Args, and once parsed its action
// is `run(args)`. Returns the subcommand, for its options, and the Args they fill.
template <typename Args>
std::pair<CLI::App*, std::shared_ptr<Args>> add_command(CLI::App& app, Action& action,
                                                        const std::string& name, const std::string& help,
                                                        int (*run)(const Args&)) {
  auto args = std::make_shared<Args>();
  CLI::App* command = app.add_subcommand(name, help);
  command->callback([args, run, &action] { action = [args, run] { return run(*args); }; });
  return {command, args};
}

void add_render_command(CLI::App& app, Action& action);
void add_validate_command(CLI::App& app, Action& action);
void add_diff_command(CLI::App& app, Action& action);
void add_watch_command(CLI::App& app, Action& action);
void add_lint_command(CLI::App& app, Action& action);
void add_plugins_command(CLI::App& app, Action& action);
void add_templates_command(CLI::App& app, Action& action);
void add_new_commands(CLI::App& app, Action& action);

// NAME=VALUE, checked while parsing (for --set and --use-plugin).
const CLI::Validator& name_value();
// Splits checked NAME=VALUE arguments at the first '='.
std::vector<std::pair<std::string, std::string>> split_name_values(const std::vector<std::string>& args);

// The options shared by commands that find plugins: --plugin-path and, with `choices`,
// --use-plugin.
struct PluginArgs {
  std::vector<std::string> paths, choices;
  PluginOptions options() const;
};
void add_plugin_options(CLI::App& command, PluginArgs& args, bool choices);

// The options shared by commands that find themes: --template-path and, with `choice`,
// --template.
struct TemplateArgs {
  std::string name;
  std::vector<std::string> paths;
  TemplateOptions options() const;
};
void add_template_options(CLI::App& command, TemplateArgs& args, bool choice);

// What a plan may read and cost: --allow-read, --limit and the deprecated
// --allow-outside-includes (docs/limits.md). Every command that loads plans takes them.
struct ReadArgs {
  std::vector<std::string> allowed_folders, limits;
  bool allow_outside_includes = false;
  void apply(LoadOptions& out) const;
};
void add_read_options(CLI::App& command, ReadArgs& args);

// The options shared by commands that load plans: the plans (one, or with `several` one or
// more), --set and the ReadArgs.
struct PlanArgs {
  std::vector<std::string> plans;
  std::vector<std::string> sets;
  ReadArgs read;
  // The shared settings; `plan` is the first plan.
  LoadOptions options() const;
};
void add_plan_options(CLI::App& command, PlanArgs& args, bool several = false);

// Rows of columns to stdout, each column as wide as its widest cell, indented two spaces.
// Widths count bytes: the cells are ASCII names and paths.
void print_table(const std::vector<std::vector<std::string>>& rows);
// "\nTitle:" and the table, or "(none)" when it holds only its header row.
void print_listing(std::string_view title, const std::vector<std::vector<std::string>>& rows);

// "Search path:" and the folders of a listing command (`kind`: "plugin", "template").
void print_search_path(const std::vector<std::filesystem::path>& folders, const char* kind);
// A listing's exit code: 0, or 2 after printing the errors among `problems` (a search
// folder that is not a folder); warnings were part of the listing.
int listing_exit_code(const std::vector<Diagnostic>& problems);

// How render and validate report and run several plans: --format, --werror, -j, --shard.
struct RunArgs {
  std::string format = "text";
  bool werror = false;
  int jobs = 1;
  std::string shard;
  bool timings = false;  // render --timings: each plan's stage times to stderr
  FindingsFormat findings_format() const;
  // The plans this run takes: all of them, or those of --shard.
  std::vector<std::filesystem::path> selected(const PlanArgs& plans) const;
};
void add_run_options(CLI::App& command, RunArgs& args);

// Runs a batch and reports it in the chosen format: each plan's diagnostics and, for
// several plans, a line each and a total (see report.cpp). Returns the exit code.
int run_and_report(std::string_view command, const BatchOptions& options, const RunArgs& args);

// A usage error about the command line as a whole: printed, and exit code 2.
int usage(const std::string& message, const std::string& hint);

// When print_diagnostics() ends with the line "N errors, M warnings".
enum class Summary { always, if_any, never };
// Diagnostics to stderr as `file:line:col: error: message` plus hints, then the summary.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, Summary summary = Summary::if_any);
// The same for a run, whose counts include the diagnostics beyond `--limit diagnostics`
// that it does not list.
void print_diagnostics(const RunResult& result, Summary summary);

// Set by -q: commands keep their success messages to themselves.
bool quiet();
void set_quiet(bool quiet);

}  // namespace planforge::cli
