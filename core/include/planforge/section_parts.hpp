#pragma once
/// @file section_parts.hpp  A section plugin made of free functions, without a class to write.
///
/// Most plugins keep validation and rendering in their own files; their plugin class only
/// forwards to them. Name the parts instead and export the ready-made class:
///
///     constexpr planforge::SectionParts parts{.title = "Risk Register",
///                                             .validate = risks::validate_section,
///                                             .render = risks::render_section,
///                                             .codes = risks::code.codes};
///     PLANFORGE_PLUGIN(planforge::PartsPlugin<parts>, "risk-register", "1.0.0", "Risks", "risk-register")

#include <planforge/plugin.hpp>

#include <span>
#include <string>
#include <string_view>

PLANFORGE_BEGIN_NAMESPACE

/// What a section plugin does, as plain functions (see PartsPlugin).
struct SectionParts {
  /// The heading of a section without a title attribute, for every type the plugin owns.
  const char* title = "";
  /// Reports the section's problems (SectionPlugin::validate); by default nothing.
  void (*validate)(Element section, Checker& check) = [](Element, Checker&) {};
  /// Builds the section's blocks (SectionPlugin::render); by default nothing.
  void (*render)(Element section, SectionBuilder& out) = [](Element, SectionBuilder&) {};
  /// Every code validate() or render() reports (SectionPlugin::diagnostic_codes).
  std::span<const DiagnosticCode> codes = {};
};

/// The SectionPlugin that forwards to `Parts` (an object with static storage duration).
template <const SectionParts& Parts>
class PartsPlugin final : public SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return Parts.title; }
  void validate(Element section, Checker& check) const override { Parts.validate(section, check); }
  void render(Element section, SectionBuilder& out) const override { Parts.render(section, out); }
  std::span<const DiagnosticCode> diagnostic_codes() const override { return Parts.codes; }
};

PLANFORGE_END_NAMESPACE

/// Defines and exports the plugin of a namespace laid out as the bundled plugins are: `ns`
/// holds `validate_section`, `render_section` and the code table `code` (code_table()).
/// `heading` is the title of a section that has none; the rest is as for PLANFORGE_PLUGIN:
///
///     PLANFORGE_PARTS_PLUGIN(risks, "Risk Register", "risk-register", "1.0.0", "Risks", "risk-register")
#define PLANFORGE_PARTS_PLUGIN(ns, heading, name, version, description, ...)             \
  namespace {                                                                            \
  constexpr ::planforge::SectionParts planforge_parts_{.title = heading,                 \
                                                       .validate = ns::validate_section, \
                                                       .render = ns::render_section,     \
                                                       .codes = ns::code.codes};         \
  }                                                                                      \
  PLANFORGE_PLUGIN(::planforge::PartsPlugin<planforge_parts_>, name, version, description, __VA_ARGS__)
