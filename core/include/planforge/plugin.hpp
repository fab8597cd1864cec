#pragma once
/// @file plugin.hpp  The one header a section plugin includes.
///
/// A plugin is a shared library exporting one PluginInfo block under a name that carries
/// the plugin ABI version, plus a symbol naming the toolchain it was built with. The host
/// reads both names from the library's symbol table *before* loading it, so a mismatched
/// plugin is refused without running any of its code. A ten-line plugin:
///
///     #include <planforge/plugin.hpp>
///     class Hello : public planforge::SectionPlugin {
///       std::string default_title(std::string_view) const override { return "Hello"; }
///       void render(planforge::Element s, planforge::SectionBuilder& out) const override {
///         out.add(planforge::Paragraph{planforge::plain("Hello, " + s.attr_or("to", "world"))});
///       }
///     };
///     PLANFORGE_PLUGIN(Hello, "hello", "1.0.0", "Greets the reader", "hello")

#include <planforge/builder.hpp>
#include <planforge/checker.hpp>
#include <planforge/date.hpp>
#include <planforge/diagnostics.hpp>
#include <planforge/document.hpp>
#include <planforge/element.hpp>
#include <planforge/export.hpp>
#include <planforge/figure.hpp>
#include <planforge/log.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

PLANFORGE_BEGIN_NAMESPACE

/// The base of every section plugin. One instance serves every section of its types; the
/// host calls validate() for each section before anything is laid out, then render().
/// An exception thrown from either becomes an error diagnostic naming the plugin and the
/// section, and the run fails without writing anything.
class PLANFORGE_API SectionPlugin {
 public:
  virtual ~SectionPlugin();

  /// The heading used for a section of `type` that has no title attribute (a plugin's
  /// catalogue entry `title.<type>` comes first, in the plan's language). The default is the
  /// type as words, capitalised: "customer-needs" gives "Customer needs".
  virtual std::string default_title(std::string_view type) const;
  /// Checks the section's own elements and attributes, reporting through `check`
  /// (generic blocks are already checked by the core). The default checks nothing.
  virtual void validate(Element section, Checker& check) const;
  /// Builds the section's blocks. Called only when validation found no errors.
  virtual void render(Element section, SectionBuilder& out) const = 0;
  /// Every code validate() may report (see DiagnosticCode), usually a static table. The core
  /// lists them, refuses a `suppress` of an error code and warns about an unknown one. The
  /// default declares none.
  virtual std::span<const DiagnosticCode> diagnostic_codes() const;
};

/// Exported by every plugin (see PLANFORGE_PLUGIN). The first four fields never move, so
/// even a plugin of another ABI can be named in an error.
struct PluginInfo {
  std::uint32_t abi_version;
  const char* name;
  const char* version;
  const char* toolchain;
  const char* description;
  const char* const* section_types;  ///< null-terminated
  SectionPlugin* (*create)();
  void (*destroy)(SectionPlugin*);
};

PLANFORGE_END_NAMESPACE

// The toolchain stamp: compiler and major version, libstdc++ string ABI, C++ standard.
// Plugins built differently might not agree with the core on the layout of std types.
#if defined(__clang__)
#define PLANFORGE_DETAIL_COMPILER PLANFORGE_DETAIL_CAT(clang, __clang_major__)
#elif defined(__GNUC__)
#define PLANFORGE_DETAIL_COMPILER PLANFORGE_DETAIL_CAT(gcc, __GNUC__)
#else
#define PLANFORGE_DETAIL_COMPILER unknown
#endif
#define PLANFORGE_DETAIL_STR2(x) #x
#define PLANFORGE_DETAIL_STR(x) PLANFORGE_DETAIL_STR2(x)
#define PLANFORGE_TOOLCHAIN_STAMP                                 \
  PLANFORGE_DETAIL_CAT(                                           \
      PLANFORGE_DETAIL_CAT(PLANFORGE_DETAIL_COMPILER, _cxx11abi), \
      PLANFORGE_DETAIL_CAT(_GLIBCXX_USE_CXX11_ABI, PLANFORGE_DETAIL_CAT(_std, __cplusplus)))

/// The exported names the host looks for. The info block's name carries the ABI version,
/// the marker's name the toolchain stamp.
#define PLANFORGE_PLUGIN_SYMBOL PLANFORGE_DETAIL_CAT(planforge_plugin_abi_, PLANFORGE_PLUGIN_ABI)
#define PLANFORGE_TOOLCHAIN_SYMBOL PLANFORGE_DETAIL_CAT(planforge_toolchain_, PLANFORGE_TOOLCHAIN_STAMP)

/// Exports a plugin: its class (default-constructible, derived from SectionPlugin), name,
/// version, one-line description and the section types it owns (string literals).
#define PLANFORGE_PLUGIN(Class, name, version, description, ...)                     \
  namespace {                                                                        \
  const char* const planforge_plugin_types_[] = {__VA_ARGS__, nullptr};              \
  }                                                                                  \
  extern "C" PLANFORGE_API const ::planforge::PluginInfo PLANFORGE_PLUGIN_SYMBOL = { \
      PLANFORGE_PLUGIN_ABI,                                                          \
      name,                                                                          \
      version,                                                                       \
      PLANFORGE_DETAIL_STR(PLANFORGE_TOOLCHAIN_STAMP),                               \
      description,                                                                   \
      planforge_plugin_types_,                                                       \
      []() -> ::planforge::SectionPlugin* { return new Class(); },                   \
      [](::planforge::SectionPlugin* p) { delete p; }};                              \
  extern "C" PLANFORGE_API const char PLANFORGE_TOOLCHAIN_SYMBOL = 0;
