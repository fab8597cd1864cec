#include "text/line_breaker.hpp"

#include "text/glyph_scan.hpp"
#include "text/word_break.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

// Rounding in widths must not push a line that exactly fits onto two lines.
constexpr double fit_tolerance = 1e-6;

bool hangs(GlyphKind kind) { return kind != GlyphKind::ink; }

// Builds one line from glyphs [begin, end): trailing spaces dropped, fragments per run;
// `hyphen` (or a soft hyphen at the break) ends it with a visible hyphen.
Line make_line(const ScannedText& scanned, const std::vector<StyledRun>& runs, std::size_t begin,
               std::size_t end, bool hard_break, bool hyphen) {
  const auto& glyphs = scanned.glyphs;
  if (!hard_break && end > begin && glyphs[end - 1].soft_hyphen && end < glyphs.size()) hyphen = true;
  while (end > begin && hangs(glyphs[end - 1].kind)) --end;
  Line line;
  line.hard_break = hard_break;
  double x = 0;
  LineFragment* current = nullptr;
  std::uint32_t current_run = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const Glyph& g = glyphs[i];
    if (g.kind == GlyphKind::invisible || g.kind == GlyphKind::newline) continue;
    if (!current || g.run != current_run) {
      const StyledRun& run = runs[g.run];
      line.fragments.push_back(
          LineFragment{{}, run.style, run.size, run.color, run.link, run.target, x, 0, run.rise});
      current = &line.fragments.back();
      current_run = g.run;
    }
    current->text.append(scanned.text, g.begin, g.end - g.begin);
    current->width += g.width;
    x += g.width;
  }
  if (hyphen && current) {
    current->text += '-';
    current->width += scanned.hyphen_width[current_run];
    x += scanned.hyphen_width[current_run];
  }
  line.width = x;
  return line;
}

// Whether glyph `i` is punctuation an ellipsis should not follow ("Goals, …").
bool dangles(const ScannedText& scanned, std::size_t i) {
  const Glyph& g = scanned.glyphs[i];
  if (g.end != g.begin + 1) return false;
  const char c = scanned.text[g.begin];
  return c == ',' || c == ';' || c == ':' || c == '-';
}

// The last line of a clamped text: from glyph `start`, as much as fits before an ellipsis,
// cut at a character (the rest of its paragraph is what is left out).
Line ellipsis_line(const ScannedText& scanned, const std::vector<StyledRun>& runs, std::size_t start,
                   double max_width) {
  const auto& glyphs = scanned.glyphs;
  std::size_t end = start;
  double width = 0;
  for (std::size_t j = start; j < glyphs.size() && glyphs[j].kind != GlyphKind::newline; ++j) {
    width += glyphs[j].width;
    if (width > max_width + fit_tolerance) break;
    if (glyphs[j].kind == GlyphKind::ink &&
        width + scanned.ellipsis_width[glyphs[j].run] <= max_width + fit_tolerance)
      end = j + 1;
    if (glyphs[j].brk == BreakAfter::mandatory) break;
  }
  while (end > start && (hangs(glyphs[end - 1].kind) || dangles(scanned, end - 1))) --end;
  Line line = make_line(scanned, runs, start, end, false, false);
  const std::uint32_t run = end > start ? glyphs[end - 1].run : glyphs[start].run;
  if (line.width + scanned.ellipsis_width[run] > max_width + fit_tolerance) return line;
  if (line.fragments.empty()) {
    const StyledRun& r = runs[run];
    line.fragments.push_back(LineFragment{{}, r.style, r.size, r.color, r.link, r.target, 0, 0, r.rise});
  }
  line.fragments.back().text += "\u2026";
  line.fragments.back().width += scanned.ellipsis_width[run];
  line.width += scanned.ellipsis_width[run];
  return line;
}

bool has_ink_from(const ScannedText& scanned, std::size_t from) {
  for (std::size_t i = from; i < scanned.glyphs.size(); ++i)
    if (scanned.glyphs[i].kind == GlyphKind::ink) return true;
  return false;
}

ClampedLines break_scanned(const ScannedText& scanned, const std::vector<StyledRun>& runs, double max_width,
                           const Hyphenator* hyphenator, std::size_t max_lines = 0) {
  const auto& glyphs = scanned.glyphs;
  const std::size_t n = glyphs.size();
  ClampedLines out;
  std::vector<Line>& lines = out.lines;
  std::size_t start = 0;
  // (Past the limit only empty lines can be left: what remains holds no ink.)
  while (start < n && (max_lines == 0 || lines.size() < max_lines)) {
    double width = 0;
    bool has_ink = false;
    std::size_t last_break = n;  // a line may end after this glyph; n: none yet
    std::size_t end = n, next = n;
    bool hard = false, hyphen = false;
    for (std::size_t j = start; j < n; ++j) {
      const Glyph& g = glyphs[j];
      if (g.kind == GlyphKind::newline) {
        end = j;
        next = j + 1;
        hard = true;
        break;
      }
      if (g.kind == GlyphKind::ink && has_ink && width + g.width > max_width + fit_tolerance) {
        // A word that fits a line of its own moves to the next line whole; one that fits
        // no line is broken inside, with a hyphen (break_in_word.cpp).
        const WordBreak b = break_in_word(scanned, start, last_break < n ? last_break + 1 : start, j,
                                          max_width + fit_tolerance, hyphenator);
        const bool inside = b.after != no_break;
        end = next = inside ? b.after + 1 : last_break < n ? last_break + 1 : j;
        hyphen = inside && b.hyphen;
        break;
      }
      width += g.width;
      has_ink = has_ink || g.kind == GlyphKind::ink;
      if (g.brk == BreakAfter::mandatory && j + 1 < n) {
        end = next = j + 1;
        hard = true;
        break;
      }
      // After a soft hyphen a line may end only if the hyphen it then shows fits too.
      if (g.brk == BreakAfter::allowed &&
          (!g.soft_hyphen || width + scanned.hyphen_width[g.run] <= max_width + fit_tolerance))
        last_break = j;
    }
    if (max_lines > 0 && lines.size() + 1 == max_lines && has_ink_from(scanned, next)) {
      lines.push_back(ellipsis_line(scanned, runs, start, max_width));
      out.truncated = true;
      break;
    }
    lines.push_back(make_line(scanned, runs, start, end, hard, hyphen));
    start = next;
  }
  return out;
}

TextExtent extent_of(const ScannedText& scanned) {
  TextExtent extent;
  double word = 0, word_trailing = 0;  // current unbreakable piece, and its hanging spaces
  double line = 0, line_trailing = 0;  // current hard line
  auto end_line = [&] {
    extent.max_width = std::max(extent.max_width, line);
    extent.total_width += line;
    ++extent.hard_lines;
    line = line_trailing = 0;
  };
  for (const Glyph& g : scanned.glyphs) {
    if (g.kind == GlyphKind::newline) {
      end_line();
      word = word_trailing = 0;
      continue;
    }
    if (hangs(g.kind)) {
      word_trailing += g.width;
      line_trailing += g.width;
    } else {
      word += word_trailing + g.width;
      line += line_trailing + g.width;
      word_trailing = line_trailing = 0;
    }
    extent.min_width = std::max(extent.min_width, word);
    if (g.brk != BreakAfter::none) word = word_trailing = 0;
    if (g.brk == BreakAfter::mandatory) end_line();
  }
  if (!scanned.glyphs.empty() && scanned.glyphs.back().kind != GlyphKind::newline) end_line();
  return extent;
}

}  // namespace

std::vector<Line> break_lines(const std::vector<StyledRun>& runs, double max_width, const FontSet& fonts,
                              const Hyphenator* hyphenator) {
  return break_scanned(scan_glyphs(runs, fonts), runs, max_width, hyphenator).lines;
}

TextExtent measure_extent(const std::vector<StyledRun>& runs, const FontSet& fonts) {
  return extent_of(scan_glyphs(runs, fonts));
}

MeasuredText::MeasuredText(std::vector<StyledRun> runs, const FontSet& fonts, const Hyphenator* hyphenator)
    : runs_(std::move(runs)),
      scanned_(std::make_shared<ScannedText>(scan_glyphs(runs_, fonts))),
      hyphenator_(hyphenator) {}

TextExtent MeasuredText::extent() const { return extent_of(*scanned_); }

std::vector<Line> MeasuredText::break_lines(double max_width) const {
  return break_scanned(*scanned_, runs_, max_width, hyphenator_).lines;
}

ClampedLines MeasuredText::break_lines(double max_width, std::size_t max_lines) const {
  return break_scanned(*scanned_, runs_, max_width, hyphenator_, max_lines);
}

}  // namespace planforge::detail
