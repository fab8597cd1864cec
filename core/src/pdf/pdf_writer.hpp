#pragma once
// The only code that includes hpdf.h. Paints a PageSet with libharu and saves the PDF:
// fonts embedded (Unicode, from the theme's TrueType files), compression on, outline,
// links, document info, tagged with the PageSet's structure (structure_writer.hpp).
// Identical input gives identical bytes.
//
// Memory: each page's content stream is deflated as soon as it is painted
// (content_stream.hpp); the structure tree and the link annotations stay compact tables
// until they are written (object_range.hpp); a file is written straight from libharu's
// objects, never held whole in memory.

#include "layout/page_set.hpp"
#include "pdf/deflate_cache.hpp"
#include "text/font.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <vector>

namespace planforge::detail {

struct PdfError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A painted document, ready to save. Throws PdfError with libharu's error code and a
// reader's description. Only the faces the pages draw with are embedded. `metrics`: the
// same files as loaded for layout, so that they are not read again (null: read here).
// `pages` must outlive the document (its structure and images are written when saving).
class PdfDocument {
 public:
  // `pages_deflated`: deflated page contents kept between documents (a watch's renders).
  // `threads`: how many threads paint the pages (page_workers.hpp); 0: the default. The
  // bytes are the same for any number.
  PdfDocument(const PageSet& pages, const std::array<std::filesystem::path, 4>& fonts,
              const std::filesystem::path& heading_font = {}, const FontSet* metrics = nullptr,
              DeflateCache* pages_deflated = nullptr, int threads = 0);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  // The PDF's bytes.
  std::vector<std::uint8_t> bytes();
  // Writes the PDF into `file` (created or truncated).
  void save(const std::filesystem::path& file);

 private:
  struct Parts;
  std::unique_ptr<Parts> parts_;
};

// PdfDocument(...).bytes().
std::vector<std::uint8_t> write_pdf(const PageSet& pages, const std::array<std::filesystem::path, 4>& fonts,
                                    const std::filesystem::path& heading_font = {},
                                    const FontSet* metrics = nullptr, int threads = 0);

}  // namespace planforge::detail
