// planforge templates [--template-path DIR]...: the themes found by name, where, and which
// are broken or shadowed.
#include "cli.hpp"

#include <algorithm>
#include <iostream>
#include <memory>

namespace planforge::cli {

namespace {

int run(const TemplateArgs& args) {
  const TemplateOptions options = args.options();
  std::vector<Diagnostic> problems;
  const auto candidates = list_templates(options, problems);

  print_search_path(template_search_path(options), "template");

  std::vector<std::vector<std::string>> usable{{"NAME", "PAGE", "EXTENDS", "PATH"}};
  std::vector<const TemplateCandidate*> broken, shadowed;
  for (const auto& c : candidates) {
    if (!c.shadowed_by.empty())
      shadowed.push_back(&c);
    else if (!c.usable)
      broken.push_back(&c);
    else
      usable.push_back({c.name, c.page, c.extends.empty() ? "-" : c.extends, c.file.parent_path().string()});
  }
  print_listing("Themes", usable);
  bool described = false;
  for (const auto& c : candidates) {
    if (c.description.empty() || !c.shadowed_by.empty() || !c.usable) continue;
    if (!described) std::cout << "\nDescriptions:\n";
    described = true;
    std::cout << "  " << c.name << ": " << c.description << '\n';
  }
  if (!broken.empty()) {
    std::cout << "\nBroken (render and validate name the errors):\n";
    for (const auto* c : broken) std::cout << "  " << c->name << ": " << c->problem << '\n';
  }
  if (!shadowed.empty()) {
    std::cout << "\nShadowed (an earlier folder has a theme of the same name):\n";
    for (const auto* c : shadowed)
      std::cout << "  " << c->file.string() << " (the name selects " << c->shadowed_by.string() << ")\n";
  }

  // Errors only (a search folder that is not a folder); the rest was listed above.
  return listing_exit_code(problems);
}

}  // namespace

void add_templates_command(CLI::App& app, Action& action) {
  auto [command, args] =
      add_command<TemplateArgs>(app, action, "templates", "List the themes found by name, and where", run);
  add_template_options(*command, *args, false);
}

}  // namespace planforge::cli
