#pragma once
// The SectionBuilder a plugin writes one section into. It appends to the body the engine
// is assembling, sets heading levels (the section's heading is level 1, each
// begin_subsection one deeper), expands <subsection> elements into numbered subsections
// and answers the plugin's measuring questions with the theme's real fonts, for the pages
// the blocks go on (landscape ones in a landscape section or after set_landscape(true)).

#include "i18n/message_set.hpp"
#include "text/font.hpp"
#include "text/font_measure.hpp"
#include "theme/theme.hpp"

#include <planforge/builder.hpp>

#include <span>
#include <string>
#include <vector>

namespace planforge::detail {

class EngineBuilder final : public SectionBuilder {
 public:
  // `locale` and `words` (the plugin's own catalogue) may be null: English, no catalogue.
  EngineBuilder(const Theme& theme, const FontSet& fonts, const PlanView& plan, std::vector<Block>& out,
                bool landscape_section = false, const Locale* locale = nullptr,
                const MessageSet* words = nullptr);

  void add(Block block) override;
  void begin_subsection(std::string title, std::string id = {}, std::string label = {}) override;
  void end_subsection() override;
  void add_generic(Element block) override;

  double content_width() const override;
  double content_height() const override;
  void set_landscape(bool landscape) override { landscape_ = landscape || landscape_section_; }
  bool landscape() const { return landscape_; }
  double body_size() const override { return theme_.body_size; }
  const TextMeasure& measure() const override { return measure_; }
  const Palette& palette() const override { return theme_.palette; }
  const PlanView& plan() const override { return plan_; }
  const Locale& locale() const override { return locale_ ? *locale_ : SectionBuilder::locale(); }
  std::string text(std::string_view key, const MessageArgs& args = {}) const override;

  // Where report() and note() go (without it they are logged): into `diagnostics`, each
  // code checked against those `plugin` declares.
  void set_diagnostics(Diagnostics* diagnostics, std::string plugin,
                       std::span<const DiagnosticCode> declared) {
    diags_ = diagnostics;
    plugin_ = std::move(plugin);
    declared_ = declared;
  }

 protected:
  void deliver(Diagnostic diagnostic) override;

 public:
  // Subsections still open (closed implicitly when the section ends).
  int open_subsections() const { return depth_ - 1; }

 private:
  const Theme& theme_;
  const FontSet& fonts_;
  const PlanView& plan_;
  std::vector<Block>& out_;
  const bool landscape_section_;
  bool landscape_;
  const Locale* locale_;
  const MessageSet* words_;
  FontMeasure measure_;  // the plan language's hyphenation, the theme's link colour
  Diagnostics* diags_ = nullptr;
  std::string plugin_;
  std::span<const DiagnosticCode> declared_;
  int depth_ = 1;  // the level of the innermost open heading; the section's own is 1
};

}  // namespace planforge::detail
