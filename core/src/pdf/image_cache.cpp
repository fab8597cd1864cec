#include "pdf/image_cache.hpp"

#include "pdf/content_stream.hpp"

#include <mutex>
#include <string>

namespace planforge::detail {

namespace {

bool whole(const RasterImage& img) {
  return img.width != 0 && img.height != 0 && img.rgb.size() == std::size_t{img.width} * img.height * 3;
}

void deflate_once(const RasterImage& img, PixelMemo& memo) {
  std::call_once(memo.deflated_once, [&] { memo.deflated = deflated(img.rgb.data(), img.rgb.size()); });
}

}  // namespace

void ImageCache::prepare(const RasterImage& image) {
  if (image.memo && whole(image)) deflate_once(image, *image.memo);
}

ImageCache::ImageCache(Haru& haru, const std::vector<RasterImage>& images)
    : haru_(haru), images_(images), loaded_(images.size(), nullptr) {}

HPDF_Image ImageCache::get(std::size_t index) {
  if (index >= images_.size())
    throw PdfError("page refers to image " + std::to_string(index) + " of " + std::to_string(images_.size()));
  if (!loaded_[index]) {
    const auto& img = images_[index];
    if (!whole(img))
      throw PdfError("image " + std::to_string(index) + " has no pixels or a wrong pixel count");
    loaded_[index] =
        haru_.call("HPDF_LoadRawImageFromMem", HPDF_LoadRawImageFromMem, haru_.doc(),
                   static_cast<const HPDF_BYTE*>(img.rgb.data()), static_cast<HPDF_UINT>(img.width),
                   static_cast<HPDF_UINT>(img.height), HPDF_CS_DEVICE_RGB, static_cast<HPDF_UINT>(8));
    // Deflated by planforge, once per decoded image (a watch's next render finds it done),
    // at the level of the page contents instead of libharu's slower 6.
    PixelMemo own;  // for an image without a memo (moved from, then assigned pixels)
    PixelMemo& memo = img.memo ? *img.memo : own;
    deflate_once(img, memo);
    use_deflated_stream(haru_, loaded_[index], memo.deflated);
  }
  return loaded_[index];
}

}  // namespace planforge::detail
