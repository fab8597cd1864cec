#pragma once
// Images made in memory for the tests: valid PNG and JPEG files written with libpng and
// libjpeg, which the tests then damage in controlled ways.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace planforge::test {

using Bytes = std::vector<std::uint8_t>;

// channels: 1 gray, 2 gray+alpha, 3 RGB, 4 RGBA; `pixels` holds width*height*channels bytes.
Bytes make_png(std::uint32_t width, std::uint32_t height, int channels, const Bytes& pixels);

// components: 1 gray, 3 RGB, 4 CMYK (Adobe-style inverted, as Photoshop writes it).
Bytes make_jpeg(std::uint32_t width, std::uint32_t height, int components, const Bytes& pixels,
                int quality = 95);

// Fills a width*height*channels buffer with one repeated pixel.
Bytes solid(std::uint32_t width, std::uint32_t height, std::vector<std::uint8_t> pixel);

// Offset of the first chunk of type `type` (its length field) in a PNG; throws if absent.
std::size_t png_chunk(const Bytes& png, const char* type);

// Offset of marker 0xFF `code` in a JPEG (the 0xFF byte); throws if absent.
std::size_t jpeg_marker(const Bytes& jpeg, std::uint8_t code);

// A file in a fresh temporary folder, removed with it.
class TempFile {
 public:
  TempFile(const std::string& name, const Bytes& content);
  ~TempFile();
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::filesystem::path& path() const { return path_; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::filesystem::path dir_, path_;
};

}  // namespace planforge::test
