// planforge watch PLAN.xml [-o OUT.pdf] [--debounce MS] [--template NAME|DIR] [--set k=v]...
// Renders, then renders again whenever the plan, an included file, an image or the theme
// changes; Ctrl-C (SIGINT) or SIGTERM ends it with exit 0.
#include "cli.hpp"

#include <planforge/watch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>

namespace planforge::cli {

namespace {

struct WatchArgs {
  PlanArgs plan;
  PluginArgs plugins;
  TemplateArgs templates;
  std::string output;
  int debounce_ms = 20;
};

int stop_pipe[2] = {-1, -1};

extern "C" void on_stop_signal(int) {
  const char byte = 1;
  [[maybe_unused]] const auto n = ::write(stop_pipe[1], &byte, 1);
}

std::string milliseconds(double ms) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f ms", ms);
  return buffer;
}

std::string names(const std::vector<std::filesystem::path>& files) {
  std::string out;
  for (const auto& f : files) out += (out.empty() ? "" : ", ") + f.filename().string();
  return out;
}

void print(const WatchRender& run, const std::string& plan) {
  print_diagnostics(run.result.diagnostics);
  std::string line = "[" + std::to_string(run.number) + "] ";
  if (run.number == 1)
    line += plan + ": ";
  else
    line += names(run.changed) + " changed: ";
  const RunResult& r = run.result;
  if (r.exit_code == ExitCode::ok) {
    line += "wrote " + r.output.string() + " (" + std::to_string(r.pages) +
            (r.pages == 1 ? " page" : " pages") + ") in " + milliseconds(run.render_ms);
    if (run.number > 1) line += ", " + milliseconds(run.since_change_ms) + " after the change";
  } else {
    line += "failed with exit " + std::to_string(static_cast<int>(r.exit_code)) + "; nothing written";
    if (!run.kept.empty()) line += ", " + run.kept.string() + " stays as it was";
  }
  if (run.number == 1) line += "; watching " + std::to_string(run.watched) + " files (Ctrl-C stops)";
  std::cout << line << std::endl;
}

int run(const WatchArgs& args) {
  WatchOptions options;
  options.render.load = args.plan.options();
  options.render.plugins = args.plugins.options();
  options.render.templates = args.templates.options();
  options.render.output = args.output;
  options.debounce = std::chrono::milliseconds(args.debounce_ms);
  if (::pipe2(stop_pipe, O_CLOEXEC | O_NONBLOCK) == 0) {
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    options.stop_fd = stop_pipe[0];
  }
  std::string problem;
  const std::string plan = args.plan.plans.front();
  const ExitCode code = watch(
      options, [&](const WatchRender& r) { print(r, plan); }, problem);
  if (!problem.empty()) std::cerr << "planforge: error: " << problem << '\n';
  return static_cast<int>(code);
}

}  // namespace

void add_watch_command(CLI::App& app, Action& action) {
  auto [command, args] = add_command<WatchArgs>(app, action, "watch",
                                                "Render a plan again whenever it or its files change", run);
  add_plan_options(*command, args->plan);
  command->add_option("-o,--output", args->output, "The PDF to write (default: the plan's name with .pdf)")
      ->type_name("OUT.pdf");
  command
      ->add_option("--debounce", args->debounce_ms,
                   "Wait until the files are quiet this long before rendering")
      ->type_name("MS")
      ->check(CLI::Range(0, 10000))
      ->capture_default_str();
  add_template_options(*command, args->templates, true);
  add_plugin_options(*command, args->plugins, true);
}

}  // namespace planforge::cli
