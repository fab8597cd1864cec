// The build step of a session: plugins render their sections into the body.
#include "engine/document_parts.hpp"
#include "engine/figure_check.hpp"
#include "engine/glyph_check.hpp"
#include "engine/plugin_call.hpp"
#include "engine/section_builder.hpp"
#include "engine/session.hpp"
#include "layout/layout.hpp"
#include "plan/text_util.hpp"
#include "plan/view_access.hpp"
#include "sdk/core_codes.hpp"
#include "sdk/logging.hpp"

#include <array>

namespace planforge::detail {

std::string Session::fresh_anchor() {
  // Never one of the plan's ids: a <ref> must land where its author meant.
  std::string id;
  do id = "pf-heading-" + std::to_string(++next_anchor_);
  while (plan->ids.contains(id));
  return id;
}

void Session::build_section(const SectionEntry& section, const Owner& owner, DocumentInput& input) {
  const Element element = element_of(section.node);
  const PlanView view = view_of(plan.get());
  Heading heading;
  heading.level = 1;
  heading.title = section.title;
  const auto words = plugin_words_.find(owner.name);
  const MessageSet* own_words = words == plugin_words_.end() ? nullptr : words->second.get();
  // A plugin's catalogue may name its sections ("title.<type>"): localised default titles.
  if (heading.title.empty() && own_words && own_words->pattern("title." + section.type))
    heading.title = own_words->format("title." + section.type, {});
  if (heading.title.empty()) {
    if (auto failure = call_plugin([&] { heading.title = owner.plugin->default_title(section.type); })) {
      diags.report(
          code("plugin/render-failed"), element.location(),
          "plugin '" + owner.name + "' failed while naming " + describe_section(section) + ": " + *failure);
      return;
    }
  }
  heading.id = section.id.empty() ? fresh_anchor() : section.id;
  heading.label = section.label;
  // The plan's start, min-space and orientation; the layout applies the theme's section
  // start where the plan says nothing.
  heading.flow = section.flow;
  section_anchor_[section.node] = heading.id;
  section_title_[section.node] = heading.title;

  std::vector<Block> blocks;
  blocks.push_back(std::move(heading));
  EngineBuilder builder(*theme, *fonts, view, blocks, section.flow.landscape, &locale, own_words);
  std::span<const DiagnosticCode> declared;
  call_plugin([&] { declared = owner.plugin->diagnostic_codes(); });  // validate asked it already
  builder.set_diagnostics(&diags, owner.name, declared);
  auto rendering = timer.scope("render:" + owner.name);
  if (auto failure = call_plugin([&] { owner.plugin->render(element, builder); })) {
    diags.report(
        code("plugin/render-failed"), element.location(),
        "plugin '" + owner.name + "' failed while rendering " + describe_section(section) + ": " + *failure);
    return;
  }
  rendering.stop();

  auto checking = timer.scope("figures");
  std::array<FigureLimits, 2> limits;  // portrait, landscape
  for (bool landscape : {false, true}) {
    builder.set_landscape(landscape);
    limits[landscape] = {builder.content_width(), builder.content_height()};
  }
  auto check = [&](const Figure& figure, bool landscape) {
    if (auto problem = check_figure(figure, builder.measure(), limits[landscape]))
      diags.report(code("plugin/invalid-figure"), element.location(),
                   "plugin '" + owner.name + "' produced an invalid figure in " + describe_section(section) +
                       ": " + *problem);
  };
  for (Block& block : blocks) {
    if (const auto* figure = std::get_if<Figure>(&block)) {
      check(*figure, figure->flow.landscape);
    } else if (const auto* image = std::get_if<Image>(&block)) {
      use_picture(*image, section, input);
    } else if (const auto* grid = std::get_if<Grid>(&block)) {
      for (const GridCell& cell : grid->cells)
        for (const CellBlock& inner : cell.blocks)
          if (const auto* in_cell = std::get_if<Figure>(&inner))
            check(*in_cell, grid->flow.landscape);
          else if (const auto* picture = std::get_if<Image>(&inner))
            use_picture(*picture, section, input);
    } else if (auto* h = std::get_if<Heading>(&block)) {
      numberer_.number(*h, section.appendix);
      if (h->id.empty()) h->id = fresh_anchor();
    }
  }
  for (Block& block : blocks) input.body.push_back(std::move(block));
}

void Session::build_body(DocumentInput& input) {
  // The body first, then the appendices, each in document order.
  for (bool appendix : {false, true})
    for (const SectionEntry& section : plan->sections)
      if (section.appendix == appendix)
        if (auto owner = owners_.find(section.node); owner != owners_.end())
          build_section(section, owner->second, input);

  auto timing = timer.scope("references");
  const PlanView view = view_of(plan.get());
  // Into std::maps: sorted, whatever order the index keeps.
  plan->ids.for_each([&](std::string_view id_view, const Node* node) {
    const std::string id(id_view);
    const Element element = element_of(node);
    const auto own_title = section_title_.find(node);
    input.ref_titles[id] = own_title != section_title_.end() ? own_title->second : view.display_name(element);
    if (const Element section = view.section_of(element)) {
      if (auto anchor = section_anchor_.find(node_of(section)); anchor != section_anchor_.end())
        input.fallback_anchor[id] = anchor->second;
    }
  });
}

std::optional<PageSet> Session::lay_out(const RenderOptions& options,
                                        const std::optional<std::string>& source_date_epoch) {
  validate_sections();
  load_plugin_words();
  DocumentInput input;
  input.locale = locale;
  if (theme) {
    auto timing = timer.scope("front-matter");
    add_plan_parts(input, *plan, *theme, source_date_epoch);
  }
  decode_plan_logo(input.cover);
  if (theme) decode_theme_logo(input.cover);
  if (failed() || !fonts) {
    judge_suppressions();
    return std::nullopt;
  }

  build_body(input);
  judge_suppressions();
  if (!options.changes_since.empty() || !options.changes_since_revision.empty()) add_changes(input, options);
  if (failed()) return std::nullopt;

  auto laying_out = timer.scope("layout");
  PageSet pages = layout_document(std::move(input), *theme, *fonts, diags);  // used up
  laying_out.stop();
  if (failed()) return std::nullopt;
  if (pages.pages.size() > limits.pages) {
    diags.report(code("limit/pages"), Location{plan->files.empty() ? plan_path.string() : plan->files[0]},
                 "the document would have more than " + loader::thousands(limits.pages) + " pages (" +
                     loader::thousands(pages.pages.size()) + ")",
                 {limit_hint("pages")});
    return std::nullopt;
  }
  report_missing_glyphs(pages, *fonts, *plan, diags);
  logger("engine")->info("{} pages laid out", pages.pages.size());
  return pages;
}

}  // namespace planforge::detail
