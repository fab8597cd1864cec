#pragma once
// What PDF/A-2b (ISO 19005-2, level B) asks beyond what every planforge PDF has (`--pdf-a`,
// docs/accessibility.md): an output intent naming the colour space the device RGB colours
// mean (sRGB, from a packaged ICC profile), and a document ID. libharu's own PDF/A path
// derives the ID from the clock, so it is not used: the ID here is the MD5 of the document
// saved without one, and identical input still gives identical bytes.

#include "pdf/haru.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <vector>

namespace planforge::detail {

// The sRGB profile the output intent embeds (Debian's icc-profiles-free).
std::filesystem::path srgb_profile();

// Adds /OutputIntents with the sRGB profile at `icc` to the catalog; PdfError when it cannot
// be read or is not an RGB display profile.
void add_srgb_output_intent(Haru& haru, const std::filesystem::path& icc);

using Md5 = std::array<std::uint8_t, 16>;
// The MD5 of `bytes`; of the file `file` (PdfError when it cannot be read).
Md5 md5_of(std::span<const std::uint8_t> bytes);
Md5 md5_of_file(const std::filesystem::path& file);

// Sets the trailer's /ID to `digest`, the MD5 of the document saved without an ID, both
// halves the same: the file has never been changed since it was made.
void set_document_id(Haru& haru, const Md5& digest);

}  // namespace planforge::detail
