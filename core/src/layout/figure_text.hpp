#pragma once
// A figure's text: the one text box model (text_box(), measure.hpp) for what a FigText
// covers, and its FigTextBoxes set into lines once (the same code as TextMeasure::set, with
// the canvas's bottom as the limit), their links made Link elements under the figure's, and
// drawn at whatever scale the figure gets.

#include "layout/chunk.hpp"
#include "layout/context.hpp"
#include "text/font_measure.hpp"

#include <planforge/figure.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace planforge::detail {

class FigureText {
 public:
  // Sets every text box of `figure`; `node` is the figure's structure element.
  FigureText(const Figure& figure, int node, LayoutContext& ctx);

  const TextMeasure& measure() const { return measure_; }
  // Draws the text box of operation `op` into `c`, the canvas's origin at (`ox`, 0).
  void draw(std::size_t op, double ox, double scale, Chunk& c) const;

 private:
  // One clickable area: spans [first, last] of a line.
  struct Link {
    std::size_t line = 0, first = 0, last = 0;
    std::string uri, target;  // target: the anchor key of a reference
    int node = -1;
  };
  struct Box {
    double x = 0, y = 0;
    TextLayout layout;
    std::vector<Link> links;
    std::vector<std::vector<int>> span_link;  // per line and span: index into links, or -1
  };

  FontMeasure measure_;
  std::vector<Box> boxes_;
  std::vector<int> box_of_;  // per operation: index into boxes_, or -1
  int node_ = -1;
};

}  // namespace planforge::detail
