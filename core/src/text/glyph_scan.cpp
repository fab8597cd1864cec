#include "text/glyph_scan.hpp"

#include "text/utf8.hpp"

#include <linebreak.h>
#include <unicode/uchar.h>

namespace planforge::detail {

namespace {

// libunibreak builds its tables once; the function-local static makes that thread-safe.
void ensure_linebreak_ready() {
  static const bool ready = [] {
    init_linebreak();
    return true;
  }();
  (void)ready;
}

}  // namespace

GlyphKind classify_code_point(char32_t cp) {
  switch (cp) {
    case U' ':
    case U'\t':
    case 0x1680:
    case 0x3000: return GlyphKind::space;
    case U'\n':
    case 0x0B:
    case 0x0C:
    case 0x85:
    case 0x2028:
    case 0x2029: return GlyphKind::newline;
    case U'\r':
    case 0xAD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF: return GlyphKind::invisible;
    default:
      // En quad … hair space break like a space; U+2007 (figure space) does not.
      if (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) return GlyphKind::space;
      return GlyphKind::ink;
  }
}

ScannedText scan_glyphs(const std::vector<StyledRun>& runs, const FontSet& fonts) {
  ensure_linebreak_ready();
  ScannedText out;
  std::vector<std::uint32_t> run_end;
  run_end.reserve(runs.size());
  std::size_t bytes = 0;
  for (const auto& run : runs) bytes += run.text.size();
  out.text.reserve(bytes);
  for (const auto& run : runs) {
    append_sanitized(out.text, run.text);
    run_end.push_back(static_cast<std::uint32_t>(out.text.size()));
  }
  out.hyphen_width.reserve(runs.size());
  out.ellipsis_width.reserve(runs.size());
  for (const auto& run : runs) {
    out.hyphen_width.push_back(fonts.face(run.style).advance(U'-') * run.size / 1000.0);
    out.ellipsis_width.push_back(fonts.face(run.style).advance(U'\u2026') * run.size / 1000.0);
  }
  const std::string& text = out.text;
  if (text.empty()) return out;

  std::vector<char> brks(text.size());
  set_linebreaks_utf8(reinterpret_cast<const utf8_t*>(text.data()), text.size(), nullptr, brks.data());

  out.glyphs.reserve(text.size());
  std::uint32_t run = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos >= run_end[run]) ++run;  // skips empty runs too
    const std::size_t begin = pos;
    const char32_t cp = next_code_point(text, pos);
    const StyledRun& style = runs[run];
    Glyph g;
    g.begin = static_cast<std::uint32_t>(begin);
    g.end = static_cast<std::uint32_t>(pos);
    g.run = run;
    g.kind = classify_code_point(cp);
    g.soft_hyphen = cp == 0xAD;
    g.letter = u_isalpha(static_cast<UChar32>(cp));
    // A CR is a break only where libunibreak says so (a lone CR); before LF it is nothing.
    if (cp == U'\r' && pos < text.size() && brks[pos - 1] == LINEBREAK_MUSTBREAK) g.kind = GlyphKind::newline;
    if (g.kind == GlyphKind::ink || g.kind == GlyphKind::space) {
      const char32_t measured = cp == U'\t' ? U' ' : cp;
      g.width = fonts.face(style.style).advance(measured) * style.size / 1000.0;
    }
    // The end of the text is reported as a mandatory break; it is not a line break.
    const char b = brks[pos - 1];
    if (pos == text.size())
      g.brk = BreakAfter::allowed;
    else if (b == LINEBREAK_MUSTBREAK)
      g.brk = BreakAfter::mandatory;
    else if (b == LINEBREAK_ALLOWBREAK)
      g.brk = BreakAfter::allowed;
    out.glyphs.push_back(g);
  }
  return out;
}

}  // namespace planforge::detail
