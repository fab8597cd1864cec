#include "text/rich_runs.hpp"

namespace planforge::detail {

namespace {

// Superscript and subscript: the size and baseline shift typesetters use (about 2/3 of the
// size; raised a third of the size, lowered a seventh).
constexpr double script_scale = 0.68;
constexpr double superscript_rise = 0.34;
constexpr double subscript_drop = 0.14;

bool is_bold(FontStyle s) { return s == FontStyle::bold || s == FontStyle::bold_italic; }
bool is_italic(FontStyle s) { return s == FontStyle::italic || s == FontStyle::bold_italic; }

}  // namespace

FontStyle font_style(bool bold, bool italic) {
  if (bold && italic) return FontStyle::bold_italic;
  if (bold) return FontStyle::bold;
  if (italic) return FontStyle::italic;
  return FontStyle::regular;
}

StyledRun styled_run(const Run& run, FontStyle base, double size, Color color) {
  StyledRun s;
  s.style = base == FontStyle::heading ? base
                                       : font_style(is_bold(base) || run.bold, is_italic(base) || run.italic);
  s.size = size;
  s.color = run.color.value_or(color);
  s.text = run.text;
  s.link = run.link;
  if (run.script != Script::normal) {
    // Smaller, and raised or lowered by a share of the surrounding size: the raised run's
    // top stays within the line's ascent, the lowered run's foot within its descent.
    s.size = size * script_scale;
    s.rise = size * (run.script == Script::superscript ? superscript_rise : -subscript_drop);
  }
  return s;
}

}  // namespace planforge::detail
