#pragma once
// What PDF/A-2b (ISO 19005-2, level B) asks beyond what every planforge PDF has (`--pdf-a`,
// docs/accessibility.md): an output intent naming the colour space the device RGB colours
// mean (sRGB, from a packaged ICC profile), and a document ID. libharu's own PDF/A path
// derives the ID from the clock, so it is not used: the packed save (object_streams.hpp)
// writes the MD5 of the file's bytes before its cross-reference stream, so identical input
// still gives identical bytes.

#include "pdf/haru.hpp"

#include <filesystem>

namespace planforge::detail {

// The sRGB profile the output intent embeds (Debian's icc-profiles-free).
std::filesystem::path srgb_profile();

// Adds /OutputIntents with the sRGB profile at `icc` to the catalog; PdfError when it cannot
// be read or is not an RGB display profile.
void add_srgb_output_intent(Haru& haru, const std::filesystem::path& icc);

}  // namespace planforge::detail
