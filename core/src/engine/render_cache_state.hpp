#pragma once
// What a RenderCache holds (planforge/render_cache.hpp): the plugin host, font faces and
// decoded images by file, deflated page contents by their bytes. A Session given one takes from it instead of
// loading anew.

#include "image/image.hpp"
#include "input/file_cache.hpp"
#include "pdf/deflate_cache.hpp"
#include "plugins/plugin_host.hpp"
#include "text/font.hpp"

#include <planforge/engine.hpp>

#include <memory>
#include <optional>

namespace planforge::detail {

struct RenderCacheState {
  // Font files a theme names: four text faces and a heading face, a few themes' worth.
  static constexpr std::size_t font_capacity = 16;
  // Logos and pictures: at most this many, and this many bytes of pixels in all.
  static constexpr std::size_t image_capacity = 64;
  static constexpr std::uint64_t image_bytes = 256ull << 20;

  // The host for `plugin_options`: made anew when the options differ. Plugins are not
  // watched for changes (docs/cli.md): a rebuilt plugin needs a new cache.
  PluginHost& plugins(const PluginOptions& options);

  FileCache<FontFace> fonts{font_capacity};
  DeflateCache pages;  // deflated page contents, by their bytes (pdf/deflate_cache.hpp)
  FileCache<RasterImage> images{image_capacity, image_bytes,
                                [](const RasterImage& image) { return image.rgb.size(); }};

 private:
  std::optional<PluginOptions> plugin_options_;
  std::unique_ptr<PluginHost> host_;
};

}  // namespace planforge::detail
