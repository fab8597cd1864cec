#pragma once
// The two decoders behind decode_image(). Each takes the whole file in memory and throws
// ImageError with a reader's message; neither lets its library print or abort.

#include "image/image.hpp"

#include <cstdint>
#include <span>

namespace planforge::detail {

// Larger images are refused: a logo never needs them, and 10000×10000 RGB is already 300 MB.
inline constexpr std::uint32_t max_image_side = 10000;

// Throws ImageError for 0×0 or over-large sizes ("image is 0×0", "image larger than ...",
// "image of W×H pixels is larger than the limit of N pixels").
void check_image_size(std::uint32_t width, std::uint32_t height, std::uint64_t max_pixels);

RasterImage decode_png(std::span<const std::uint8_t> data, std::uint64_t max_pixels);
RasterImage decode_jpeg(std::span<const std::uint8_t> data, std::uint64_t max_pixels);

}  // namespace planforge::detail
