#pragma once
// The document's images as libharu XObjects: each embedded once, on first use (in page
// order, so object numbers do not depend on how pages were painted), and shared by every
// page that shows it. Its pixels are deflated by planforge (content_stream.hpp).

#include "image/image.hpp"
#include "pdf/haru.hpp"

#include <vector>

namespace planforge::detail {

class ImageCache {
 public:
  ImageCache(Haru& haru, const std::vector<RasterImage>& images);
  HPDF_Image get(std::size_t index);  // throws PdfError for a bad index or pixel buffer

  // Deflates `image`'s pixels now, on this thread, if get() would accept them (once per
  // decoded image: a painting thread does it, get() finds it done).
  static void prepare(const RasterImage& image);

 private:
  Haru& haru_;
  const std::vector<RasterImage>& images_;
  std::vector<HPDF_Image> loaded_;
};

}  // namespace planforge::detail
