#pragma once
// The only code that includes hpdf.h. Paints a PageSet with libharu and returns the PDF's
// bytes: fonts embedded (Unicode, from the theme's TrueType files), compression on, outline,
// links, document info, tagged with the PageSet's structure (structure_writer.hpp).
// Identical input gives identical bytes.

#include "layout/page_set.hpp"
#include "text/font.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace planforge::detail {

struct PdfError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws PdfError with libharu's error code and a reader's description. Only the faces the
// pages draw with are embedded. `metrics`: the same files as loaded for layout, so that
// they are not read again (null: read here).
std::vector<std::uint8_t> write_pdf(const PageSet& pages,
                                    const std::array<std::filesystem::path, 4>& fonts,
                                    const std::filesystem::path& heading_font = {},
                                    const FontSet* metrics = nullptr);

}  // namespace planforge::detail
