// PNG through libpng's simplified API: it catches libpng's errors itself (no abort, no
// longjmp through our frames) and reports them in png_image::message.

#include "image/decoders.hpp"

#include <png.h>

#include <cstring>

namespace planforge::detail {

namespace {

std::uint32_t be32(const std::uint8_t* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
         std::uint32_t{p[3]};
}

// Frees libpng's state on every path out, including exceptions.
struct ImageGuard {
  png_image& image;
  ~ImageGuard() { png_image_free(&image); }
};

[[noreturn]] void fail(const png_image& image) {
  throw ImageError(std::string("PNG data is corrupt: ") +
                   (image.message[0] ? image.message : "unknown libpng error"));
}

}  // namespace

RasterImage decode_png(std::span<const std::uint8_t> data, std::uint64_t max_pixels) {
  // Signature (8) + IHDR length and type (8) + width and height (8). Reading the size here
  // gives our own messages for 0×0 and oversized images instead of libpng's.
  if (data.size() < 24) throw ImageError("PNG data is truncated");
  if (std::memcmp(data.data() + 12, "IHDR", 4) == 0)
    check_image_size(be32(data.data() + 16), be32(data.data() + 20), max_pixels);

  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  ImageGuard guard{image};
  if (!png_image_begin_read_from_memory(&image, data.data(), data.size())) fail(image);
  check_image_size(image.width, image.height, max_pixels);

  image.format = PNG_FORMAT_RGB;
  RasterImage out;
  out.width = image.width;
  out.height = image.height;
  out.rgb.resize(PNG_IMAGE_SIZE(image));
  // Transparency is composited onto white, the colour of the page a logo sits on.
  const png_color white{255, 255, 255};
  if (!png_image_finish_read(&image, &white, out.rgb.data(), 0, nullptr)) fail(image);
  return out;
}

}  // namespace planforge::detail
