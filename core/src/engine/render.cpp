#include "engine/document_parts.hpp"
#include "engine/runs.hpp"
#include "engine/session.hpp"
#include "engine/atomic_write.hpp"
#include "layout/layout.hpp"
#include "pdf/pdf_writer.hpp"
#include "sdk/logging.hpp"

#include <cstdlib>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

fs::path output_path(const RenderOptions& options) {
  if (!options.output.empty()) return options.output;
  fs::path output = options.load.plan;
  output.replace_extension(".pdf");
  return output;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::equivalent(a, b, ec)) return true;
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec) && !ec;
}

std::optional<std::string> source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  return value ? std::optional<std::string>(value) : std::nullopt;
}

RunResult finish(Session& session, RunResult result = {}) {
  result.exit_code = session.exit_code();
  result.diagnostics = session.diags.sorted();
  return result;
}

}  // namespace

RunResult run_render(const RenderOptions& options) {
  Session session;
  const fs::path output = output_path(options);
  if (same_file(output, options.load.plan)) {
    session.diags.error(Location{"command line"}, "the output '" + output.string() + "' is the plan itself",
                        {"name another file with -o"});
    session.fail(ExitCode::usage);
    return finish(session);
  }
  if (!session.load_plan(options.load)) return finish(session);
  if (session.load_theme(options.templates)) session.load_fonts();
  session.load_plugins(options.plugins);
  session.validate_sections();

  DocumentInput input;
  if (session.theme) add_plan_parts(input, *session.plan, *session.theme, source_date_epoch());
  session.decode_plan_logo(input.cover);
  if (session.theme) session.decode_theme_logo(input.cover);
  if (session.failed() || !session.fonts) return finish(session);

  session.build_body(input);
  if (session.failed()) return finish(session);

  PageSet pages = layout_document(input, *session.theme, *session.fonts, session.diags);
  if (session.failed()) return finish(session);
  logger("engine")->info("{} pages laid out", pages.pages.size());

  std::vector<std::uint8_t> bytes;
  try {
    bytes = write_pdf(pages, session.theme->fonts);
    write_atomically(output, bytes);
  } catch (const PdfError& e) {
    session.diags.error(Location{output.string()}, std::string("cannot produce the PDF: ") + e.what());
    session.fail(ExitCode::environment);
    return finish(session);
  } catch (const WriteError& e) {
    session.diags.error(Location{output.string()}, std::string("cannot write the PDF: ") + e.what());
    session.fail(ExitCode::environment);
    return finish(session);
  }
  logger("engine")->info("wrote {} ({} bytes)", output.string(), bytes.size());
  RunResult result;
  result.output = output;
  result.pages = static_cast<int>(pages.pages.size());
  return finish(session, std::move(result));
}

RunResult run_validate(const LoadOptions& load, const PluginOptions& plugins,
                       const TemplateOptions& templates) {
  // The same steps as run_render() up to layout, so that whatever render would refuse
  // before laying out (a theme, font or logo included) validate refuses too.
  Session session;
  if (!session.load_plan(load)) return finish(session);
  if (session.load_theme(templates)) session.load_fonts();
  session.load_plugins(plugins);
  session.validate_sections();
  CoverData cover;
  session.decode_plan_logo(cover);
  if (session.theme) session.decode_theme_logo(cover);
  return finish(session);
}

}  // namespace planforge::detail
