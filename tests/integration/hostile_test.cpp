// The hostile-input corpus (tests/hostile/README.md): every case of issue 8 and the older
// ones, run through the real program. Each names its exit code, its message with its
// location, and finishes in bounded time; an existing PDF at the output path is left
// byte-for-byte untouched and nothing else appears beside it. Small cases are files in
// tests/hostile/; the large ones (16,000 levels, 4,700 files, 50,000 phases) are generated
// here, so that the repository does not carry megabytes of them.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <functional>

#include <sys/stat.h>

namespace {

namespace fs = pf::fs;

const std::string head =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan format=\"1\" id=\"hostile\" version=\"1.0\">\n"
    "  <meta><title>Hostile</title><client>C</client><date>2026-11-15</date><status>draft</status>";
const std::string text_section = "  <section type=\"text\" id=\"t\" title=\"Text\"><p>Body.</p></section>\n";

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string corpus(const std::string& relative) { return pf::source("tests/hostile/" + relative); }

struct Expect {
  int exit_code = 1;
  std::string message;  // expected in stderr, with its location
  double seconds = 60;  // a generous bound (a loaded machine, the sanitizers): unbounded work took minutes
  bool pdf_written = false;  // the run succeeds and replaces the output
};

// Renders with `args` (the output is added) into a folder holding a previous PDF, and checks
// the contract: exit code, message, time, the previous PDF untouched, no stray file.
pf::RunOutput expect_render(const std::vector<std::string>& args, const Expect& e) {
  pf::TempDir out_dir;
  const auto out = out_dir / "out.pdf";
  pf::plant_previous_output(out);
  std::vector<std::string> all = {"render"};
  all.insert(all.end(), args.begin(), args.end());
  all.insert(all.end(), {"-o", out.string()});
  const auto start = std::chrono::steady_clock::now();
  const auto r = pf::planforge(all);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(r.describe());
  CHECK(r.exit_code == e.exit_code);
  CHECK(pf::contains(r.err, e.message));
  CHECK(seconds < e.seconds);
  CHECK(pf::previous_output_untouched(out) == !e.pdf_written);
  int entries = 0;
  for (const auto& entry : fs::directory_iterator(out_dir.path())) entries += 1 + 0 * entry.is_regular_file();
  CHECK(entries == 1);
  return r;
}

// A plan file in `dir` around `body` (which follows </meta> unless `meta` is given).
fs::path write_plan(const pf::TempDir& dir, const std::string& body, const std::string& meta = "</meta>",
                    const std::string& name = "plan.xml") {
  const auto file = dir / name;
  pf::write_text(file, head + meta + "\n" + body + "</plan>\n");
  return file;
}

// A plan in `dir` naming the template folder beside it: template="./brand".
fs::path write_branded_plan(const pf::TempDir& dir) {
  const auto file = dir / "plan.xml";
  std::string text = head + "</meta>\n" + text_section + "</plan>\n";
  pf::write_text(file, text.insert(text.find("version=\"1.0\">") + 13, " template=\"./brand\""));
  return file;
}

// A template folder beside the plan extending the default theme, with the default fonts
// copied (so that one of them can be broken) and `extra` inside <theme>.
fs::path write_theme(const pf::TempDir& dir, const std::string& extra) {
  const auto theme = dir / "brand";
  fs::create_directories(theme / "fonts");
  for (const char* style : {"Regular", "Bold", "Italic", "BoldItalic"})
    fs::copy_file(pf::source(std::string("templates/default/fonts/OpenSans-") + style + ".ttf"),
                  theme / "fonts" / (std::string("OpenSans-") + style + ".ttf"));
  pf::write_text(theme / "theme.xml",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<theme format=\"1\" name=\"brand\" extends=\"default\">\n" +
                     extra + "</theme>\n");
  return theme;
}

std::uint16_t be16(const std::string& f, std::size_t at) {
  return static_cast<std::uint16_t>((static_cast<unsigned char>(f[at]) << 8) |
                                    static_cast<unsigned char>(f[at + 1]));
}
std::uint32_t be32(const std::string& f, std::size_t at) {
  return (std::uint32_t{be16(f, at)} << 16) | be16(f, at + 2);
}
std::size_t table_of(const std::string& f, const char* tag) {
  for (std::size_t i = 0; i < be16(f, 4); ++i)
    if (f.compare(12 + 16 * i, 4, tag) == 0) return be32(f, 12 + 16 * i + 8);
  return 0;
}

}  // namespace

// ---- crashes ----------------------------------------------------------------------------

TEST_CASE("hostile: 16,000 levels of any element are refused at the 65th, under validate and render") {
  const std::vector<std::pair<std::string, std::string>> kinds = {
      {"<x>", "</x>"},
      {"<b>", "</b>"},
      {"<i>", "</i>"},
      {"<link href=\"https://x\">", "</link>"},
      {"<subsection title=\"s\">", "</subsection>"},
      {"<list><item>", "</item></list>"}};
  for (const auto& [open, close] : kinds) {
    CAPTURE(open);
    pf::TempDir dir;
    const bool in_meta = open == "<x>";
    const auto plan =
        in_meta ? write_plan(dir, text_section, repeat(open, 16'000) + repeat(close, 16'000) + "</meta>")
                : write_plan(dir, "  <section type=\"text\" title=\"T\"><p>" + repeat(open, 16'000) +
                                      repeat(close, 16'000) + "</p></section>\n");
    const auto r = expect_render({plan.string()}, {1, plan.string() + ":"});
    CHECK(pf::contains(r.err, ": error: elements are nested more than 64 levels deep here"));
    const auto v = pf::planforge({"validate", plan.string()});
    CHECK(v.exit_code == 1);
    CHECK(pf::contains(v.err, "error: elements are nested more than 64 levels deep here"));
  }
}

TEST_CASE("hostile: 15,000 nested subsections are refused, not laid out into 915 MB") {
  pf::TempDir dir;
  const auto plan = write_plan(dir, "  <section type=\"text\" title=\"T\">" +
                                        repeat("<subsection title=\"s\"><p>x</p>", 15'000) +
                                        repeat("</subsection>", 15'000) + "</section>\n");
  expect_render({plan.string()},
                {1, plan.string() + ":4:1886: error: elements are nested more than 64 levels deep here"});
}

TEST_CASE("hostile: an include chain stops at the include depth (4,700 files: tests/unit/plan)") {
  pf::TempDir dir;
  for (int i = 0; i < 100; ++i)
    pf::write_text(dir / ("f" + std::to_string(i) + ".xml"),
                   "<sections><include href=\"f" + std::to_string(i + 1) + ".xml\"/></sections>\n");
  const auto plan = write_plan(dir, "  <include href=\"f0.xml\"/>\n");
  expect_render({plan.string()},
                {1, (dir / "f15.xml").string() + ":1:11: error: includes are nested more than 16 deep here"});
}

TEST_CASE("hostile: a chain of 10,400 variables resolves (no recursion)") {
  pf::TempDir dir;
  std::string vars;
  for (int i = 0; i < 10'400; ++i)
    vars += "<var name=\"a" + std::to_string(i) + "\">${a" + std::to_string(i + 1) + "}</var>";
  vars += "<var name=\"a10400\">the end</var>";
  const auto plan = write_plan(
      dir, "  <vars>" + vars + "</vars>\n  <section type=\"text\" title=\"${a0}\"><p>x</p></section>\n");
  const auto r = expect_render({plan.string()}, {0, "", 60, true});
  CHECK(r.err.empty());
}

TEST_CASE("hostile: rollout dependency chains and cycles of 50,000 phases") {
  pf::TempDir dir;
  std::string chain, cycle;
  for (int i = 0; i < 50'000; ++i) {
    const std::string id = std::to_string(i);
    chain += "<phase id=\"p" + id + "\" name=\"P\" start=\"2027-01\" end=\"2027-02\"" +
             (i + 1 < 50'000 ? " depends-on=\"p" + std::to_string(i + 1) + "\"" : "") + "/>";
    cycle += "<phase id=\"q" + id + "\" name=\"Q\" start=\"2027-01\" end=\"2027-02\" depends-on=\"q" +
             std::to_string((i + 1) % 50'000) + "\"/>";
  }
  const auto chained = write_plan(dir, "  <section type=\"rollout\" title=\"R\">" + chain + "</section>\n",
                                  "</meta>", "chain.xml");
  // validate also runs the rollout's render (for its warnings), whose Gantt routes 50,000
  // arrows: linear, but about 13 s of CPU here and 100 s under the sanitizers, so the run
  // gets more than the harness's default two minutes.
  pf::planforge_exits(0, {"validate", chained.string()}, {.timeout_seconds = 600});
  const auto cyclic = write_plan(dir, "  <section type=\"rollout\" title=\"R\">" + cycle + "</section>\n",
                                 "</meta>", "cycle.xml");
  expect_render(
      {cyclic.string()},
      {1, cyclic.string() +
              ":4:91: error: phase dependencies form a cycle: 'q0' → 'q1' → 'q2' → 'q3' → "
              "'q4' → 'q5' → … (49989 more) … → 'q49995' → 'q49996' → 'q49997' → 'q49998' → 'q49999' → 'q0' "
              "(each depends on the next)"});
}

TEST_CASE("hostile: a theme font whose hhea.numberOfHMetrics exceeds its glyphs never reaches libharu") {
  pf::TempDir dir;
  const auto theme = write_theme(dir, "  <fonts regular=\"fonts/OpenSans-Regular.ttf\"/>\n");
  std::string font = pf::read_text(theme / "fonts/OpenSans-Regular.ttf");
  const std::size_t hhea = table_of(font, "hhea"), maxp = table_of(font, "maxp");
  const std::uint16_t glyphs = be16(font, maxp + 4);
  font[hhea + 34] = static_cast<char>((glyphs + 7) >> 8);
  font[hhea + 35] = static_cast<char>((glyphs + 7) & 0xFF);
  pf::write_text(theme / "fonts/OpenSans-Regular.ttf", font);
  const std::string message = (theme / "theme.xml").string() +
                              ":3:19: error: font file 'fonts/OpenSans-Regular.ttf' is corrupt: "
                              "hhea numberOfHMetrics (" +
                              std::to_string(glyphs + 7) + ") exceeds the number of glyphs (" +
                              std::to_string(glyphs) + ")";
  const auto plan = write_plan(dir, text_section);
  const auto r = expect_render({plan.string(), "--template", theme.string()}, {3, message});
  CHECK_FALSE(pf::contains(r.err, "names no regular font"));
  // The way a plan brings such a font itself: a template beside it.
  expect_render({write_branded_plan(dir).string()}, {3, message});
}

TEST_CASE("hostile: a half-truncated font is the theme's error at its line, not the output's") {
  pf::TempDir dir;
  const auto theme = write_theme(dir, "  <fonts bold=\"fonts/OpenSans-Bold.ttf\"/>\n");
  const std::string font = pf::read_text(theme / "fonts/OpenSans-Bold.ttf");
  pf::write_text(theme / "fonts/OpenSans-Bold.ttf", font.substr(0, font.size() / 2));
  const auto plan = write_plan(dir, text_section);
  const auto r = expect_render(
      {plan.string(), "--template", theme.string()},
      {3, (theme / "theme.xml").string() + ":3:16: error: font file 'fonts/OpenSans-Bold.ttf' is truncated"});
  CHECK_FALSE(pf::contains(r.err, "out.pdf"));
  CHECK_FALSE(pf::contains(r.err, "names no bold font"));
}

// ---- lost or exposed data ---------------------------------------------------------------

TEST_CASE(
    "hostile: -o naming an input (an include, the logo, the theme, a font) is refused, the input intact") {
  pf::TempDir dir;
  pf::write_text(dir / "part.xml", text_section);
  fs::copy_file(pf::source("examples/acme-cs/assets/logo.png"), dir / "logo.png");
  const auto theme = write_theme(dir, "");
  const auto plan = write_plan(dir, "  <include href=\"part.xml\"/>\n", "<logo href=\"logo.png\"/></meta>");
  for (const fs::path& input : {dir / "part.xml", dir / "logo.png", theme / "theme.xml",
                                fs::path(pf::source("templates/default/fonts/OpenSans-Regular.ttf"))}) {
    CAPTURE(input);
    const std::string before = pf::read_text(input);
    const auto r =
        pf::planforge_exits(2, {"render", plan.string(), "--template", theme.string(), "-o", input.string()});
    CHECK(pf::contains(r.err,
                       "command line: error: the output '" + input.string() + "' is a file this run reads"));
    CHECK(pf::read_text(input) == before);
  }
}

TEST_CASE("hostile: replacing a 0600 PDF keeps it 0600") {
  pf::TempDir dir;
  const auto out = dir / "private.pdf";
  pf::write_text(out, "old");
  ::chmod(out.c_str(), 0600);
  pf::render_ok(corpus("plan.xml"), out);
  struct stat st {};
  REQUIRE(::stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("hostile: a 255-byte output name is written (the temporary name is shortened)") {
  pf::TempDir dir;
  const auto out = dir / (std::string(251, 'n') + ".pdf");
  const auto r = pf::planforge_exits(0, {"render", corpus("plan.xml"), "-o", out.string()});
  CHECK(pf::pdf_pages(out) >= 1);
}

// ---- reads outside the plan's folder ----------------------------------------------------

TEST_CASE("hostile: a logo by absolute path, through '..' or through a symbolic link is never opened") {
  expect_render(
      {corpus("logo-absolute.xml")},
      {1, corpus("logo-absolute.xml") + ":3:94: error: logo '/etc/passwd' is outside the plan's folder"});
  expect_render({corpus("logo-parent/plan/plan.xml")},
                {1, corpus("logo-parent/plan/plan.xml") +
                        ":3:94: error: logo '../secret.png' is outside the plan's folder"});
  expect_render(
      {corpus("logo-symlink/plan.xml")},
      {1, corpus("logo-symlink/plan.xml") + ":3:94: error: logo 'logo.png' leads outside the plan's folder "
                                            "through a symbolic link (to /etc/passwd)"});
  expect_render({corpus("include-symlink/plan.xml")},
                {1, corpus("include-symlink/plan.xml") +
                        ":4:3: error: include 'part.xml' leads outside the plan's folder "
                        "through a symbolic link (to /etc/passwd)"});
  // With the one flag that allows more, the parent's file is read (and found not to be a picture).
  expect_render({corpus("logo-parent/plan/plan.xml"), "--allow-read", corpus("logo-parent")},
                {1, corpus("logo-parent/plan/plan.xml") +
                        ":3:94: error: cannot use logo 'secret.png': not a PNG or JPEG image"});
}

TEST_CASE("hostile: a plan's template folder is confined like its includes: its fonts, its logo, itself") {
  // A font named by '../' out of the plan's folder, refused at the attribute naming it.
  const std::string font_plan = corpus("template-font-parent/plan.xml");
  const std::string font_theme = corpus("template-font-parent/brand/theme.xml");
  auto r = expect_render({font_plan},
                         {3, font_theme + ":3:19: error: font file '../../../../templates/default/fonts/"
                                          "OpenSans-Regular.ttf' is outside the plan's folder"});
  CHECK(pf::contains(r.err, "hint: a plan reads only files inside its own folder"));
  CHECK_FALSE(pf::contains(r.err, "names no regular font"));
  const auto v = pf::planforge({"validate", font_plan});
  CHECK(v.exit_code == 3);
  CHECK(pf::contains(v.err, font_theme + ":3:19: error: font file"));
  // Allowed with the flag: the font is used and the plan renders.
  expect_render({font_plan, "--allow-read", pf::source("templates/default/fonts")}, {0, "", 60, true});

  // A logo that is a symbolic link to /etc/passwd is never opened; allowed, it is read and
  // found not to be a picture.
  const std::string logo_plan = corpus("template-logo-symlink/plan.xml");
  const std::string logo_theme = corpus("template-logo-symlink/brand/theme.xml");
  expect_render({logo_plan}, {3, logo_theme + ":3:16: error: logo 'logo.png' leads outside the plan's folder "
                                              "through a symbolic link (to /etc/passwd)"});
  expect_render({logo_plan, "--allow-read", "/etc"},
                {3, logo_theme + ":3:16: error: logo 'logo.png' is not a PNG or JPEG image"});

  // The template folder itself a link out of the plan's folder, and a theme extending one
  // outside by path; a template named on the command line is the user's and not confined.
  pf::TempDir elsewhere, dir;
  const auto theme = write_theme(elsewhere, "");
  fs::create_symlink(theme, dir / "brand");
  const auto plan = write_branded_plan(dir);
  expect_render({plan.string()}, {3, plan.string() +
                                         ":2:45: error: template './brand' leads outside the plan's folder "
                                         "through a symbolic link (to " +
                                         (theme / "theme.xml").string() + ")"});
  expect_render({plan.string(), "--allow-read", elsewhere.path().string()}, {0, "", 60, true});
  expect_render({plan.string(), "--template", theme.string()}, {0, "", 60, true});
  fs::remove(dir / "brand");
  fs::create_directories(dir / "brand");
  pf::write_text(dir / "brand/theme.xml", "<theme format=\"1\" extends=\"" + theme.string() + "\"/>\n");
  expect_render({plan.string()}, {3, (dir / "brand/theme.xml").string() + ":1:28: error: base theme '" +
                                         theme.string() + "' is outside the plan's folder"});
}

// ---- unbounded time or memory -----------------------------------------------------------

TEST_CASE("hostile: an 825-byte variable bomb stops at the expansion limit, under validate too") {
  std::string vars = "<var name=\"v0\">xxxxxxxxxx</var>";
  for (int i = 1; i <= 10; ++i)
    vars += "<var name=\"v" + std::to_string(i) + "\">" + repeat("${v" + std::to_string(i - 1) + "}", 10) +
            "</var>";
  pf::TempDir dir;
  const auto plan = write_plan(dir, "  <vars>" + vars + "</vars>\n" + text_section);
  expect_render({plan.string()}, {1, plan.string() + ":4:"});
  const auto v = pf::planforge({"validate", plan.string()});
  CHECK(v.exit_code == 1);
  CHECK(pf::contains(v.err,
                     "error: variable 'v7' would make ${var} expansion produce more than 64.0 MiB of text"));
}

TEST_CASE("hostile: include fan-out (25 files, each including the next twice) ends fast") {
  pf::TempDir dir;
  for (int i = 0; i < 25; ++i)
    pf::write_text(dir / ("f" + std::to_string(i) + ".xml"),
                   "<sections><include href=\"f" + std::to_string(i + 1) + ".xml\"/><include href=\"f" +
                       std::to_string(i + 1) + ".xml\"/></sections>\n");
  const auto plan = write_plan(dir, "  <include href=\"f0.xml\"/>\n");
  expect_render({plan.string()}, {1, "error: the plan has more than 1000 includes"});
}

TEST_CASE("hostile: an include of a FIFO is refused at once") {
  pf::TempDir dir;
  REQUIRE(::mkfifo((dir / "pipe.xml").c_str(), 0600) == 0);
  const auto plan = write_plan(dir, "  <include href=\"pipe.xml\"/>\n");
  expect_render({plan.string()},
                {1, plan.string() + ":4:3: error: cannot include 'pipe.xml': is a FIFO, not a regular file"});
}

TEST_CASE(
    "hostile: org reporting chains and cycles of 4,000 units, 200,000 attributes, 40,000 undefined "
    "variables") {
  pf::TempDir dir;
  std::string chain, cycle;
  for (int i = 0; i < 4'000; ++i) {
    chain += "<unit id=\"u" + std::to_string(i) + "\" name=\"U\"" +
             (i + 1 < 4'000 ? " reports-to=\"u" + std::to_string(i + 1) + "\"" : "") + "/>";
    cycle += "<unit id=\"w" + std::to_string(i) + "\" name=\"W\" reports-to=\"w" +
             std::to_string((i + 1) % 4'000) + "\"/>";
  }
  const auto chained = write_plan(
      dir, "  <section type=\"org-structure\" title=\"O\">" + chain + "</section>\n", "</meta>", "chain.xml");
  const auto start = std::chrono::steady_clock::now();
  const auto v = pf::planforge({"validate", chained.string()});
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
  CHECK(v.exit_code == 0);
  const auto cyclic = write_plan(
      dir, "  <section type=\"org-structure\" title=\"O\">" + cycle + "</section>\n", "</meta>", "cycle.xml");
  expect_render({cyclic.string()},
                {1, cyclic.string() + ":4:66: error: reporting lines form a cycle: 'w0' → 'w1' → "});

  std::string attrs;
  for (int i = 0; i < 200'000; ++i) attrs += " a" + std::to_string(i) + "=\"x\"";
  const auto wide = write_plan(dir, "  <section type=\"text\"" + attrs + "/>\n", "</meta>", "wide.xml");
  expect_render({wide.string()},
                {1, wide.string() + ":4:2209: error: <section> has more than 256 attributes"});

  const auto undefined = write_plan(
      dir, "  <section type=\"text\" title=\"T\"><p>" + repeat("${x} ", 40'000) + "</p></section>\n",
      "</meta>", "undefined.xml");
  const auto r =
      expect_render({undefined.string()}, {1, undefined.string() + ":4:37: error: undefined variable 'x'"});
  CHECK(pf::missing(r.err, {"note: 39000 more diagnostics were found but not shown",
                            "40000 errors, 0 warnings"}) == "");
}

TEST_CASE("hostile: 300,000 errors print a thousand and count the rest") {
  pf::TempDir dir;
  const auto plan =
      write_plan(dir, "  <section type=\"text\" title=\"T\">" + repeat("<q/>", 300'000) + "</section>\n");
  const auto r = expect_render({plan.string()}, {1, "error: unknown element <q> in <section>"});
  CHECK(r.err.size() < 512 * 1024);
  CHECK(pf::contains(r.err, "300000 errors"));
  const auto more = pf::planforge({"validate", plan.string(), "--limit", "diagnostics=5"});
  CHECK(pf::count(more.err, "error: unknown element <q>") == 5);
}

TEST_CASE("hostile: a document over the page limit is refused before anything is written") {
  expect_render({corpus("plan.xml"), "--limit", "pages=1"},
                {1, corpus("plan.xml") + ": error: the document would have more than 1 pages ("});
}

// ---- wrong or unclear answers -----------------------------------------------------------

TEST_CASE("hostile: text over 65,535 bytes is refused by validate at its place, not by the PDF writer") {
  pf::TempDir dir;
  const auto plan = write_plan(
      dir, "  <section type=\"text\" title=\"" + std::string(70'000, 'T') + "\"><p>x</p></section>\n");
  const auto v = pf::planforge_exits(1, {"validate", plan.string()});
  CHECK(pf::contains(
      v.err,
      plan.string() +
          ":4:24: error: the value of 'title' is 70,000 bytes long; a value may hold at most 65,535 bytes"));
  expect_render({plan.string()}, {1, plan.string() + ":4:24: error: the value of 'title'"});
}

TEST_CASE("hostile: a plugin built for another CPU is refused by name before dlopen") {
  pf::TempDir dir;
  const auto so = pf::fixture_dir("hello") + "/planforge-fixture-hello.so";
  std::string bytes = pf::read_text(so);
  bytes[18] = static_cast<char>(183);  // EM_AARCH64, little-endian
  bytes[19] = 0;
  fs::create_directories(dir / "plugins");
  pf::write_text(dir / "plugins/planforge-arm.so", bytes);
  expect_render({pf::data("integration/minimal.xml"), "--plugin-path", (dir / "plugins").string()},
                {3, (dir / "plugins/planforge-arm.so").string() +
                        ": error: plugin rejected: built for AArch64, this planforge runs on x86-64"});
}

TEST_CASE("hostile: a theme leaving a 72 pt column is refused at its margins, not blamed on plugins") {
  const auto r =
      expect_render({corpus("plan.xml"), "--template", corpus("theme-narrow")},
                    {3, corpus("theme-narrow/theme.xml") +
                            ":3:3: error: the margins leave too little room on the page (72pt × 697pt)"});
  CHECK_FALSE(pf::contains(r.err, "invalid figure"));
}

TEST_CASE("hostile: a file starting with a NUL byte is a control character, not UTF-16") {
  const auto r = expect_render(
      {corpus("nul-first.xml")},
      {1, corpus("nul-first.xml") + ":1:1: error: control character U+0000 is not allowed in XML"});
  CHECK_FALSE(pf::contains(r.err, "UTF-16"));
}

TEST_CASE("hostile: a theme's undefined entity is an error at its place, not printed") {
  expect_render({corpus("plan.xml"), "--template", corpus("theme-entity")},
                {3, corpus("theme-entity/theme.xml") + ":3:17: error: undefined entity '&copy;'"});
}

TEST_CASE("hostile: characters the fonts cannot show are reported once, with the font") {
  const auto r = expect_render(
      {corpus("emoji.xml")},
      {0,
       corpus("emoji.xml") + ":4:47: warning: the font 'OpenSans-Regular.ttf' cannot show '🚀' (U+1F680) "
                             "and 1 more characters",
       60, true});
  CHECK(pf::count(r.err, "warning:") == 1);
  CHECK(pf::contains(r.err, "left out of the PDF"));
}

TEST_CASE("hostile: an unterminated '&amp' is an error, not \"&amp\" in the PDF") {
  expect_render({corpus("amp-unterminated.xml")},
                {1, corpus("amp-unterminated.xml") +
                        ":4:46: error: entity reference '&amp' is not terminated: missing ';'"});
}

TEST_CASE("hostile: XXE and entity bombs in a DOCTYPE are not expanded") {
  expect_render({corpus("xxe.xml")}, {1, corpus("xxe.xml") + ":4:24: error: undefined entity '&xxe;'"});
  const auto r = expect_render({corpus("laughs.xml")},
                               {1, corpus("laughs.xml") + ":8:42: error: undefined entity '&e;'"});
  CHECK(pf::contains(r.err, "warning: DOCTYPE ignored"));
}
