#pragma once
// A small hand-made PageSet that exercises every item kind the PDF writer paints, with
// places the tests read back from the rendered page (colours at known points).

#include "layout/page_set.hpp"

namespace planforge::test {

// Three A4 pages: page 1 carries the shapes, the image, the watermark and two links;
// pages 2 and 3 are link and outline targets.
detail::PageSet sample_document();

// Page 1's colours at its sample points (points from the top-left).
inline constexpr Color band_navy{0x14, 0x28, 0x4B};
inline constexpr Color circle_green{0x2E, 0x7D, 0x5B};
inline constexpr Color panel_grey{0xF2, 0xF4, 0xF7};

}  // namespace planforge::test
