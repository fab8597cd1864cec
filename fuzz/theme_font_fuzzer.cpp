// Fuzz target 2: themes and fonts. An input starting with '<' (or white space, or a UTF-8
// byte order mark) is a theme.xml, loaded from a folder holding fonts and then used to lay
// out the example plan; anything else is a font file, which is checked, measured with
// FreeType and, when accepted, embedded by libharu into a page of text. The font path is
// the one that matters most: whatever planforge accepts must be safe for libharu.
#include "fuzz_support.hpp"

#include "engine/install_paths.hpp"
#include "engine/session.hpp"
#include "input/truetype_check.hpp"
#include "pdf/pdf_writer.hpp"
#include "sdk/logging.hpp"

#include <map>
#include <memory>

namespace {

namespace fs = std::filesystem;
using namespace planforge;
using namespace planforge::detail;

struct Fixture {
  fs::path theme_folder, font_file;
  LoadOptions plan;
  std::unique_ptr<PluginHost> host;
  // The faces and the heading face: each set loaded once.
  std::map<std::pair<std::array<fs::path, 4>, fs::path>, std::optional<FontSet>> font_sets;
};

Fixture& fixture() {
  static Fixture f = [] {
    set_verbosity(-1);
    Fixture out;
    out.theme_folder = fuzz::scratch_folder() / "theme";
    fs::create_directories(out.theme_folder / "fonts");
    for (const auto& e : fs::directory_iterator(PLANFORGE_SOURCE_DIR "/templates/default/fonts"))
      fs::copy_file(e.path(), out.theme_folder / "fonts" / e.path().filename(),
                    fs::copy_options::overwrite_existing);
    for (const auto& e : fs::directory_iterator(PLANFORGE_SOURCE_DIR "/tests/fuzz/font"))
      fs::copy_file(e.path(), out.theme_folder / "fonts" / e.path().filename(),
                    fs::copy_options::overwrite_existing);
    out.font_file = fuzz::scratch_folder() / "font.ttf";
    out.plan.plan = PLANFORGE_SOURCE_DIR "/examples/acme-cs/plan.xml";
    PluginOptions plugins;
    plugins.paths.push_back(PLANFORGE_FUZZ_PLUGIN_DIR);
    out.host = std::make_unique<PluginHost>(plugins);
    return out;
  }();
  return f;
}

const std::optional<FontSet>& fonts_for(const Theme& theme) {
  auto& cache = fixture().font_sets;
  const auto key = std::pair(theme.fonts, theme.heading_font);
  auto it = cache.find(key);
  if (it == cache.end()) {
    std::optional<FontSet> set;
    try {
      set.emplace(theme.fonts, theme.heading_font);
    } catch (const FontError&) {
    }
    it = cache.emplace(key, std::move(set)).first;
  }
  return it->second;
}

void theme_input(std::string_view bytes) {
  Fixture& f = fixture();
  fuzz::write_file(f.theme_folder / "theme.xml", bytes);
  Session session(f.plan);
  if (!session.load_plan(f.plan)) std::abort();  // the example plan is valid
  session.load_language();
  TemplateOptions templates;
  templates.name = f.theme_folder.string() + "/";
  if (!session.load_theme(templates)) return fuzz::report(session.diags, 0);
  const auto& fonts = fonts_for(*session.theme);
  if (!fonts) return;
  session.fonts = fonts;
  session.use_plugin_host(*f.host);
  const auto pages = session.lay_out(RenderOptions{}, std::nullopt);
  fuzz::report(session.diags, pages ? pages->pages.size() : 0);
}

void font_input(std::string_view bytes) {
  Fixture& f = fixture();
  if (!truetype_problem(bytes).empty()) return;
  fuzz::write_file(f.font_file, bytes);
  try {
    (void)FontFace::load(f.font_file);
  } catch (const FontError&) {
    return;
  }
  // Accepted: libharu must embed it without harm, whatever characters a page shows.
  PageSet set;
  Page page;
  page.items.push_back(PlacedText{72,
                                  72,
                                  "Hello, World! 0123 \xC3\xA9\xE2\x82\xAC\xE2\x80\x94 \xEF\xBF\xBF",
                                  FontStyle::regular,
                                  12,
                                  {},
                                  0});
  set.pages.push_back(page);
  try {
    (void)write_pdf(set, {f.font_file, f.font_file, f.font_file, f.font_file});
  } catch (const PdfError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fixture();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const bool xml = !bytes.empty() && (bytes[0] == '<' || bytes[0] == ' ' || bytes[0] == '\n' ||
                                      bytes.substr(0, 3) == "\xEF\xBB\xBF");
  planforge::fuzz::run_with_stack(planforge::fuzz::input_stack_bytes,
                                  [&] { xml ? theme_input(bytes) : font_input(bytes); });
  return 0;
}
