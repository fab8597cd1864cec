#pragma once
/// @file render_cache.hpp  What a program that renders the same plan again and again keeps
/// between renders: `planforge watch` renders with one. Plugins do not need this header.

#include <planforge/engine.hpp>
#include <planforge/export.hpp>

#include <memory>

namespace planforge::detail {
struct RenderCacheState;
}  // namespace planforge::detail

PLANFORGE_BEGIN_NAMESPACE

/// Kept between the renders made with it: the plugins (found, checked and loaded once, for
/// as long as the plugin options stay the same), the font metrics of each font file and the
/// decoded pixels of each image file (with their deflated form for the PDF). A font or image
/// is used again only while its file is unchanged (same device, inode, size, modification
/// and status-change time); a changed one is read again. Bounded: docs/architecture.md,
/// "Caches". A render made with a cache writes exactly the bytes render() writes. Not
/// thread-safe: one render at a time.
class PLANFORGE_API RenderCache {
 public:
  RenderCache();
  ~RenderCache();
  RenderCache(const RenderCache&) = delete;
  RenderCache& operator=(const RenderCache&) = delete;

  /// The core's state (not for plugins or host programs).
  detail::RenderCacheState& state() { return *state_; }

 private:
  std::unique_ptr<detail::RenderCacheState> state_;
};

/// render(options), keeping in `cache` what the next render with it can use again. Never
/// throws.
PLANFORGE_API RunResult render(const RenderOptions& options, RenderCache& cache);

PLANFORGE_END_NAMESPACE
