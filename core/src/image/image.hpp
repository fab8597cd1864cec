#pragma once
// Images a user supplies (logos), decoded by code that reports errors — libpng and libjpeg
// with error handlers — before libharu sees a byte: libharu's own PNG path lets libpng
// abort() the process on a corrupt file.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <vector>

namespace planforge::detail {

struct ImageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What is made from a decoded image's pixels once, for every copy of it: the PDF writer's
// deflated pixels (a watch keeps decoded images between renders, so a logo is deflated
// once per watch, not once per render). Made by the first writer that needs it.
struct PixelMemo {
  std::once_flag deflated_once;
  std::vector<std::uint8_t> deflated;
};

// 8-bit RGB pixels, rows top to bottom; transparency is composited onto white. The pixels
// are never changed once decoded (a copy shares `memo`).
struct RasterImage {
  std::uint32_t width = 0, height = 0;
  std::vector<std::uint8_t> rgb;  // width * height * 3
  std::shared_ptr<PixelMemo> memo = std::make_shared<PixelMemo>();
};

// Decodes a PNG or JPEG (told apart by signature, not by name). Throws ImageError with a
// reader's message ("not a PNG or JPEG image", "PNG data is corrupt: CRC error", "image is
// 0×0", "image larger than 10000×10000") for anything else.
// Images over `max_pixels` (Limits::image_pixels) are refused before they are decoded.
RasterImage decode_image(const std::filesystem::path& file, std::uint64_t max_pixels = 40'000'000);

}  // namespace planforge::detail
