#pragma once
// The core's TextMeasure: the theme's fonts, the line breaker and the plan language's
// hyphenation, as SectionBuilder::measure() hands it to plugins and charts. Figure text
// boxes are set by the same code when the layout draws them (text/text_box.hpp).

#include "text/font.hpp"
#include "text/hyphenator.hpp"
#include "text/text_box.hpp"

#include <planforge/measure.hpp>

#include <functional>
#include <memory>
#include <string>

namespace planforge::detail {

class FontMeasure final : public TextMeasure {
 public:
  // `fonts` outlives the measure. `hyphenator` may be null (no dictionary); `ref_title`
  // gives the title a reference without text shows (unset: its id).
  FontMeasure(const FontSet& fonts, std::shared_ptr<const Hyphenator> hyphenator, Color link_color = {},
              std::function<std::string(const std::string& id)> ref_title = {});

  double width(std::string_view utf8, double size, FontStyle style = FontStyle::regular) const override;
  double ascent(double size, FontStyle style = FontStyle::regular) const override;
  double descent(double size, FontStyle style = FontStyle::regular) const override;
  TextLayout set(const FigTextBox& box) const override;

  const FontSet& fonts() const { return fonts_; }
  // What setting a box needs, for the layout's own (it sets boxes with a height limit).
  TextBoxEnv env() const { return {fonts_, hyphenator_.get(), link_color_, ref_title_}; }

 private:
  const FontSet& fonts_;
  std::shared_ptr<const Hyphenator> hyphenator_;
  Color link_color_;
  std::function<std::string(const std::string& id)> ref_title_;
};

}  // namespace planforge::detail
