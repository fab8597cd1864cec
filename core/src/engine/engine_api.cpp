// The public engine calls: each runs its body with every exception caught, because a host
// program (and CI) must get an exit code and a message, never a crash.
#include "sdk/guarded.hpp"
#include "engine/install_paths.hpp"
#include "engine/runs.hpp"
#include "plugins/search_path.hpp"
#include "sdk/logging.hpp"

#include <planforge/engine.hpp>

PLANFORGE_BEGIN_NAMESPACE

ExitCode more_urgent(ExitCode a, ExitCode b) {
  const auto urgency = [](ExitCode code) {
    switch (code) {
      case ExitCode::ok: return 0;
      case ExitCode::plan_errors: return 1;
      case ExitCode::environment: return 2;
      case ExitCode::usage: return 3;
    }
    return 0;
  };
  return urgency(b) > urgency(a) ? b : a;
}

RunResult render(const RenderOptions& options) {
  return detail::guarded([&] { return detail::run_render(options); });
}

RunResult validate(const LoadOptions& load, const PluginOptions& plugins, const TemplateOptions& templates) {
  return detail::guarded([&] { return detail::run_validate(load, plugins, templates); });
}

RunResult create_plan(const std::filesystem::path& folder) {
  return detail::guarded([&] { return detail::run_create_plan(folder); });
}

RunResult create_plugin(const std::filesystem::path& folder) {
  return detail::guarded([&] { return detail::run_create_plugin(folder); });
}

namespace {

// A listing: its body's result, or nothing with the failure among the problems.
template <class Body>
auto listed(Body&& body, std::vector<Diagnostic>& problems) noexcept -> decltype(body()) {
  try {
    return body();
  } catch (const std::exception& e) {
    RunResult r = detail::failure("internal error", e.what());
    problems.insert(problems.end(), r.diagnostics.begin(), r.diagnostics.end());
  } catch (...) {
    RunResult r = detail::failure("internal error");
    problems.insert(problems.end(), r.diagnostics.begin(), r.diagnostics.end());
  }
  return {};
}

}  // namespace

std::vector<PluginCandidate> list_plugins(const PluginOptions& options, std::vector<Diagnostic>& problems) {
  return listed([&] { return detail::run_list_plugins(options, problems); }, problems);
}

std::vector<TemplateCandidate> list_templates(const TemplateOptions& options,
                                              std::vector<Diagnostic>& problems) {
  return listed([&] { return detail::run_list_templates(options, problems); }, problems);
}

std::vector<CodeInfo> list_diagnostic_codes(const PluginOptions& options) {
  try {
    return detail::run_list_codes(options);
  } catch (...) {  // out of memory, or a broken plugin path: an empty list says "unknown"
    return {};
  }
}

std::vector<std::filesystem::path> plugin_search_path(const PluginOptions& options) {
  try {
    return detail::resolve_search_path(options).folders;
  } catch (...) {  // only out of memory can get here; the listing goes on without it
    return {};
  }
}

std::vector<std::filesystem::path> template_search_path(const TemplateOptions& options) {
  try {
    return detail::resolve_template_path(options).folders;
  } catch (...) {
    return {};
  }
}

void set_log_verbosity(int level) { detail::set_verbosity(level); }

PLANFORGE_END_NAMESPACE
