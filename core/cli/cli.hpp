#pragma once
// The planforge program: one file per command, each registering a CLI11 subcommand whose
// callback leaves the command's action in `Command::run` for main() to call after parsing.

#include <planforge/engine.hpp>

#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace planforge::cli {

// What main() runs once the command line parsed: returns the exit code.
using Action = std::function<int()>;

void add_render_command(CLI::App& app, Action& action);
void add_validate_command(CLI::App& app, Action& action);
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

// The options shared by commands that load a plan: the plan, --set, --allow-outside-includes.
struct PlanArgs {
  std::string plan;
  std::vector<std::string> sets;
  bool allow_outside_includes = false;
  LoadOptions options() const;
};
void add_plan_options(CLI::App& command, PlanArgs& args);

// Rows of columns to stdout, each column as wide as its widest cell, indented two spaces.
// Widths count bytes: the cells are ASCII names and paths.
void print_table(const std::vector<std::vector<std::string>>& rows);

// "Search path:" and the folders of a listing command (`kind`: "plugin", "template").
void print_search_path(const std::vector<std::filesystem::path>& folders, const char* kind);
// A listing's exit code: 0, or 2 after printing the errors among `problems` (a search
// folder that is not a folder); warnings were part of the listing.
int listing_exit_code(const std::vector<Diagnostic>& problems);

// Diagnostics to stderr as `file:line:col: error: message` plus hints; then, when
// `summary` or when there was any, the line "N errors, M warnings".
void print_diagnostics(const std::vector<Diagnostic>& diagnostics, bool summary);

// Set by -q: commands keep their success messages to themselves.
bool quiet();
void set_quiet(bool quiet);

}  // namespace planforge::cli
