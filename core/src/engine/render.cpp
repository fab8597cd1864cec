#include "engine/document_parts.hpp"
#include "engine/output_name.hpp"
#include "engine/render_cache_state.hpp"
#include "engine/runs.hpp"
#include "engine/session.hpp"
#include "output/atomic_write.hpp"
#include "engine/inputs.hpp"
#include "layout/layout.hpp"
#include "pdf/pdf_writer.hpp"
#include "sdk/core_codes.hpp"
#include "sdk/logging.hpp"

#include <cstdlib>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec)) return true;
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec) && !ec;
}

std::optional<std::string> source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  return value ? std::optional<std::string>(value) : std::nullopt;
}

// The output file: the pattern of -o expanded with the loaded plan's values, or the plan's
// name with .pdf. Reports a pattern that cannot be used, and refuses the plan itself.
std::optional<fs::path> output_path(Session& session, const RenderOptions& options) {
  const Location command_line{"command line"};
  fs::path output = options.load.plan;
  output.replace_extension(".pdf");
  if (!options.output.empty()) {
    const std::string pattern = options.output.string();
    if (std::string problem = output_pattern_problem(pattern); !problem.empty()) {
      session.diags.report(code("usage/output-name"), command_line,
                           "output name '" + pattern + "': " + problem);
      session.fail(ExitCode::usage);
      return std::nullopt;
    }
    const Expansion name =
        expand_output_pattern(pattern, pattern_values(options.load.plan, session.plan.get()));
    if (!name.missing.empty()) {
      session.diags.report(
          code("usage/output-name"), command_line,
          "output name '" + pattern + "' uses {" + name.missing + "}, but the plan " +
              options.load.plan.string() + " has no " + name.missing,
          {name.missing == "version"
               ? "give the plan a version, or stamp one with --set version=…"
               : "give the plan a " + name.missing + ", or leave {" + name.missing + "} out of the name"});
      session.fail(ExitCode::usage);
      return std::nullopt;
    }
    output = name.path;
  }
  if (same_file(output, options.load.plan)) {
    session.diags.report(code("usage/output-is-plan"), command_line,
                         "the output '" + output.string() + "' is the plan itself",
                         {"name another file with -o"});
    session.fail(ExitCode::usage);
    return std::nullopt;
  }
  return output;
}

}  // namespace

RunResult run_resolve_output(const RenderOptions& options, std::filesystem::path& output) {
  Session session(options.load);
  // Only a pattern naming the plan's content needs the plan loaded. Its other problems are
  // left to the render, which reports them all.
  if (pattern_needs_plan(options.output.string()) && !session.load_plan(options.load))
    return session.finish();
  if (auto path = output_path(session, options)) {
    output = *path;
    return RunResult{};
  }
  return session.finish();
}

RunResult run_render(const RenderOptions& options, RenderCacheState* cache) {
  Session session(options.load);
  session.use_cache(cache);
  const std::size_t kept_fonts = cache ? cache->fonts.hits() : 0,
                    kept_images = cache ? cache->images.hits() : 0,
                    kept_pages = cache ? cache->pages.hits() : 0;
  session.set_warnings_as_errors(options.load.warnings_as_errors);
  if (!session.load_plan(options.load)) return session.finish();
  const std::optional<fs::path> resolved = output_path(session, options);
  if (!resolved) return session.finish();
  // Written where it was named: a plugin may change the working directory (it should not).
  std::error_code ec;
  const fs::path output = fs::absolute(*resolved, ec);
  if (ec) {
    session.diags.report(code("output/write-failed"), Location{resolved->string()},
                         "cannot tell where the output goes: " + ec.message());
    session.fail(ExitCode::environment);
    return session.finish();
  }
  session.load_language();
  if (session.load_theme(options.templates)) session.load_fonts();
  session.load_plugins(options.plugins);
  std::optional<PageSet> laid_out = session.lay_out(options, source_date_epoch());
  if (!laid_out) return session.finish();
  laid_out->info.archival = options.pdf_a;
  const PageSet& pages = *laid_out;

  // Only now are all inputs known (and read): the output must be none of them.
  std::vector<fs::path> inputs = session.inputs();
  for (fs::path& library : session.plugin_files()) inputs.push_back(std::move(library));
  if (!options.changes_since.empty()) inputs.push_back(options.changes_since);
  if (const auto input = input_named_as_output(output, inputs)) {
    session.diags.report(
        code("usage/output-is-input"), Location{"command line"},
        "the output '" + resolved->string() + "' is a file this run reads (" + input->string() + ")",
        {"name another file with -o; planforge never overwrites what it reads"});
    session.fail(ExitCode::usage);
    return session.finish();
  }

  try {
    if (options.create_folders && output.has_parent_path()) fs::create_directories(output.parent_path());
    auto painting = session.timer.scope("pdf");
    PdfDocument pdf(pages, session.theme->fonts, session.theme->heading_font, &*session.fonts,
                    cache ? &cache->pages : nullptr, options.threads);
    painting.stop();
    auto writing = session.timer.scope("write");
    // Saved straight into the file: a PDF of thousands of pages is never held whole.
    write_atomically_via(output, [&](const fs::path& temporary) { pdf.save(temporary); });
  } catch (const PdfError& e) {
    session.diags.report(code("output/pdf-failed"), Location{resolved->string()},
                         std::string("cannot produce the PDF: ") + e.what());
    session.fail(ExitCode::environment);
    return session.finish();
  } catch (const WriteError& e) {
    session.diags.report(code("output/write-failed"), Location{resolved->string()},
                         std::string("cannot write the PDF: ") + e.what());
    session.fail(ExitCode::environment);
    return session.finish();
  } catch (const fs::filesystem_error& e) {
    session.diags.report(code("output/write-failed"), Location{resolved->string()},
                         "cannot create the folder '" + e.path1().string() + "': " + e.code().message());
    session.fail(ExitCode::environment);
    return session.finish();
  }
  std::error_code size_error;
  logger("engine")->info("wrote {} ({} bytes)", output.string(), fs::file_size(output, size_error));
  if (cache)
    logger("engine")->info("kept from earlier renders: {} font files, {} images, {} of {} pages' contents",
                           cache->fonts.hits() - kept_fonts, cache->images.hits() - kept_images,
                           cache->pages.hits() - kept_pages, pages.pages.size());
  RunResult result;
  result.output = *resolved;
  result.pages = static_cast<int>(pages.pages.size());
  return session.finish(std::move(result));
}

RunResult run_validate(const LoadOptions& load, const PluginOptions& plugins,
                       const TemplateOptions& templates) {
  // The same steps as run_render() up to layout, so that whatever render would refuse
  // before laying out (a theme, font or logo included) validate refuses too.
  Session session(load);
  session.set_warnings_as_errors(load.warnings_as_errors);
  if (!session.load_plan(load)) return session.finish();
  session.load_language();
  if (session.load_theme(templates)) session.load_fonts();
  session.load_plugins(plugins);
  session.validate_sections();
  session.load_plugin_words();
  CoverData cover;
  session.decode_plan_logo(cover);
  if (session.theme) session.decode_theme_logo(cover);
  // The plugins' render() too (not the layout): its warnings and figures are checked here as
  // in a render, and a suppression only a render() warning uses is not called unused.
  if (!session.failed() && session.fonts) {
    DocumentInput body;
    body.locale = session.locale;
    session.build_body(body);
  }
  session.judge_suppressions();
  return session.finish();
}

}  // namespace planforge::detail
