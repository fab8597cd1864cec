// decode_image: good PNG and JPEG files of every colour type, and every kind of broken file a
// user might hand us, none of which may take the process down.

#include "image/image.hpp"
#include "image_fixtures.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <random>

#include <sys/stat.h>

using namespace planforge::detail;
using namespace planforge::test;

namespace {

RasterImage decode_bytes(const Bytes& bytes, const std::string& name = "logo.img") {
  TempFile file(name, bytes);
  return decode_image(file.path());
}

// The ImageError message for `bytes`, or "decoded" when it decodes.
std::string error_of(const Bytes& bytes, const std::string& name = "logo.img") {
  try {
    decode_bytes(bytes, name);
    return "decoded";
  } catch (const ImageError& e) {
    return e.what();
  }
}

bool near(std::uint8_t a, int b, int tolerance = 6) { return std::abs(a - b) <= tolerance; }

Bytes checkerboard_rgb(std::uint32_t w, std::uint32_t h) {
  Bytes px;
  for (std::uint32_t y = 0; y < h; ++y)
    for (std::uint32_t x = 0; x < w; ++x) {
      bool dark = (x / 4 + y / 4) % 2;
      px.insert(px.end(), {std::uint8_t(dark ? 20 : 200), std::uint8_t(x * 4), std::uint8_t(y * 4)});
    }
  return px;
}

}  // namespace

TEST_CASE("an RGB PNG decodes pixel for pixel") {
  Bytes px{255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 40, 50, 60, 70, 80, 90};
  auto img = decode_bytes(make_png(3, 2, 3, px));
  CHECK(img.width == 3);
  CHECK(img.height == 2);
  CHECK(img.rgb == px);
}

TEST_CASE("PNG transparency is composited onto white") {
  Bytes px{0, 0, 0, 0, /* transparent */ 0, 0, 0, 255, /* opaque black */ 0, 0, 0, 128};
  auto img = decode_bytes(make_png(3, 1, 4, px));
  REQUIRE(img.rgb.size() == 9);
  CHECK(img.rgb[0] == 255);
  CHECK(img.rgb[2] == 255);
  CHECK(img.rgb[3] == 0);
  INFO("half-covered pixel: " << int(img.rgb[6]));
  // Half-covered black on white, blended in linear light as libpng does: sRGB 186, not 127.
  CHECK(near(img.rgb[6], 186, 8));
}

TEST_CASE("grayscale PNG becomes RGB") {
  auto img = decode_bytes(make_png(2, 1, 1, {0, 200}));
  CHECK(img.rgb == Bytes{0, 0, 0, 200, 200, 200});
  auto with_alpha = decode_bytes(make_png(1, 1, 2, {0, 0}));
  CHECK(with_alpha.rgb == Bytes{255, 255, 255});
}

TEST_CASE("an RGB JPEG decodes to close colours") {
  auto img = decode_bytes(make_jpeg(16, 16, 3, solid(16, 16, {200, 60, 30})));
  CHECK(img.width == 16);
  CHECK(img.height == 16);
  REQUIRE(img.rgb.size() == 16 * 16 * 3);
  CHECK(near(img.rgb[0], 200));
  CHECK(near(img.rgb[1], 60));
  CHECK(near(img.rgb[2], 30));
}

TEST_CASE("grayscale and CMYK JPEGs are converted to RGB") {
  auto gray = decode_bytes(make_jpeg(8, 8, 1, solid(8, 8, {90})));
  REQUIRE(gray.rgb.size() == 8 * 8 * 3);
  CHECK(near(gray.rgb[0], 90));
  CHECK(gray.rgb[0] == gray.rgb[1]);
  CHECK(gray.rgb[1] == gray.rgb[2]);

  // Adobe-inverted CMYK: 0 means full ink. Full cyan, no other ink: (0, 255, 255).
  auto cyan = decode_bytes(make_jpeg(8, 8, 4, solid(8, 8, {0, 255, 255, 255})));
  REQUIRE(cyan.rgb.size() == 8 * 8 * 3);
  CHECK(near(cyan.rgb[0], 0));
  CHECK(near(cyan.rgb[1], 255));
  CHECK(near(cyan.rgb[2], 255));
}

TEST_CASE("the signature decides, not the name") {
  auto jpeg = make_jpeg(8, 8, 3, solid(8, 8, {0, 0, 255}));
  auto img = decode_bytes(jpeg, "actually-a-jpeg.png");
  CHECK(img.width == 8);
  auto png = make_png(1, 1, 3, {1, 2, 3});
  CHECK(decode_bytes(png, "photo.jpg").rgb == Bytes{1, 2, 3});
  std::string text = "<svg>not a bitmap</svg>";
  CHECK(error_of(Bytes(text.begin(), text.end()), "logo.png") == "not a PNG or JPEG image");
}

TEST_CASE("empty, missing and folder paths") {
  CHECK(error_of({}, "empty.png") == "image file is empty");
  CHECK_THROWS_WITH_AS(decode_image("/nonexistent/planforge/logo.png"), "image file not found", ImageError);
  TempFile file("x.png", {1});
  CHECK_THROWS_WITH_AS(decode_image(file.dir()), "image file is a directory, not a file", ImageError);
}

TEST_CASE("a truncated PNG is refused with libpng's reason") {
  auto png = make_png(32, 32, 3, checkerboard_rgb(32, 32));
  Bytes half(png.begin(), png.begin() + static_cast<long>(png.size() / 2));
  auto message = error_of(half);
  CHECK(message.rfind("PNG data is corrupt: ", 0) == 0);
  Bytes stub(png.begin(), png.begin() + 12);
  CHECK(error_of(stub) == "PNG data is truncated");
}

TEST_CASE("a PNG with a bad CRC is refused, not aborted") {
  auto png = make_png(8, 8, 3, checkerboard_rgb(8, 8));
  auto idat = png_chunk(png, "IDAT");
  std::uint32_t length =
      (std::uint32_t{png[idat]} << 24) | (png[idat + 1] << 16) | (png[idat + 2] << 8) | png[idat + 3];
  auto bad_idat = png;
  bad_idat[idat + 8 + length] ^= 0xFF;  // first CRC byte after the data
  CHECK(error_of(bad_idat) == "PNG data is corrupt: IDAT: CRC error");

  auto bad_ihdr = png;
  bad_ihdr[8 + 8 + 13] ^= 0x01;
  CHECK(error_of(bad_ihdr) == "PNG data is corrupt: IHDR: CRC error");
}

TEST_CASE("PNG sizes: 0×0 and larger than 10000×10000 are refused before decoding") {
  auto png = make_png(2, 2, 3, solid(2, 2, {1, 2, 3}));
  auto zero = png;
  std::fill(zero.begin() + 16, zero.begin() + 24, 0);
  CHECK(error_of(zero) == "image is 0×0");
  auto wide = png;
  wide[16] = 0, wide[17] = 0, wide[18] = 0x4E, wide[19] = 0x20;  // 20000
  CHECK(error_of(wide) == "image larger than 10000×10000 (20000×2)");
}

TEST_CASE("a JPEG with junk after SOI is refused instead of becoming an empty image") {
  auto jpeg = make_jpeg(16, 16, 3, solid(16, 16, {10, 200, 10}));
  Bytes junk(jpeg.begin(), jpeg.begin() + 2);
  for (int i = 0; i < 40; ++i) junk.push_back(static_cast<std::uint8_t>(0x41 + i % 26));
  junk.insert(junk.end(), jpeg.begin() + 2, jpeg.end());
  auto message = error_of(junk);
  INFO(message);
  CHECK(message.rfind("JPEG data is corrupt: ", 0) == 0);
  CHECK(message.find("extraneous bytes") != std::string::npos);

  Bytes only_junk{0xFF, 0xD8};
  for (int i = 0; i < 200; ++i) only_junk.push_back(static_cast<std::uint8_t>(i * 7));
  CHECK(error_of(only_junk).rfind("JPEG data is corrupt: ", 0) == 0);
}

TEST_CASE("a truncated JPEG is refused instead of being padded with grey") {
  auto jpeg = make_jpeg(64, 64, 3, checkerboard_rgb(64, 64));
  Bytes cut(jpeg.begin(), jpeg.begin() + static_cast<long>(jpeg.size() * 2 / 3));
  CHECK(error_of(cut) == "JPEG data is corrupt: Premature end of JPEG file");
  Bytes header_only(jpeg.begin(), jpeg.begin() + 20);
  CHECK(error_of(header_only).rfind("JPEG data is corrupt: ", 0) == 0);
}

TEST_CASE("JPEG sizes: 0 rows and over 10000 columns") {
  auto jpeg = make_jpeg(16, 16, 3, solid(16, 16, {1, 2, 3}));
  auto sof = jpeg_marker(jpeg, 0xC0);  // FF C0, length (2), precision (1), height (2), width (2)
  auto zero = jpeg;
  zero[sof + 5] = 0, zero[sof + 6] = 0;
  CHECK(error_of(zero) == "image is 0×0");
  auto wide = jpeg;
  wide[sof + 7] = 0x2E, wide[sof + 8] = 0xE0;  // 12000
  CHECK(error_of(wide) == "image larger than 10000×10000 (12000×16)");
}

TEST_CASE("randomly damaged files either decode or throw ImageError, never abort") {
  std::mt19937 rng(20261115);  // fixed seed: the same damage on every run
  const Bytes sources[] = {make_png(24, 24, 4, solid(24, 24, {10, 20, 30, 200})),
                           make_jpeg(24, 24, 3, checkerboard_rgb(24, 24))};
  int refused = 0, decoded = 0;
  for (const auto& source : sources) {
    for (int round = 0; round < 150; ++round) {
      Bytes damaged = source;
      int flips = 1 + static_cast<int>(rng() % 4);
      for (int f = 0; f < flips; ++f)
        damaged[8 + rng() % (damaged.size() - 8)] ^= static_cast<std::uint8_t>(1 + rng() % 255);
      if (rng() % 3 == 0) damaged.resize(8 + rng() % (damaged.size() - 8));
      try {
        auto img = decode_bytes(damaged);
        CHECK(img.rgb.size() == std::size_t{img.width} * img.height * 3);
        ++decoded;
      } catch (const ImageError&) {
        ++refused;
      }
    }
  }
  CHECK(refused > 0);
  CHECK(refused + decoded == 300);
}

TEST_CASE("an image over the pixel limit is refused before it is decoded — a FIFO is never waited for") {
  auto png = make_png(40, 30, 3, checkerboard_rgb(40, 30));
  TempFile file("big.png", png);
  CHECK_THROWS_WITH_AS(decode_image(file.path(), 1000),
                       "image of 40×30 pixels is larger than the limit of 1000 pixels", ImageError);
  CHECK(decode_image(file.path(), 1200).width == 40);
  auto jpeg = make_jpeg(40, 30, 3, solid(40, 30, {0, 0, 255}));
  TempFile jfile("big.jpg", jpeg);
  CHECK_THROWS_WITH_AS(decode_image(jfile.path(), 1000),
                       "image of 40×30 pixels is larger than the limit of 1000 pixels", ImageError);
  const auto fifo = file.dir() / "pipe.png";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(decode_image(fifo), "image file is a FIFO, not a regular file", ImageError);
}
