#include "image/image.hpp"

#include "image/decoders.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>

namespace planforge::detail {

namespace {

// A logo file beyond this size is not a logo; refuse it before reading it into memory.
constexpr std::uintmax_t max_file_bytes = 64u << 20;

constexpr std::array<std::uint8_t, 8> png_signature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

std::vector<std::uint8_t> read_file(const std::filesystem::path& file) {
  std::error_code ec;
  auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status)) throw ImageError("image file not found");
  if (!std::filesystem::is_regular_file(status)) throw ImageError("not a regular file");
  auto size = std::filesystem::file_size(file, ec);
  if (ec) throw ImageError("cannot read image file: " + ec.message());
  if (size > max_file_bytes)
    throw ImageError("image file is too large (" + std::to_string(size >> 20) +
                     " MB; the limit is 64 MB)");
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ImageError("cannot open image file");
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) throw ImageError("cannot read image file");
  return bytes;
}

}  // namespace

void check_image_size(std::uint32_t width, std::uint32_t height) {
  if (width == 0 || height == 0)
    throw ImageError("image is " + std::to_string(width) + "×" + std::to_string(height));
  if (width > max_image_side || height > max_image_side)
    throw ImageError("image larger than 10000×10000 (" + std::to_string(width) + "×" +
                     std::to_string(height) + ")");
}

RasterImage decode_image(const std::filesystem::path& file) {
  auto bytes = read_file(file);
  if (bytes.empty()) throw ImageError("image file is empty");
  // The signature decides, never the file name: a JPEG saved as logo.png is still a JPEG.
  if (bytes.size() >= png_signature.size() &&
      std::equal(png_signature.begin(), png_signature.end(), bytes.begin()))
    return decode_png(bytes);
  // SOI alone marks a JPEG: what follows it, junk included, is for libjpeg to judge.
  if (bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0xD8) return decode_jpeg(bytes);
  throw ImageError("not a PNG or JPEG image");
}

}  // namespace planforge::detail
