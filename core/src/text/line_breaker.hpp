#pragma once
// Breaks styled text into lines that fit a width: break opportunities from libunibreak
// (Unicode UAX #14), widths from the theme's fonts. A word wider than the line is
// hyphenated in the text's language (text/hyphenator.hpp), always with a visible hyphen.

#include "text/font.hpp"
#include "text/hyphenator.hpp"

#include <planforge/color.hpp>

#include <memory>
#include <string>
#include <vector>

namespace planforge::detail {

struct StyledRun {
  std::string text;  // UTF-8
  FontStyle style = FontStyle::regular;
  double size = 10;
  Color color;
  std::string link;    // external URI
  std::string target;  // internal anchor id (cross-references)
  double rise = 0;     // baseline shift up (superscript) or down (negative, subscript)
};

struct LineFragment {
  std::string text;
  FontStyle style = FontStyle::regular;
  double size = 10;
  Color color;
  std::string link, target;
  double x = 0;  // offset from the line's start
  double width = 0;
  double rise = 0;  // the run's baseline shift
};

struct Line {
  std::vector<LineFragment> fragments;
  double width = 0;         // without trailing spaces
  bool hard_break = false;  // ended by a newline in the text
};

// Lines of at most `max_width` points (a single code point wider than that still gets a
// line of its own). Spaces at a line's end are dropped and do not count; newline characters
// force a break and are not shown; malformed UTF-8 shows as U+FFFD. Empty text gives no line.
// A word too wide for any line is hyphenated with `hyphenator` (none: at the last letter
// that fits), and a line that ends inside a word always ends with a hyphen.
std::vector<Line> break_lines(const std::vector<StyledRun>& runs, double max_width, const FontSet& fonts,
                              const Hyphenator* hyphenator = nullptr);

// What a table needs to size a column: the widest piece that cannot be broken (a long word)
// and the widest line when nothing is broken but the text's own newlines.
struct TextExtent {
  double min_width = 0;
  double max_width = 0;
  double total_width = 0;  // all hard lines side by side: what wrapping spreads over lines
  int hard_lines = 0;      // lines the text's own newlines make (0 for empty text)
};
TextExtent measure_extent(const std::vector<StyledRun>& runs, const FontSet& fonts);

// Lines of a text held to a number of lines.
struct ClampedLines {
  std::vector<Line> lines;
  bool truncated = false;  // text was left out: the last line ends in "…"
};

struct ScannedText;

// Text decoded and measured once, then measured and broken as often as needed (a table
// cell is measured for its column and broken at the width it gets).
class MeasuredText {
 public:
  MeasuredText(std::vector<StyledRun> runs, const FontSet& fonts, const Hyphenator* hyphenator = nullptr);
  TextExtent extent() const;
  std::vector<Line> break_lines(double max_width) const;
  // At most `max_lines` lines (0: all). When text remains, the last line holds as much of
  // the rest of its paragraph as fits before an ellipsis, cut at a character, without the
  // spaces or a dangling , ; : - before the ellipsis.
  ClampedLines break_lines(double max_width, std::size_t max_lines) const;
  const std::vector<StyledRun>& runs() const { return runs_; }

 private:
  std::vector<StyledRun> runs_;
  std::shared_ptr<const ScannedText> scanned_;
  const Hyphenator* hyphenator_ = nullptr;  // outlives the text (the layout's)
};

}  // namespace planforge::detail
