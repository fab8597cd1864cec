#include "image_fixtures.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <jpeglib.h>
#include <png.h>

namespace planforge::test {

Bytes make_png(std::uint32_t width, std::uint32_t height, int channels, const Bytes& pixels) {
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  image.width = width;
  image.height = height;
  static const png_uint_32 formats[] = {0, PNG_FORMAT_GRAY, PNG_FORMAT_GA, PNG_FORMAT_RGB, PNG_FORMAT_RGBA};
  image.format = formats[channels];
  png_alloc_size_t size = 0;
  if (!png_image_write_to_memory(&image, nullptr, &size, 0, pixels.data(), 0, nullptr))
    throw std::runtime_error(std::string("png size: ") + image.message);
  Bytes out(size);
  if (!png_image_write_to_memory(&image, out.data(), &size, 0, pixels.data(), 0, nullptr))
    throw std::runtime_error(std::string("png write: ") + image.message);
  out.resize(size);
  return out;
}

Bytes make_jpeg(std::uint32_t width, std::uint32_t height, int components, const Bytes& pixels, int quality) {
  jpeg_compress_struct cinfo;
  jpeg_error_mgr err;
  cinfo.err = jpeg_std_error(&err);  // valid input only: the default exit() is acceptable here
  jpeg_create_compress(&cinfo);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&cinfo, &buffer, &size);
  cinfo.image_width = width;
  cinfo.image_height = height;
  cinfo.input_components = components;
  cinfo.in_color_space = components == 1 ? JCS_GRAYSCALE : components == 3 ? JCS_RGB : JCS_CMYK;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, quality, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  while (cinfo.next_scanline < cinfo.image_height) {
    JSAMPROW row =
        const_cast<unsigned char*>(pixels.data()) + std::size_t{cinfo.next_scanline} * width * components;
    jpeg_write_scanlines(&cinfo, &row, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  Bytes out(buffer, buffer + size);
  std::free(buffer);
  return out;
}

Bytes solid(std::uint32_t width, std::uint32_t height, std::vector<std::uint8_t> pixel) {
  Bytes out;
  out.reserve(std::size_t{width} * height * pixel.size());
  for (std::size_t i = 0; i < std::size_t{width} * height; ++i)
    out.insert(out.end(), pixel.begin(), pixel.end());
  return out;
}

std::size_t png_chunk(const Bytes& png, const char* type) {
  std::size_t at = 8;
  while (at + 8 <= png.size()) {
    std::uint32_t length = (std::uint32_t{png[at]} << 24) | (std::uint32_t{png[at + 1]} << 16) |
                           (std::uint32_t{png[at + 2]} << 8) | png[at + 3];
    if (std::memcmp(&png[at + 4], type, 4) == 0) return at;
    at += 12 + length;
  }
  throw std::runtime_error(std::string("no chunk ") + type);
}

std::size_t jpeg_marker(const Bytes& jpeg, std::uint8_t code) {
  for (std::size_t i = 0; i + 1 < jpeg.size(); ++i)
    if (jpeg[i] == 0xFF && jpeg[i + 1] == code) return i;
  throw std::runtime_error("no such marker");
}

TempFile::TempFile(const std::string& name, const Bytes& content) {
  std::string pattern = (std::filesystem::temp_directory_path() / "pf-image-XXXXXX").string();
  dir_ = ::mkdtemp(pattern.data());
  path_ = dir_ / name;
  std::ofstream(path_, std::ios::binary)
      .write(reinterpret_cast<const char*>(content.data()), static_cast<std::streamsize>(content.size()));
}

TempFile::~TempFile() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

}  // namespace planforge::test
