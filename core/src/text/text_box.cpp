#include "text/text_box.hpp"

#include "text/line_breaker.hpp"
#include "text/rich_runs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace planforge::detail {

namespace {

std::vector<StyledRun> box_runs(const FigTextBox& box, const TextBoxEnv& env) {
  std::vector<StyledRun> runs;
  runs.reserve(box.text.size());
  for (const Run& run : box.text) {
    StyledRun s = styled_run(run, box.style, box.size, box.color);
    if (!run.ref.empty()) {
      // No page number: a figure's lines must not depend on where the pages break.
      s.target = run.ref;
      if (s.text.empty() && env.ref_title) s.text = env.ref_title(run.ref);
      if (s.text.empty()) s.text = run.ref;
    }
    if ((!run.link.empty() || !run.ref.empty()) && !run.color) s.color = env.link_color;
    runs.push_back(std::move(s));
  }
  return runs;
}

TextSpan span_of(const LineFragment& f, double x, std::string text, double width) {
  return TextSpan{std::move(text), f.style, f.size, f.color, f.link, f.target, x, width, f.rise};
}

// The line's fragments as spans from `x`; with `extra` > 0 each space widens by it (a
// justified line), so every word, with the spaces after it, becomes a span of its own.
std::vector<TextSpan> spans_of(const Line& line, double x, double extra, const FontSet& fonts) {
  std::vector<TextSpan> spans;
  double shift = 0;
  for (const LineFragment& f : line.fragments) {
    if (f.text.empty()) continue;
    if (extra <= 0 || f.text.find(' ') == std::string::npos) {
      spans.push_back(span_of(f, x + f.x + shift, f.text, f.width));
      continue;
    }
    double along = 0;  // from the fragment's start, unjustified
    std::size_t begin = 0;
    while (begin < f.text.size()) {
      std::size_t end = f.text.find(' ', begin);
      end = end == std::string::npos ? f.text.size() : f.text.find_first_not_of(' ', end);
      if (end == std::string::npos) end = f.text.size();
      std::string word = f.text.substr(begin, end - begin);
      const double w = fonts.text_width(word, f.size, f.style);
      // The word with its widened spaces: a link's underline and area run on unbroken.
      const double widened = extra * static_cast<double>(std::count(word.begin(), word.end(), ' '));
      spans.push_back(span_of(f, x + f.x + along + shift, std::move(word), w + widened));
      along += w;
      shift += widened;
      begin = end;
    }
  }
  return spans;
}

std::size_t spaces_in(const Line& line) {
  std::size_t n = 0;
  for (const LineFragment& f : line.fragments)
    n += static_cast<std::size_t>(std::count(f.text.begin(), f.text.end(), ' '));
  return n;
}

bool usable(double v) { return std::isfinite(v) && v > 0; }

}  // namespace

TextLayout set_text_box(const FigTextBox& box, double height_limit, const TextBoxEnv& env) {
  TextLayout out;
  const double spacing = usable(box.line_spacing) ? box.line_spacing : default_line_spacing;
  if (!usable(box.size) || !usable(box.width) || box.text.empty()) return out;
  out.line_height = box.size * spacing;
  double room = std::isnan(height_limit) ? 0 : height_limit;
  if (box.max_height) room = std::min(room, *box.max_height);
  std::size_t max_lines = std::numeric_limits<std::size_t>::max();
  if (box.max_lines > 0) max_lines = static_cast<std::size_t>(box.max_lines);
  // Rounding must not cost a line that exactly fits.
  if (std::isfinite(room))
    max_lines = std::min(max_lines,
                         static_cast<std::size_t>(std::max(0.0, std::floor(room / out.line_height + 1e-6))));
  if (max_lines == 0) {
    out.truncated = true;
    return out;
  }
  const MeasuredText text(box_runs(box, env), env.fonts, env.hyphenator);
  ClampedLines set = text.break_lines(box.width, max_lines);
  out.truncated = set.truncated;
  const double n = static_cast<double>(set.lines.size());
  out.height = n * out.line_height;
  double top = 0;
  if (box.max_height && std::isfinite(*box.max_height) && box.valign != VAlign::top) {
    const double free = std::max(0.0, *box.max_height - out.height);
    top = box.valign == VAlign::middle ? free / 2 : free;
  }
  const double baseline = baseline_offset(env.fonts, box.size, out.line_height);
  out.lines.reserve(set.lines.size());
  for (std::size_t i = 0; i < set.lines.size(); ++i) {
    const Line& line = set.lines[i];
    // A paragraph's last line (a forced break, the text's end, the ellipsis) is not spread.
    const bool last = line.hard_break || i + 1 == set.lines.size();
    const std::size_t spaces = box.justify && !last ? spaces_in(line) : 0;
    const double free = std::max(0.0, box.width - line.width);
    double x = 0, extra = 0;
    if (spaces > 0)
      extra = free / static_cast<double>(spaces);
    else if (box.align == Align::center)
      x = free / 2;
    else if (box.align == Align::right)
      x = free;
    TextLine l;
    l.spans = spans_of(line, x, extra, env.fonts);
    l.width = spaces > 0 ? box.width : line.width;
    l.top = top + static_cast<double>(i) * out.line_height;
    l.baseline = l.top + baseline;
    out.lines.push_back(std::move(l));
  }
  return out;
}

}  // namespace planforge::detail
