#include "cli.hpp"

#include <algorithm>
#include <iostream>

namespace planforge::cli {

namespace {
bool quiet_ = false;
}  // namespace

bool quiet() { return quiet_; }
void set_quiet(bool quiet) { quiet_ = quiet; }

const CLI::Validator& name_value() {
  static const CLI::Validator validator(
      [](std::string& arg) -> std::string {
        const auto eq = arg.find('=');
        if (eq == std::string::npos || eq == 0) return "expected NAME=VALUE, got '" + arg + "'";
        return {};
      },
      "NAME=VALUE", "name=value");
  return validator;
}

// NAME=VALUE naming a limit and a value it accepts (docs/limits.md).
const CLI::Validator& limit_value() {
  static const CLI::Validator validator(
      [](std::string& arg) -> std::string {
        const auto eq = arg.find('=');
        if (eq == std::string::npos || eq == 0) return "expected NAME=VALUE, got '" + arg + "'";
        Limits scratch;
        return set_limit(scratch, arg.substr(0, eq), arg.substr(eq + 1));
      },
      "NAME=VALUE", "limit");
  return validator;
}

std::vector<std::pair<std::string, std::string>> split_name_values(const std::vector<std::string>& args) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& arg : args) {
    const auto eq = arg.find('=');
    out.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
  }
  return out;
}

PluginOptions PluginArgs::options() const {
  PluginOptions out;
  out.paths.assign(paths.begin(), paths.end());
  out.choices = split_name_values(choices);
  return out;
}

void add_plugin_options(CLI::App& command, PluginArgs& args, bool choices) {
  command.add_option("--plugin-path", args.paths, "Search this folder for plugins first (repeatable)")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
  if (choices)
    command
        .add_option("--use-plugin", args.choices,
                    "Choose the plugin for a section type several plugins provide")
        ->type_name("TYPE=NAME")
        ->check(name_value());
}

TemplateOptions TemplateArgs::options() const {
  TemplateOptions out;
  out.name = name;
  out.paths.assign(paths.begin(), paths.end());
  return out;
}

void add_template_options(CLI::App& command, TemplateArgs& args, bool choice) {
  if (choice)
    command.add_option("--template", args.name, "A theme name or folder (default: the plan's, else default)")
        ->type_name("NAME|DIR");
  command
      .add_option("--template-path", args.paths, "Search this folder for themes by name first (repeatable)")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
}

LoadOptions PlanArgs::options() const {
  LoadOptions out;
  if (!plans.empty()) out.plan = plans.front();
  out.sets = split_name_values(sets);
  read.apply(out);
  return out;
}

void ReadArgs::apply(LoadOptions& out) const {
  out.allow_outside_includes = allow_outside_includes;
  out.allowed_folders.assign(allowed_folders.begin(), allowed_folders.end());
  for (const auto& [name, value] : split_name_values(limits)) set_limit(out.limits, name, value);
}

void add_read_options(CLI::App& command, ReadArgs& args) {
  command
      .add_option("--allow-read", args.allowed_folders,
                  "Let the plan name files in this folder too, not only in its own (repeatable)")
      ->type_name("DIR")
      ->check(CLI::ExistingDirectory);
  command.add_option("--limit", args.limits, "Change one of the limits of docs/limits.md (repeatable)")
      ->type_name("NAME=VALUE")
      ->check(limit_value());
  // Deprecated: --allow-read / does the same. Kept so that existing scripts go on working.
  command.add_flag("--allow-outside-includes", args.allow_outside_includes,
                   "Deprecated: the same as --allow-read /");
}

void add_plan_options(CLI::App& command, PlanArgs& args, bool several) {
  command
      .add_option("plan", args.plans,
                  several ? "The plan definitions (XML), one or more" : "The plan definition (XML)")
      ->required()
      ->expected(1, several ? -1 : 1)
      ->type_name("PLAN.xml")
      ->check(CLI::ExistingFile);
  command.add_option("--set", args.sets, "Override a <var> or the plan's version (repeatable)")
      ->type_name("NAME=VALUE")
      ->check(name_value());
  add_read_options(command, args.read);
}

void print_listing(std::string_view title, const std::vector<std::vector<std::string>>& rows) {
  std::cout << '\n' << title << ":\n";
  if (rows.size() <= 1)
    std::cout << "  (none)\n";
  else
    print_table(rows);
}

void print_table(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      widths.resize(std::max(widths.size(), row.size()));
      widths[i] = std::max(widths[i], row[i].size());
    }
  for (const auto& row : rows) {
    std::string line = "  ";
    for (std::size_t i = 0; i < row.size(); ++i)
      line += i + 1 == row.size() ? row[i] : row[i] + std::string(widths[i] - row[i].size() + 2, ' ');
    std::cout << line << '\n';
  }
}

void print_search_path(const std::vector<std::filesystem::path>& folders, const char* kind) {
  std::cout << "Search path:\n";
  if (folders.empty()) std::cout << "  (no " << kind << " folder exists)\n";
  for (const auto& folder : folders) std::cout << "  " << folder.string() << '\n';
}

int listing_exit_code(const std::vector<Diagnostic>& problems) {
  std::vector<Diagnostic> errors;
  std::copy_if(problems.begin(), problems.end(), std::back_inserter(errors),
               [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (errors.empty()) return 0;
  print_diagnostics(errors);
  return static_cast<int>(ExitCode::usage);
}

int usage(const std::string& message, const std::string& hint) {
  print_diagnostics({{Severity::error, Location{"command line"}, message, {hint}, "usage/invalid-option"}});
  return static_cast<int>(ExitCode::usage);
}

namespace {

void print_all(const std::vector<Diagnostic>& diagnostics, const SeverityCounts& counts, Summary summary) {
  for (const auto& d : diagnostics) std::cerr << format_diagnostic(d) << '\n';
  if (summary == Summary::always || (summary == Summary::if_any && !diagnostics.empty()))
    std::cerr << counts.errors << (counts.errors == 1 ? " error, " : " errors, ") << counts.warnings
              << (counts.warnings == 1 ? " warning" : " warnings") << '\n';
}

}  // namespace

void print_diagnostics(const std::vector<Diagnostic>& diagnostics, Summary summary) {
  print_all(diagnostics, count_severities(diagnostics), summary);
}

void print_diagnostics(const RunResult& result, Summary summary) {
  print_all(result.diagnostics, count_severities(result), summary);
}

}  // namespace planforge::cli
