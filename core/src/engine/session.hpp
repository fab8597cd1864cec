#pragma once
// One run of the pipeline: the state render() and validate() share, and the steps they are
// made of. Each step reports to `diags` and records how bad its failure was; the run stops
// before writing anything as soon as any error was reported.

#include "engine/numbering.hpp"
#include "engine/stage_timer.hpp"
#include "i18n/message_set.hpp"
#include "layout/document_input.hpp"
#include "layout/page_set.hpp"
#include "plan/plan_data.hpp"
#include "plan/suppressions.hpp"
#include "plugins/plugin_host.hpp"
#include "text/font.hpp"
#include "theme/theme.hpp"

#include <planforge/diagnostics.hpp>
#include <planforge/engine.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace planforge::detail {

struct RenderCacheState;

class Session {
 public:
  // Diagnostics are capped at the run's --limit diagnostics.
  explicit Session(const LoadOptions& options);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Raises the run's exit code to `code` when that is more urgent: a usage error first, then
  // the environment, then the plan's own errors.
  void fail(ExitCode code);
  // The exit code so far (plan_errors when errors were reported and nothing worse happened).
  ExitCode exit_code() const;
  bool failed() const { return has_errors() || failure_ != ExitCode::ok; }
  // Errors so far; with --werror a warning counts as one.
  bool has_errors() const { return diags.has_errors() || (warnings_as_errors_ && diags.warning_count() > 0); }
  void set_warnings_as_errors(bool on) { warnings_as_errors_ = on; }
  // The diagnostics as reported into `result`: sorted, warnings turned into errors under
  // --werror, counted with those beyond --limit diagnostics, which a note at the end mentions.
  void report_to(RunResult& result) const;
  // The run's result: its exit code, diagnostics (report_to), timings and inputs, added to
  // what `result` already holds (the output of a render).
  RunResult finish(RunResult result = {});
  // Every file the run read or would have read (absolute): the plan and its includes (those
  // not found too), the files it names (logos, images), the theme's files, fonts and logo.
  // What `planforge watch` watches, and what -o may not name (session_inputs.cpp).
  std::vector<std::filesystem::path> inputs() const;
  // The plugin libraries this run found (also never an output).
  std::vector<std::filesystem::path> plugin_files() const;

  // Steps, in the order a render runs them. Each returns false when the run cannot go on.
  bool load_plan(const LoadOptions& options);
  // The plan's language: core catalogues, the plan's <vocabulary> for core words; an
  // unsupported language is an error at the plan's `lang`.
  void load_language();
  // Each plugin in use: its own catalogue chain and the plan's <vocabulary> for its words.
  void load_plugin_words();
  void load_plugins(const PluginOptions& options);
  // Checks every section (generic blocks, pictures, the plugin's own validate), then reads
  // the plan's suppressions and drops the warnings they cover.
  void validate_sections();
  // After the last step that reports what a plan can suppress (build_body: the plugins'
  // render() warnings), or instead of it when the run stops earlier: drops the warnings the
  // suppressions cover and warns about each suppression that suppressed nothing.
  void judge_suppressions();
  // planforge lint, after its rules: reads the plan's suppressions and drops the findings
  // they cover (lint loads no plugin; suppressions of validate's codes are left to validate).
  void suppress_lint_findings();
  void decode_plan_logo(CoverData& cover);
  // The theme --template names, else the plan's (a folder relative to the plan's), else
  // "default"; a theme mistake is an environment failure, in validate as in render.
  bool load_theme(const TemplateOptions& options);
  bool load_fonts();
  void decode_theme_logo(CoverData& cover);
  // Has every section's plugin render it, checks the figures, numbers the headings and
  // fills body, ref_titles and fallback_anchor.
  void build_body(DocumentInput& input);
  // render --changes-since: compares the plan with its earlier version, appends the appendix
  // "Changes since version X" to the body and marks what changed (changes_appendix.cpp).
  void add_changes(DocumentInput& input, const RenderOptions& options);
  // After load_plan, load_language, a theme, fonts and plugins: validates the sections, has
  // the plugins render them (with render --changes-since, the appendix too) and lays the
  // document out. nullopt when an error was reported on the way.
  std::optional<PageSet> lay_out(const RenderOptions& options,
                                 const std::optional<std::string>& source_date_epoch);
  // Uses `host` (already loaded, owned by the caller and outliving the session) instead of
  // loading plugins again: for runs that check many plans with one set of plugins.
  void use_plugin_host(PluginHost& host) { host_ = &host; }
  // Takes plugins, fonts and decoded images from `cache` (owned by the caller, outliving the
  // session) and leaves what it loads there: for a watch's renders (render_cache_state.hpp).
  void use_cache(RenderCacheState* cache) { cache_ = cache; }

  Diagnostics diags;
  // Where the time went, for RunResult::timings; the steps time themselves.
  StageTimer timer;
  std::filesystem::path plan_path;  // as given
  const Limits limits;
  std::unique_ptr<PlanData> plan;
  std::optional<Theme> theme;
  std::optional<FontSet> fonts;
  Locale locale;

 private:
  struct Owner {
    SectionPlugin* plugin = nullptr;
    std::string name;
  };
  void resolve_problem(const SectionEntry& section, const PluginHost::Resolution& found);
  // Reads the plan's suppressions against the codes of the core and of every plugin found
  // (none when no plugin was loaded); `unavailable` are section types the plan uses that no
  // plugin provides.
  void collect_suppressions(std::set<std::string, std::less<>> unavailable, Checks checks);
  // Decodes the pictures of a section's <image> blocks, reporting one that cannot be used at
  // its href (so that validate finds them); build_section hands them to layout.
  void decode_pictures(Element section);
  // decode_image() under the run's limit, through the cache when there is one.
  RasterImage decode(const std::filesystem::path& file) const;
  // The picture of an Image block a section built (a plugin's too), into input.pictures.
  void use_picture(const Image& image, const SectionEntry& section, DocumentInput& input);
  void build_section(const SectionEntry& section, const Owner& owner, DocumentInput& input);
  std::string fresh_anchor();

  ExitCode failure_ = ExitCode::ok;
  bool warnings_as_errors_ = false;
  // Declared after `plan`, so destroyed before it: no plugin object outlives the plan it read.
  std::unique_ptr<PluginHost> own_host_;
  PluginHost* host_ = nullptr;           // own_host_, or one lent by use_plugin_host()
  RenderCacheState* cache_ = nullptr;    // see use_cache()
  std::map<const Node*, Owner> owners_;  // the plugin of each section that has one
  std::map<std::string, std::shared_ptr<const MessageSet>> plugin_words_;  // by plugin name
  std::map<std::string, bool> reported_types_;  // conflicts, failed factories: once per type
  std::map<const Node*, std::string> section_anchor_, section_title_;
  HeadingNumberer numberer_;
  Suppressions suppressions_;
  std::map<std::string, std::optional<RasterImage>> decoded_;  // by file; nullopt: unusable
  int next_anchor_ = 0;
};

// How a section is named in messages: "section 'kpis'", "section 'Key Performance
// Indicators'" or "the 'kpis' section".
std::string describe_section(const SectionEntry& section);

}  // namespace planforge::detail
