#pragma once
// A SectionBuilder for chart tests (A4 text column, default palette) and the checks every
// chart must pass: everything on the canvas, no two labels on top of each other, nothing
// smaller than 6.5 pt.

#include <planforge/builder.hpp>
#include <planforge/figure.hpp>

#include <memory>
#include <string>
#include <vector>

namespace chart_test {

class TestBuilder : public planforge::SectionBuilder {
 public:
  explicit TestBuilder(double width = 471.276, double height = 701.89);
  // The same with a theme's palette.
  explicit TestBuilder(planforge::Palette palette, double width = 471.276, double height = 701.89);
  ~TestBuilder() override;

  void add(planforge::Block) override {}
  void begin_subsection(std::string, std::string, std::string) override {}
  void end_subsection() override {}
  void add_generic(planforge::Element) override {}
  double content_width() const override { return width_; }
  double content_height() const override { return height_; }
  double body_size() const override { return 10; }
  // The theme's fonts and the hyphenation of locale(), made on first use.
  const planforge::TextMeasure& measure() const override;
  const planforge::Palette& palette() const override { return palette_; }
  const planforge::PlanView& plan() const override;

  // True when widths come from the theme's TrueType files (not the approximation).
  bool real_fonts() const;

 private:
  struct Fonts;
  double width_, height_;
  planforge::Palette palette_;
  std::unique_ptr<Fonts> fonts_;
};

struct TextBox {
  double x0, y0, x1, y1;
  std::string text;
};

// Ink boxes of every text op (rotation 0 or 90), from measured widths (the charts' ink_box).
std::vector<TextBox> text_boxes(const planforge::Figure& f, const planforge::SectionBuilder& b);

// Problems found in `f` (empty when none): ops leaving the canvas, overlapping labels,
// type below 6.5 pt, empty text, and the contrast_problems() below.
std::vector<std::string> figure_problems(const planforge::Figure& f, const planforge::SectionBuilder& b);

// Labels whose colour has a contrast below WCAG's 4.5 : 1 on their ground (the last filled
// rectangle drawn under the label's middle, else white paper).
std::vector<std::string> contrast_problems(const planforge::Figure& f, const planforge::SectionBuilder& b);

// What a reader would see wrong with the figure's labels (empty when nothing): a label over
// another label, over a point or marker (a circle; a diamond or arrowhead: a small closed
// path), across a frame (a stroked rectangle's edge), or crossed by a line (a line or path
// through its box that is not hidden behind an opaque rectangle drawn over the line and
// under the label, like a halo).
std::vector<std::string> label_problems(const planforge::Figure& f, const planforge::SectionBuilder& b);

// Both of the above: everything a reader or the core would object to in the figure.
std::vector<std::string> all_problems(const planforge::Figure& f, const planforge::SectionBuilder& b);

// Operations the charts' canvases moved or cut to keep them on the canvas since the last call:
// 0 when a layout is right (planforge::detail::charts::corrections_so_far()).
std::size_t new_corrections();

// Every text of the figure, in op order.
std::vector<std::string> texts(const planforge::Figure& f);

// A stable fingerprint of the figure's ops, for determinism checks.
std::string dump(const planforge::Figure& f);

}  // namespace chart_test
