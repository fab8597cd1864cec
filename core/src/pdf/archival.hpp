#pragma once
// What PDF/A-2b (ISO 19005-2, level B) asks beyond what every planforge PDF has (`--pdf-a`,
// docs/accessibility.md): an output intent naming the colour space the device RGB colours
// mean (sRGB, from a packaged ICC profile), and a document ID. libharu's own PDF/A path
// derives the ID from the clock, so it is not used: the ID here is the MD5 of the document
// saved without one, and identical input still gives identical bytes.

#include "pdf/haru.hpp"

#include <cstdint>
#include <filesystem>
#include <vector>

namespace planforge::detail {

// The sRGB profile the output intent embeds (Debian's icc-profiles-free).
std::filesystem::path srgb_profile();

// Adds /OutputIntents with the sRGB profile at `icc` to the catalog; PdfError when it cannot
// be read or is not an RGB display profile.
void add_srgb_output_intent(Haru& haru, const std::filesystem::path& icc);

// Sets the trailer's /ID to the MD5 of `content` (the document saved without an ID), both
// halves the same: the file has never been changed since it was made.
void set_document_id(Haru& haru, const std::vector<std::uint8_t>& content);

}  // namespace planforge::detail
