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

int run(const PluginArgs& args) {
  const PluginOptions options = args.options();
  std::vector<Diagnostic> problems;
  const auto candidates = list_plugins(options, problems);

  print_search_path(plugin_search_path(options), "plugin");

  std::vector<std::vector<std::string>> accepted{{"NAME", "VERSION", "TYPES", "PATH"}};
  std::map<std::string, std::vector<std::string>> owners;  // type -> plugin names
  std::vector<const PluginCandidate*> rejected;
  for (const auto& c : candidates) {
    if (!c.accepted) {
      rejected.push_back(&c);
      continue;
    }
    accepted.push_back({c.name, c.version, joined(c.section_types), c.file.string()});
    for (const auto& type : c.section_types) owners[type].push_back(c.name);
  }
  print_listing("Plugins", accepted);

  if (!rejected.empty()) {
    std::cout << "\nRejected:\n";
    for (const auto* c : rejected) std::cout << "  " << c->file.string() << ": " << c->rejection << '\n';
  }
  bool header = false;
  for (const auto& [type, names] : owners) {
    if (names.size() < 2) continue;
    if (!header)
      std::cout << "\nConflicts (a plan using the type must choose with --use-plugin TYPE=NAME):\n";
    header = true;
    std::cout << "  " << type << ": " << joined(names) << '\n';
  }

  // Errors only (a search folder that is not a folder); the rest was listed above.
  return listing_exit_code(problems);
}

}  // namespace

void add_plugins_command(CLI::App& app, Action& action) {
  auto [command, args] = add_command<PluginArgs>(app, action, "plugins",
                                                 "List the plugins found, the ones refused and why", run);
  add_plugin_options(*command, *args, false);
}

}  // namespace planforge::cli
