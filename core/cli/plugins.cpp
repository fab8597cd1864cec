// planforge plugins [--plugin-path DIR]...: what the search path holds, what was refused and
// why, and which section types several plugins claim.
#include "cli.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

namespace planforge::cli {

namespace {

std::string joined(const std::vector<std::string>& items, const char* separator = ", ") {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
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

int run(const PluginArgs& args) {
  const PluginOptions options = args.options();
  std::vector<Diagnostic> problems;
  const auto candidates = list_plugins(options, problems);

  std::cout << "Search path:\n";
  const auto folders = plugin_search_path(options);
  if (folders.empty()) std::cout << "  (no plugin folder exists)\n";
  for (const auto& folder : folders) std::cout << "  " << folder.string() << '\n';

  std::vector<std::vector<std::string>> accepted{{"NAME", "VERSION", "TYPES", "PATH"}};
  std::map<std::string, std::vector<std::string>> owners;   // type -> plugin names
  std::vector<const PluginCandidate*> rejected;
  for (const auto& c : candidates) {
    if (!c.accepted) {
      rejected.push_back(&c);
      continue;
    }
    accepted.push_back({c.name, c.version, joined(c.section_types), c.file.string()});
    for (const auto& type : c.section_types) owners[type].push_back(c.name);
  }
  std::cout << "\nPlugins:\n";
  if (accepted.size() == 1)
    std::cout << "  (none)\n";
  else
    print_table(accepted);

  if (!rejected.empty()) {
    std::cout << "\nRejected:\n";
    for (const auto* c : rejected) std::cout << "  " << c->file.string() << ": " << c->rejection << '\n';
  }
  bool header = false;
  for (const auto& [type, names] : owners) {
    if (names.size() < 2) continue;
    if (!header) std::cout << "\nConflicts (a plan using the type must choose with --use-plugin TYPE=NAME):\n";
    header = true;
    std::cout << "  " << type << ": " << joined(names) << '\n';
  }

  // Errors only (a bad --plugin-path); conflicts were listed above.
  std::vector<Diagnostic> errors;
  std::copy_if(problems.begin(), problems.end(), std::back_inserter(errors),
               [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (!errors.empty()) {
    print_diagnostics(errors, false);
    return static_cast<int>(ExitCode::usage);
  }
  return 0;
}

}  // namespace

void add_plugins_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<PluginArgs>();
  CLI::App* command = app.add_subcommand("plugins", "List the plugins found, the ones refused and why");
  add_plugin_options(*command, *args, false);
  command->callback([args, &action] { action = [args] { return run(*args); }; });
}

}  // namespace planforge::cli
