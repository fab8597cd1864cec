#pragma once
// Works around a libharu 2.3.0 bug in the ToUnicode CMap of its UTF-8 TrueType fonts.

#include "pdf/haru.hpp"

namespace planforge::detail {

// libharu writes the ToUnicode map of a UTF-8 font with "begincidrange", an operator a
// ToUnicode CMap may not use: poppler then prints "Syntax Warning: Invalid 'begincidrange'
// operator in ToUnicode CMap" for every font, and stricter readers drop the map (so copy and
// search break). The character codes libharu writes are the BMP code points themselves, so
// the map's content is replaced by the same identity written with "beginbfrange".
void repair_to_unicode(Haru& haru, HPDF_Font font);

}  // namespace planforge::detail
