#include "engine/session.hpp"

#include "engine/brand.hpp"
#include "engine/install_paths.hpp"
#include "engine/plugin_call.hpp"
#include "engine/render_cache_state.hpp"
#include "image/image.hpp"
#include "plan/plan_files.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "plan/view_access.hpp"
#include "sdk/core_codes.hpp"
#include "sdk/logging.hpp"

#include <planforge/checker.hpp>

#include <fstream>

namespace planforge::detail {

namespace fs = std::filesystem;

std::string describe_section(const SectionEntry& section) {
  if (!section.id.empty()) return "section '" + section.id + "'";
  if (!section.title.empty()) return "section '" + section.title + "'";
  return "the '" + section.type + "' section";
}

Session::Session(const LoadOptions& options) : plan_path(options.plan), limits(options.limits) {
  diags.set_capacity(options.limits.diagnostics);
}

void Session::fail(ExitCode code) { failure_ = more_urgent(failure_, code); }

ExitCode Session::exit_code() const {
  if (failure_ != ExitCode::ok) return failure_;
  return has_errors() ? ExitCode::plan_errors : ExitCode::ok;
}

void Session::report_to(RunResult& result) const {
  result.diagnostics = diags.sorted();
  result.errors = diags.error_count();
  result.warnings = diags.warning_count();
  if (warnings_as_errors_) {
    for (Diagnostic& d : result.diagnostics)
      if (d.severity == Severity::warning) d.severity = Severity::error;
    result.errors += result.warnings;
    result.warnings = 0;
  }
  if (const std::size_t dropped = diags.dropped())
    result.diagnostics.push_back({Severity::note,
                                  Location{plan_path.generic_string()},
                                  std::to_string(dropped) + " more diagnostics were found but not shown",
                                  {limit_hint("diagnostics")}});
}

RunResult Session::finish(RunResult result) {
  result.exit_code = exit_code();
  report_to(result);
  result.timings = timer.result();
  result.inputs = inputs();
  return result;
}

bool Session::load_plan(const LoadOptions& options) {
  std::error_code ec;
  if (!fs::is_regular_file(options.plan, ec) || !std::ifstream(options.plan)) {
    diags.report(
        code("file/unreadable"), Location{options.plan.string()},
        fs::exists(options.plan, ec) ? "cannot read the plan (not a readable file)" : "plan file not found");
    fail(ExitCode::environment);
    return false;
  }
  logger("engine")->info("loading {}", options.plan.string());
  auto timing = timer.scope("load");
  plan = detail::load_plan(options, diags);
  if (!plan && !diags.has_errors())
    diags.report(code("file/unreadable"), Location{options.plan.string()}, "the plan could not be read");
  return plan != nullptr;
}

void Session::load_plugins(const PluginOptions& options) {
  auto timing = timer.scope("plugins");
  if (cache_) {
    host_ = &cache_->plugins(options);
  } else {
    own_host_ = std::make_unique<PluginHost>(options);
    host_ = own_host_.get();
  }
  for (const Diagnostic& d : host_->usage_problems()) {
    diags.add(d);
    fail(ExitCode::usage);
  }
  for (const Diagnostic& d : host_->rejection_problems()) {
    diags.add(d);
    fail(ExitCode::environment);
  }
}

void Session::resolve_problem(const SectionEntry& section, const PluginHost::Resolution& found) {
  const Element element = element_of(section.node);
  const Location where = element.attr_location("type");
  switch (found.status) {
    case PluginHost::Lookup::unknown_type: {
      const auto known = host_->known_types();
      std::vector<std::string_view> names(known.begin(), known.end());
      auto hints = loader::did_you_mean(section.type, names);
      if (hints.empty())
        hints.push_back(known.empty() ? "no plugin was found on the plugin path"
                                      : "the plugins found provide: " + loader::join_choices(names, " and "));
      if (!host_->rejection_problems().empty())
        hints.push_back("some plugin candidates were rejected (see above)");
      diags.report(code("plugin/no-provider"), where,
                   "no plugin provides section type '" + section.type + "'", hints);
      return;
    }
    case PluginHost::Lookup::conflict: {
      if (reported_types_[section.type]) return;  // once per type, at its first use
      reported_types_[section.type] = true;
      std::string owners;
      for (const auto& name : found.claimants)
        owners += (owners.empty() ? "" : ", ") + ("'" + name + "' (" + host_->file_of(name).string() + ")");
      diags.report(code("plugin/conflict"), where,
                   "section type '" + section.type + "' is provided by several plugins: " + owners,
                   {"choose one with --use-plugin " + section.type + "=NAME"});
      fail(ExitCode::environment);
      return;
    }
    case PluginHost::Lookup::create_failed:
      if (reported_types_[section.type]) return;
      reported_types_[section.type] = true;
      diags.report(code("plugin/create-failed"), where,
                   "plugin '" + found.plugin_name + "' could not be created: " + found.message);
      fail(ExitCode::environment);
      return;
    case PluginHost::Lookup::found: return;
  }
}

void Session::validate_sections() {
  const PlanView view = view_of(plan.get());
  Checker checker(diags, view);
  std::set<std::string, std::less<>> unavailable;  // types the plan uses that no plugin provides
  for (const SectionEntry& section : plan->sections) {
    const Element element = element_of(section.node);
    {
      auto timing = timer.scope("check");
      check_generic_blocks(element, diags, view);
      decode_pictures(element);
    }
    if (section.type.empty()) continue;      // the loader reported the missing type
    auto creating = timer.scope("plugins");  // a plugin's object is made on its first use
    const PluginHost::Resolution found = host_->resolve(section.type);
    creating.stop();
    if (found.status != PluginHost::Lookup::found) {
      unavailable.insert(section.type);
      resolve_problem(section, found);
      continue;
    }
    owners_[section.node] = {found.plugin, found.plugin_name};
    auto timing = timer.scope("validate:" + found.plugin_name);
    if (auto failure = call_plugin([&] { found.plugin->validate(element, checker); }))
      diags.report(code("plugin/validate-failed"), element.location(),
                   "plugin '" + found.plugin_name + "' failed while validating " + describe_section(section) +
                       ": " + *failure);
  }
  // Applied as soon as every check has run, so that a suppressed warning is gone before
  // --werror or the rest of the run sees it; judged once render() has reported too.
  collect_suppressions(std::move(unavailable), Checks::validate);
  suppressions_.apply(diags, /*judge=*/false);
}

void Session::judge_suppressions() { suppressions_.apply(diags); }

void Session::suppress_lint_findings() {
  collect_suppressions({}, Checks::lint);
  suppressions_.apply(diags);
}

void Session::collect_suppressions(std::set<std::string, std::less<>> unavailable, Checks checks) {
  KnownCodes known;
  known.checks = checks;
  for (const DiagnosticCode& c : core_codes) known.codes.emplace(c.id, c.severity);
  // Every plugin on the path, not only those the plan uses: a suppression naming a code of a
  // plugin the plan does not use is unused, not unknown.
  if (host_) {
    for (const std::string& type : host_->known_types()) {
      const PluginHost::Resolution found = host_->resolve(type);
      std::span<const DiagnosticCode> declared;
      if (found.status != PluginHost::Lookup::found ||
          call_plugin([&] { declared = found.plugin->diagnostic_codes(); })) {
        unavailable.insert(type);
        continue;
      }
      for (const DiagnosticCode& c : declared) known.codes.emplace(c.id, c.severity);
    }
  }
  known.unavailable_areas = std::move(unavailable);
  suppressions_.collect(*plan, known, diags);
}

void Session::decode_pictures(Element section) {
  std::vector<Element> stack{section};
  while (!stack.empty()) {
    const Element e = stack.back();
    stack.pop_back();
    if (e.name() == "image") {
      const std::string href(loader::trim(e.attr_or("href", "")));
      const PlanFile file = resolve_plan_file(*node_of(e), href, "image");
      if (file.path.empty() || decoded_.count(file.path.string())) continue;  // reported, or done
      auto& slot = decoded_[file.path.string()];
      try {
        slot = decode(file.path);
      } catch (const ImageError& error) {
        diags.report(code("image/unusable"), e.attr_location("href"),
                     "cannot use image '" + href + "': " + error.what());
      }
      continue;
    }
    if (loader::is_inline_element(e.name())) continue;  // no block stands in rich text
    const auto children = e.children();
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

void Session::use_picture(const Image& image, const SectionEntry& section, DocumentInput& input) {
  if (image.file.empty() || input.picture_index.count(image.file)) return;
  auto found = decoded_.find(image.file);
  if (found == decoded_.end()) {  // a plugin's picture, not seen by validation
    found = decoded_.emplace(image.file, std::nullopt).first;
    try {
      found->second = decode(image.file);
    } catch (const ImageError& error) {
      diags.report(code("image/unusable"), element_of(section.node).location(),
                   "cannot use image '" + std::filesystem::path(image.file).filename().string() + "' in " +
                       describe_section(section) + ": " + error.what());
    }
  }
  if (!found->second) return;
  input.picture_index.emplace(image.file, input.pictures.size());
  input.pictures.push_back(std::move(*found->second));
  found->second.reset();
}

RasterImage Session::decode(const fs::path& file) const {
  if (!cache_) return decode_image(file, limits.image_pixels);
  const auto image = cache_->images.get(file, [&] { return decode_image(file, limits.image_pixels); });
  // Decoded under another run's --limit image-pixels: this run's limit says, with its message.
  if (std::uint64_t{image->width} * image->height > limits.image_pixels)
    return decode_image(file, limits.image_pixels);
  return *image;
}

void Session::decode_plan_logo(CoverData& cover) {
  if (plan->meta.logo.empty()) return;
  auto timing = timer.scope("images");
  try {
    cover.logo = decode(plan->meta.logo);
  } catch (const ImageError& e) {
    diags.report(code("image/unusable"), plan->meta.logo_location,
                 "cannot use logo '" + plan->meta.logo.filename().string() + "': " + e.what());
  }
}

bool Session::load_theme(const TemplateOptions& options) {
  SearchPath search = resolve_template_path(options);
  for (Diagnostic d : search.problems) {
    d.code = code("usage/invalid-option").id;
    diags.add(std::move(d));
    fail(ExitCode::usage);
  }
  auto timing = timer.scope("template");
  ThemeRequest request{options.name, Location{options.name}, {}};
  if (request.written.empty() && !plan->template_name.empty())
    request = {plan->template_name, plan->template_location, plan->paths.front().parent_path(), &plan->scope};
  if (request.written.empty()) request = {"default", Location{"default"}, {}};
  Diagnostics theme_diags;
  theme = detail::load_theme(request, search.folders, theme_diags);
  for (Diagnostic d : theme_diags.sorted()) {
    // The template's problems are the template author's, coded by severity.
    if (d.code.empty() && d.severity == Severity::error) d.code = code("theme/invalid").id;
    if (d.code.empty() && d.severity == Severity::warning) d.code = code("theme/questionable").id;
    diags.add(std::move(d));
  }
  if (!theme || theme_diags.has_errors()) {
    if (!theme_diags.has_errors())
      diags.report(code("theme/invalid"), request.where,
                   "template '" + request.written + "' could not be loaded");
    fail(ExitCode::environment);
    theme.reset();
    return false;
  }
  logger("engine")->info("template {} from {}", theme->name, theme->dir.string());
  // A brand in the plan is the plan's: its mistakes are plan errors, reported here so that
  // validate and render both see them.
  if (plan->meta.brand.given) {
    Diagnostics brand_diags;
    apply_brand(*theme, plan->meta.brand, brand_diags);
    for (Diagnostic d : brand_diags.sorted()) {
      if (d.code.empty())
        d.code =
            (d.severity == Severity::error ? code("meta/font-not-installed") : code("meta/font-incomplete"))
                .id;
      diags.add(std::move(d));
    }
  }
  return true;
}

bool Session::load_fonts() {
  auto timing = timer.scope("fonts");
  FontSet::Loader from_cache;
  if (cache_)
    from_cache = [this](const fs::path& file) {
      return cache_->fonts.get(file, [&] { return FontFace::load(file); });
    };
  try {
    fonts.emplace(theme->fonts, theme->heading_font, from_cache);
    return true;
  } catch (const FontError& e) {
    // At the attribute naming the font when the theme says where; a font a plan's theme
    // names is the theme's problem, not the output's.
    Location where{(theme->dir / "theme.xml").string()};
    if (e.style && !theme->font_locations[static_cast<std::size_t>(*e.style)].file.empty())
      where = theme->font_locations[static_cast<std::size_t>(*e.style)];
    diags.report(code("theme/invalid"), where, e.what());
    fail(ExitCode::environment);
    return false;
  }
}

void Session::decode_theme_logo(CoverData& cover) {
  if (theme->logo.empty()) return;
  auto timing = timer.scope("images");
  try {
    cover.firm_logo = decode(theme->logo);
  } catch (const ImageError& e) {
    diags.report(code("theme/invalid"), Location{theme->logo.string()},
                 std::string("cannot use the template's logo: ") + e.what());
    fail(ExitCode::environment);
  }
}

}  // namespace planforge::detail
