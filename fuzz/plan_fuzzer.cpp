// Fuzz target 1: plan loading, validation by the bundled plugins, and layout — everything a
// plan's bytes reach before the PDF writer. Each input is a plan.xml in a folder that also
// holds the files a plan may name (two include files, a logo, a corrupt image) and the
// hostile ones it may not read (a symbolic link out of the folder, a FIFO), so that the
// fuzzer can combine them.
#include "fuzz_support.hpp"

#include "engine/install_paths.hpp"
#include "engine/session.hpp"
#include "sdk/logging.hpp"

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace planforge;
using namespace planforge::detail;

struct Fixture {
  fs::path folder;
  Theme theme;
  std::optional<FontSet> fonts;
  std::unique_ptr<PluginHost> host;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    set_verbosity(-1);
    Fixture out;
    out.folder = fuzz::scratch_folder() / "plan";
    fs::create_directories(out.folder / "inc");
    fuzz::write_file(out.folder / "inc/a.xml",
                     "<sections><section type=\"text\" id=\"inc-a\" title=\"A\"><p>included</p></section>"
                     "<include href=\"b.xml\"/></sections>");
    fuzz::write_file(out.folder / "inc/b.xml",
                     "<section type=\"mission\" id=\"inc-b\" title=\"B\"><statement>S</statement></section>");
    fuzz::write_file(out.folder / "inc/loop.xml", "<sections><include href=\"loop.xml\"/></sections>");
    // A PNG signature and a chunk header cut short (the literal's own length: a count
    // written beside it read past its end, the first finding of the fuzzer).
    static constexpr char bad_png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR junk";
    fuzz::write_file(out.folder / "bad.png", std::string_view(bad_png, sizeof bad_png - 1));
    fs::copy_file(PLANFORGE_SOURCE_DIR "/examples/acme-cs/assets/logo.png", out.folder / "logo.png",
                  fs::copy_options::overwrite_existing);
    fuzz::write_file(fuzz::scratch_folder() / "outside.xml",
                     "<section type=\"text\" title=\"Outside\"><p>must not be read</p></section>");
    std::error_code ec;
    fs::create_symlink("/etc/passwd", out.folder / "escape.xml", ec);
    ::mkfifo((out.folder / "fifo.xml").c_str(), 0600);

    Diagnostics diags;
    auto theme = load_theme("default", template_search_dirs(), diags);
    if (!theme) std::abort();
    out.theme = std::move(*theme);
    out.fonts.emplace(out.theme.fonts, out.theme.heading_font);
    PluginOptions plugins;
    plugins.paths.push_back(PLANFORGE_FUZZ_PLUGIN_DIR);
    out.host = std::make_unique<PluginHost>(plugins);
    if (out.host->known_types().empty()) std::abort();
    return out;
  }();
  return f;
}

void run(const std::uint8_t* data, std::size_t size) {
  const Fixture& f = fixture();
  LoadOptions options;
  options.plan = f.folder / "plan.xml";
  fuzz::write_file(options.plan, std::string_view(reinterpret_cast<const char*>(data), size));
  Session session(options);
  if (!session.load_plan(options)) return fuzz::report(session.diags, 0);
  session.load_language();
  session.theme = f.theme;
  session.fonts = f.fonts;
  session.use_plugin_host(*f.host);
  const auto pages = session.lay_out(RenderOptions{}, std::nullopt);
  fuzz::report(session.diags, pages ? pages->pages.size() : 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fixture();  // on the main thread, once
  planforge::fuzz::run_with_stack(planforge::fuzz::input_stack_bytes, [&] { run(data, size); });
  return 0;
}
