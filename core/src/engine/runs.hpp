#pragma once
// The bodies of the public engine calls; engine_api.cpp wraps them so that nothing escapes.

#include <planforge/engine.hpp>

#include <string>
#include <utility>
#include <vector>

namespace planforge::detail {

// A run that stopped before its work: `code`, and one diagnostic of kind `kind` at `where`
// (a file, or a name such as "command line").
inline RunResult run_failed(ExitCode code, const DiagnosticCode& kind, const std::filesystem::path& where,
                            std::string message, std::vector<std::string> hints = {}) {
  RunResult result;
  result.exit_code = code;
  result.diagnostics.push_back(
      {kind.severity, Location{where.string()}, std::move(message), std::move(hints), std::string(kind.id)});
  return result;
}

struct RenderCacheState;

// With a cache (planforge/render_cache.hpp): plugins, fonts and images from it and into it.
RunResult run_render(const RenderOptions& options, RenderCacheState* cache = nullptr);
// Where render(options) would write, without rendering: sets `output` and returns an empty
// result (exit ok) when the name could be resolved, else the problems that prevent it (a
// plan that cannot be read at all, a pattern that cannot be used), which are final.
RunResult run_resolve_output(const RenderOptions& options, std::filesystem::path& output);
RunResult run_validate(const LoadOptions& load, const PluginOptions& plugins,
                       const TemplateOptions& templates);
std::vector<TemplateCandidate> run_list_templates(const TemplateOptions& options,
                                                  std::vector<Diagnostic>& problems);
std::vector<PluginCandidate> run_list_plugins(const PluginOptions& options,
                                              std::vector<Diagnostic>& problems);
std::vector<CodeInfo> run_list_codes(const PluginOptions& options);
RunResult run_create_plan(const std::filesystem::path& folder);
RunResult run_create_plugin(const std::filesystem::path& folder);

}  // namespace planforge::detail
