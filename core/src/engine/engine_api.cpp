// The public engine calls: each runs its body with every exception caught, because a host
// program (and CI) must get an exit code and a message, never a crash.
#include "engine/install_paths.hpp"
#include "engine/runs.hpp"
#include "plugins/search_path.hpp"
#include "sdk/logging.hpp"

#include <planforge/engine.hpp>

#include <new>

PLANFORGE_BEGIN_NAMESPACE

namespace {

RunResult failure(const char* what, const char* detail = nullptr) noexcept {
  RunResult result;
  result.exit_code = ExitCode::environment;
  try {
    std::string message = what;
    if (detail) message += std::string(": ") + detail;
    result.diagnostics.push_back({Severity::error, Location{"planforge"}, std::move(message), {}});
  } catch (...) {  // out of memory even for the message: the exit code still says it
  }
  return result;
}

template <class Body>
RunResult guarded(Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return failure("out of memory");
  } catch (const std::exception& e) {
    return failure("internal error", e.what());
  } catch (...) {
    return failure("internal error");
  }
}

}  // namespace

RunResult render(const RenderOptions& options) {
  return guarded([&] { return detail::run_render(options); });
}

RunResult validate(const LoadOptions& load, const PluginOptions& plugins, const TemplateOptions& templates) {
  return guarded([&] { return detail::run_validate(load, plugins, templates); });
}

RunResult create_plan(const std::filesystem::path& folder) {
  return guarded([&] { return detail::run_create_plan(folder); });
}

RunResult create_plugin(const std::filesystem::path& folder) {
  return guarded([&] { return detail::run_create_plugin(folder); });
}

namespace {

// A listing: its body's result, or nothing with the failure among the problems.
template <class Body>
auto listed(Body&& body, std::vector<Diagnostic>& problems) noexcept -> decltype(body()) {
  try {
    return body();
  } catch (const std::exception& e) {
    RunResult r = failure("internal error", e.what());
    problems.insert(problems.end(), r.diagnostics.begin(), r.diagnostics.end());
  } catch (...) {
    RunResult r = failure("internal error");
    problems.insert(problems.end(), r.diagnostics.begin(), r.diagnostics.end());
  }
  return {};
}

}  // namespace

std::vector<PluginCandidate> list_plugins(const PluginOptions& options, std::vector<Diagnostic>& problems) {
  return listed([&] { return detail::run_list_plugins(options, problems); }, problems);
}

std::vector<TemplateCandidate> list_templates(const TemplateOptions& options, std::vector<Diagnostic>& problems) {
  return listed([&] { return detail::run_list_templates(options, problems); }, problems);
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
