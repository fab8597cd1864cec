#pragma once
// The bodies of the public engine calls; engine_api.cpp wraps them so that nothing escapes.

#include <planforge/engine.hpp>

namespace planforge::detail {

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
