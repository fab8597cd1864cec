#include "engine/section_builder.hpp"

#include "plan/flow_attributes.hpp"
#include "plan/plan_data.hpp"
#include "plan/view_access.hpp"
#include "sdk/core_codes.hpp"
#include "sdk/logging.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {
// Room kept under the tallest figure for its caption, so that "fits on a page" holds.
constexpr double caption_lines = 2;
}  // namespace

EngineBuilder::EngineBuilder(const Theme& theme, const FontSet& fonts, const PlanView& plan,
                             std::vector<Block>& out, bool landscape_section, const Locale* locale,
                             const MessageSet* words)
    : theme_(theme),
      fonts_(fonts),
      plan_(plan),
      out_(out),
      landscape_section_(landscape_section),
      landscape_(landscape_section),
      locale_(locale),
      words_(words),
      measure_(fonts,
               Hyphenator::for_locale(EngineBuilder::locale().language(), EngineBuilder::locale().tag()),
               pick(theme.palette, theme.link_color), [plan](const std::string& id) {
                 const Element e = plan.find(id);
                 return e ? plan.display_name(e) : std::string();
               }) {}

std::string EngineBuilder::text(std::string_view key, const MessageArgs& args) const {
  return words_ ? words_->format(key, args) : std::string(key);
}

void EngineBuilder::deliver(Diagnostic diagnostic) {
  if (!diags_) return SectionBuilder::deliver(std::move(diagnostic));
  // Only declared codes: list_diagnostic_codes() lists them and a plan's suppress names them.
  const bool declared = diagnostic.severity == Severity::note ||
                        std::any_of(declared_.begin(), declared_.end(),
                                    [&](const DiagnosticCode& c) { return c.id == diagnostic.code; });
  const std::string undeclared = declared ? std::string() : diagnostic.code;
  const Location where = diagnostic.location;
  diags_->add(std::move(diagnostic));
  if (!declared)
    diags_->report(
        code("plugin/undeclared-code"), where,
        "plugin '" + plugin_ + "' reported code '" + undeclared +
            "', which its diagnostic_codes() does not declare",
        {"a plugin declares every code it reports, so that a plan can suppress it and tools list it"});
}

void EngineBuilder::add(Block block) {
  // A heading added directly sits one level below the innermost open one, like a
  // subsection without a body of its own.
  if (auto* heading = std::get_if<Heading>(&block)) heading->level = depth_ + 1;
  if (Flow* flow = flow_of(block); flow && landscape_) flow->landscape = true;
  out_.push_back(std::move(block));
}

void EngineBuilder::begin_subsection(std::string title, std::string id, std::string label) {
  Heading heading;
  heading.title = std::move(title);
  heading.id = std::move(id);
  heading.label = std::move(label);
  add(std::move(heading));
  ++depth_;
}

void EngineBuilder::end_subsection() {
  if (depth_ > 1)
    --depth_;
  else
    logger("engine")->debug("end_subsection() without begin_subsection(); ignored");
}

void EngineBuilder::add_generic(Element block) {
  if (!block) return;
  if (block.name() == "subsection") {
    // orientation="landscape" puts the subsection, heading and all, on landscape pages.
    const Flow flow = loader::flow_attributes(*node_of(block));
    const bool outer = landscape_;
    set_landscape(outer || flow.landscape);
    begin_subsection(block.attr_or("title", ""), block.attr_or("id", ""), block.attr_or("label", ""));
    Flow& heading = std::get<Heading>(out_.back()).flow;
    heading.page_break_before = flow.page_break_before;
    heading.keep_together = flow.keep_together;  // on a heading: its whole subsection
    for (const Element& child : block.children())
      if (child.is_generic_block()) add_generic(child);
    end_subsection();
    set_landscape(outer);
    return;
  }
  if (auto parsed = generic_block(block, locale())) add(std::move(*parsed));
}

double EngineBuilder::content_width() const {
  return std::max(0.0, page_size(theme_, landscape_).first - theme_.margin_left - theme_.margin_right);
}

double EngineBuilder::content_height() const {
  const double column = page_size(theme_, landscape_).second - theme_.margin_top - theme_.margin_bottom;
  return std::max(0.0, column - caption_lines * theme_.small_size * theme_.line_height);
}

}  // namespace planforge::detail
