// The RenderCache a watch renders with (planforge/render_cache.hpp).
#include "engine/render_cache_state.hpp"
#include "engine/runs.hpp"
#include "sdk/guarded.hpp"

#include <planforge/render_cache.hpp>

namespace planforge::detail {

PluginHost& RenderCacheState::plugins(const PluginOptions& options) {
  const bool same = plugin_options_ && plugin_options_->paths == options.paths &&
                    plugin_options_->choices == options.choices;
  if (!same || !host_) {
    host_.reset();  // its plugin objects and libraries go before the new ones load
    host_ = std::make_unique<PluginHost>(options);
    plugin_options_ = options;
  }
  return *host_;
}

}  // namespace planforge::detail

PLANFORGE_BEGIN_NAMESPACE

RenderCache::RenderCache() : state_(std::make_unique<detail::RenderCacheState>()) {}

RenderCache::~RenderCache() = default;

RunResult render(const RenderOptions& options, RenderCache& cache) {
  return detail::guarded([&] { return detail::run_render(options, &cache.state()); });
}

PLANFORGE_END_NAMESPACE
