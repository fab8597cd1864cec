#include "image/image.hpp"

#include "image/decoders.hpp"
#include "input/read_file.hpp"

#include <algorithm>
#include <array>

namespace planforge::detail {

namespace {

// A logo file beyond this size is not a logo; refuse it before reading it into memory.
constexpr std::uintmax_t max_file_bytes = 64u << 20;

constexpr std::array<std::uint8_t, 8> png_signature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

std::vector<std::uint8_t> read_file(const std::filesystem::path& file) {
  // Never blocks on a FIFO, never reads a device: only a regular file, checked once open.
  std::string bytes;
  const ReadResult read = read_regular_file(file, bytes, max_file_bytes);
  if (read.status == ReadStatus::not_found) throw ImageError("image file not found");
  if (read.status != ReadStatus::ok) throw ImageError("image file " + read_problem_phrase(read));
  return {bytes.begin(), bytes.end()};
}

}  // namespace

void check_image_size(std::uint32_t width, std::uint32_t height, std::uint64_t max_pixels) {
  if (width == 0 || height == 0)
    throw ImageError("image is " + std::to_string(width) + "×" + std::to_string(height));
  if (width > max_image_side || height > max_image_side)
    throw ImageError("image larger than 10000×10000 (" + std::to_string(width) + "×" +
                     std::to_string(height) + ")");
  if (std::uint64_t{width} * height > max_pixels)
    throw ImageError("image of " + std::to_string(width) + "×" + std::to_string(height) +
                     " pixels is larger than the limit of " + std::to_string(max_pixels) + " pixels");
}

RasterImage decode_image(const std::filesystem::path& file, std::uint64_t max_pixels) {
  auto bytes = read_file(file);
  if (bytes.empty()) throw ImageError("image file is empty");
  // The signature decides, never the file name: a JPEG saved as logo.png is still a JPEG.
  if (bytes.size() >= png_signature.size() &&
      std::equal(png_signature.begin(), png_signature.end(), bytes.begin()))
    return decode_png(bytes, max_pixels);
  // SOI alone marks a JPEG: what follows it, junk included, is for libjpeg to judge.
  if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8) return decode_jpeg(bytes, max_pixels);
  throw ImageError("not a PNG or JPEG image");
}

}  // namespace planforge::detail
