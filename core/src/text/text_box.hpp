#pragma once
// A FigTextBox set into lines: the one implementation behind TextMeasure::set (what plugins
// and charts measure) and the layout's figure text boxes (what is drawn), on the paragraphs'
// line breaker.

#include "text/font.hpp"
#include "text/hyphenator.hpp"

#include <planforge/measure.hpp>

#include <functional>
#include <string>

namespace planforge::detail {

// What setting a text box needs besides the box.
struct TextBoxEnv {
  const FontSet& fonts;
  const Hyphenator* hyphenator = nullptr;  // none: an over-long word breaks at a character
  Color link_color;                        // of links and references without a colour
  // The title a reference without text of its own shows; unset or empty: its id.
  std::function<std::string(const std::string& id)> ref_title;
};

// `box` set into lines, at most as many as `height_limit` points hold (besides max_height
// and max_lines). Sizes that are not finite and positive give no lines.
TextLayout set_text_box(const FigTextBox& box, double height_limit, const TextBoxEnv& env);

}  // namespace planforge::detail
