#pragma once
// Breaks styled text into lines that fit a width: break opportunities from libunibreak
// (Unicode UAX #14), widths from the theme's fonts. A word wider than the line is broken
// between code points rather than overflowing.

#include "text/font.hpp"

#include <planforge/color.hpp>

#include <string>
#include <vector>

namespace planforge::detail {

struct StyledRun {
  std::string text;            // UTF-8
  FontStyle style = FontStyle::regular;
  double size = 10;
  Color color;
  std::string link;            // external URI
  std::string target;          // internal anchor id (cross-references)
};

struct LineFragment {
  std::string text;
  FontStyle style = FontStyle::regular;
  double size = 10;
  Color color;
  std::string link, target;
  double x = 0;                // offset from the line's start
  double width = 0;
};

struct Line {
  std::vector<LineFragment> fragments;
  double width = 0;            // without trailing spaces
  bool hard_break = false;     // ended by a newline in the text
};

std::vector<Line> break_lines(const std::vector<StyledRun>& runs, double max_width,
                              const FontSet& fonts);

}  // namespace planforge::detail
