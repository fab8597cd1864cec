// planforge watch: the real program runs in the background on a copy of the example while the
// test edits its files the way editors do (in place, or a new file renamed over the old) and
// reads the PDF it writes back. Every wait is bounded; a watch that misses a change fails the
// test after the timeout instead of hanging it.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <sstream>
#include <thread>

namespace {

// Replaces the one occurrence of `from` the way an editor saves: a new file renamed over it.
void save_as_editor(const pf::fs::path& file, const std::string& from, const std::string& to) {
  std::string text = pf::read_text(file);
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in " << file << ": " << from);
  text.replace(at, from.size(), to);
  const pf::fs::path swap = file.parent_path() / ("." + file.filename().string() + ".swp");
  pf::write_text(swap, text);
  pf::fs::rename(swap, file);
}

// The status line of render `n` ("[n] …"), or "" before it is printed.
std::string status(const std::string& out, int n) {
  const std::string start = "[" + std::to_string(n) + "] ";
  const auto at = out.find(start);
  if (at == std::string::npos) return "";
  const auto end = out.find('\n', at);
  return end == std::string::npos ? "" : out.substr(at, end - at);
}

bool printed(const pf::Background& watch, int n) {
  return watch.wait_until([n](const std::string& out) { return !status(out, n).empty(); });
}

}  // namespace

TEST_CASE("watch renders again after a change to an included file, once, and keeps the last good PDF") {
  pf::TempDir dir;
  pf::fs::copy(pf::source("examples/acme-cs"), dir.path(), pf::fs::copy_options::recursive);
  const auto plan = dir / "plan.xml", rollout = dir / "sections/rollout.xml", pdf = dir / "out.pdf";
  pf::Background watch({"watch", plan.string(), "-o", pdf.string()});

  REQUIRE_MESSAGE(printed(watch, 1), watch.err());
  const std::string first = status(watch.out(), 1);
  CHECK(pf::contains(first, "wrote " + pdf.string()));
  CHECK(pf::contains(first, "watching"));
  CHECK(pf::contains(pf::pdf_text(pdf), "Depot Manager"));

  // An included file, saved by rename: one render, naming it, and the PDF shows the edit.
  save_as_editor(rollout, "owner=\"Depot Manager\"", "owner=\"Depot Supervisor\"");
  REQUIRE_MESSAGE(printed(watch, 2), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 2), "rollout.xml changed: wrote"));
  CHECK(pf::contains(pf::pdf_text(pdf), "Depot Supervisor"));
  // Other files in the watched folders (the swap file, the PDF being written) start nothing.
  pf::write_text(dir / "notes.txt", "not an input");
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  CHECK(status(watch.out(), 3).empty());

  // A mistake in the plan, saved in place: diagnostics with file:line:col, the PDF kept.
  const auto good = pf::read_bytes(pdf);
  std::string text = pf::read_text(plan);
  pf::write_text(plan, text.replace(text.find("<kpi id=\"k-nps\""), 4, "<kip"));
  REQUIRE_MESSAGE(printed(watch, 3), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 3), "plan.xml changed: failed with exit 1; nothing written, " +
                                                 pdf.string() + " stays as it was"));
  CHECK(pf::contains(watch.err(), "plan.xml:"));
  CHECK(pf::read_bytes(pdf) == good);

  // An include of a file that does not exist yet: the render fails, and creating the file
  // starts the next one.
  pf::write_text(plan, pf::read_text(pf::source("examples/acme-cs/plan.xml")));
  REQUIRE(printed(watch, 4));
  save_as_editor(plan, "</plan>", "  <include href=\"sections/later.xml\"/>\n</plan>");
  REQUIRE(printed(watch, 5));
  CHECK(pf::contains(status(watch.out(), 5), "failed"));
  CHECK(pf::contains(watch.err(), "included file 'sections/later.xml' not found"));
  pf::write_text(
      dir / "sections/later.xml",
      "<section type=\"text\" id=\"later\" title=\"Written later\"><p>Added while watching.</p></section>");
  REQUIRE_MESSAGE(printed(watch, 6), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 6), "later.xml changed: wrote"));
  CHECK(pf::contains(pf::pdf_text(pdf), "Added while watching."));

  const pf::RunOutput end = watch.stop(SIGINT);
  CHECK_MESSAGE(end.exit_code == 0, end.describe());
  CHECK(status(end.out, 7).empty());
}

TEST_CASE("watch: a plan that is not there is a usage error, at once") {
  pf::TempDir dir;
  pf::Background watch({"watch", (dir / "no/such/plan.xml").string()});
  const pf::RunOutput end = watch.wait(30);
  CHECK_MESSAGE(end.exit_code == 2, end.describe());
  CHECK(pf::contains(end.err, "plan.xml"));
}

// What a watch keeps between renders (plugins, fonts, decoded images: planforge/render_cache.hpp)
// must never hide a change: a theme's colour, a font file or a logo replaced under the same
// name each show in the next PDF, exactly as a fresh render makes it.
namespace {

// A file replaced the way an editor or a copy replaces it: a new file renamed over the old.
void replace_file(const pf::fs::path& file, const pf::fs::path& with) {
  const pf::fs::path swap = file.parent_path() / ("." + file.filename().string() + ".new");
  pf::fs::copy_file(with, swap, pf::fs::copy_options::overwrite_existing);
  pf::fs::rename(swap, file);
}

// The PDF's page content, uncompressed (qpdf's QDF form), to look for painting operators.
std::string uncompressed(const pf::fs::path& pdf) {
  const pf::fs::path qdf = pdf.parent_path() / (pdf.stem().string() + ".qdf");
  const pf::RunOutput r =
      pf::run_program("/usr/bin/qpdf", {"--qdf", "--object-streams=disable", pdf.string(), qdf.string()});
  REQUIRE_MESSAGE(r.exit_code == 0, r.describe());
  return pf::read_text(qdf);
}

// Whether the PDF embeds a font of this PostScript name (pdffonts: "HPDFAA+OpenSans …").
bool has_font(const pf::fs::path& pdf, const std::string& name) {
  std::istringstream lines(pf::run_program("/usr/bin/pdffonts", {pdf.string()}).out);
  std::string line, first;
  while (std::getline(lines, line))
    if (std::istringstream(line) >> first && first.size() > name.size() + 1 &&
        first.substr(first.size() - name.size() - 1) == "+" + name)
      return true;
  return false;
}

// Whether the PDF holds an image of `width` × `height` pixels (pdfimages -list: page, num,
// type, width, height, …).
bool has_image(const pf::fs::path& pdf, int width, int height) {
  std::istringstream lines(pf::run_program("/usr/bin/pdfimages", {"-list", pdf.string()}).out);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string page, num, type;
    int w = 0, h = 0;
    if (fields >> page >> num >> type >> w >> h && w == width && h == height) return true;
  }
  return false;
}

}  // namespace

TEST_CASE(
    "watch: a changed theme colour, font file or logo shows in the next PDF, as a fresh render makes it") {
  pf::TempDir dir;
  pf::fs::copy(pf::source("examples/acme-cs"), dir.path(), pf::fs::copy_options::recursive);
  pf::fs::copy(pf::source("templates/default"), dir / "theme", pf::fs::copy_options::recursive);
  const auto plan = dir / "plan.xml", theme = dir / "theme/theme.xml", pdf = dir / "out.pdf";
  std::string text = pf::read_text(plan);
  text.replace(text.find("template=\"default\""), 18, "template=\"./theme\"");
  pf::write_text(plan, text);

  // A file changed less than two seconds ago is not kept (input/file_cache.hpp): let the
  // copies settle, so that the first render keeps the fonts and the logo.
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));

  pf::Background watch({"-v", "watch", plan.string(), "-o", pdf.string()});
  REQUIRE_MESSAGE(printed(watch, 1), watch.out() << watch.err());
  REQUIRE(pf::contains(status(watch.out(), 1), "wrote"));
  CHECK_FALSE(pf::contains(uncompressed(pdf), "1 0 0 rg"));
  CHECK(has_font(pdf, "OpenSans"));
  CHECK(has_image(pdf, 520, 144));

  // The theme's primary colour: headings and the cover band turn red.
  std::string styles = pf::read_text(theme);
  styles.replace(styles.find("primary=\"#14284B\""), 17, "primary=\"#FF0000\"");
  pf::write_text(theme, styles);
  REQUIRE_MESSAGE(printed(watch, 2), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 2), "theme.xml changed: wrote"));
  CHECK(pf::contains(uncompressed(pdf), "1 0 0 rg"));
  // …from the fonts and images the first render kept (the theme's four faces, two pictures).
  CHECK(pf::count(watch.err(), "kept from earlier renders: 4 font files, 2 images") == 1);
  // Recoloured headings and band: not every page's content is the same as before.
  CHECK_FALSE(pf::contains(watch.err(), "2 images, 32 of 32 pages' contents"));

  // The regular face's file replaced by the bold one under the same name: the metrics and
  // the embedded font are the new file's, not the kept ones.
  replace_file(dir / "theme/fonts/OpenSans-Regular.ttf", dir / "theme/fonts/OpenSans-Bold.ttf");
  REQUIRE_MESSAGE(printed(watch, 3), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 3), "OpenSans-Regular.ttf changed: wrote"));
  CHECK_FALSE(has_font(pdf, "OpenSans"));  // the regular face is the bold file now
  CHECK(has_font(pdf, "OpenSans-Bold,Bold"));
  CHECK(pf::count(watch.err(), "kept from earlier renders: 3 font files, 2 images") == 1);

  // The client's logo replaced by a picture of another size under the same name.
  replace_file(dir / "assets/logo.png", pf::source("docs/images/acme-cs-page1.png"));
  REQUIRE_MESSAGE(printed(watch, 4), watch.out() << watch.err());
  CHECK(pf::contains(status(watch.out(), 4), "logo.png changed: wrote"));
  CHECK_FALSE(has_image(pdf, 520, 144));
  CHECK(has_image(pdf, 497, 702));

  // What the watch wrote from its kept plugins, fonts and pixels is, byte for byte, what a
  // fresh render of the same files writes.
  const auto fresh = dir / "fresh.pdf";
  const pf::RunOutput r = pf::planforge({"render", plan.string(), "-o", fresh.string()});
  REQUIRE_MESSAGE(r.exit_code == 0, r.describe());
  CHECK(pf::read_bytes(fresh) == pf::read_bytes(pdf));

  const pf::RunOutput end = watch.stop(SIGINT);
  CHECK_MESSAGE(end.exit_code == 0, end.describe());
}
