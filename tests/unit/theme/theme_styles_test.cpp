// The shipped themes, and the elements that make themes differ by more than colour:
// the heading face, <headings>, <tables>, <links>, cover styles, font families.

#include "text/font.hpp"
#include "theme/theme.hpp"
#include "theme_test_util.hpp"

#include <planforge/style.hpp>

#include <doctest/doctest.h>

#include <set>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

std::optional<Theme> load_xml(const TempDir& dir, const std::string& xml, Diagnostics& diags) {
  dir.write("t/theme.xml", xml);
  return load_theme((dir.path() / "t").string(), {templates_dir()}, diags);
}

// Every letter and sign the shipped languages need (en de fr es it nl pt pl sv nb da fi),
// and the typography planforge and ICU produce.
const char32_t* const needed =
    U"ÄÖÜäöüßÀÂÆÇÉÈÊËÎÏÔŒÙÛŸàâæçéèêëîïôœùûÿ«»ÁÍÑÓÚáíñóú¿¡ÌÒìòÃÕãõ"
    U"ĄĆĘŁŃŚŹŻąćęłńśźżÅåØøŠšŽž–—‘’‚“”„…€£•·×−\u00A0§©°±";

}  // namespace

TEST_CASE("the six shipped themes load cleanly, each A4 theme with a US Letter variant") {
  const std::vector<std::pair<std::string, std::string>> pairs{
      {"default", "letter"}, {"formal", "formal-letter"}, {"modern", "modern-letter"}};
  for (const auto& [a4, letter] : pairs) {
    Diagnostics diags;
    auto base = load_theme(a4, {templates_dir()}, diags);
    auto us = load_theme(letter, {templates_dir()}, diags);
    INFO(a4 << "\n" << all_text(diags));
    REQUIRE(base);
    REQUIRE(us);
    CHECK(diags.empty());
    CHECK(base->page_width == doctest::Approx(595.276).epsilon(1e-4));
    CHECK(us->page_width == 612);
    CHECK(us->page_height == 792);
    CHECK(us->extends == a4);
    CHECK(us->fonts == base->fonts);
    CHECK(us->heading_font == base->heading_font);
    CHECK(us->cover_style == base->cover_style);
    CHECK_FALSE(base->description.empty());
    CHECK_FALSE(us->description.empty());
  }
}

TEST_CASE("the three themes differ in type, headings, tables and cover, not only colour") {
  Diagnostics diags;
  auto d = load_theme("default", {templates_dir()}, diags);
  auto f = load_theme("formal", {templates_dir()}, diags);
  auto m = load_theme("modern", {templates_dir()}, diags);
  INFO(all_text(diags));
  REQUIRE((d && f && m));
  CHECK(std::set<std::filesystem::path>{d->fonts[0], f->fonts[0], m->fonts[0]}.size() == 3);
  CHECK(d->heading_font.empty());
  CHECK(f->heading_font.filename() == "EBGaramond12-Regular.ttf");
  CHECK(m->heading_font.filename() == "Lato-Light.ttf");
  CHECK(std::set<std::string>{d->cover_style, f->cover_style, m->cover_style}.size() == 3);
  CHECK(d->tables.header == TableStyle::Header::filled);
  CHECK(f->tables.header == TableStyle::Header::ruled);
  CHECK(m->tables.header == TableStyle::Header::tinted);
  CHECK(d->headings.rule == HeadingStyle::Rule::line);
  CHECK(m->headings.rule == HeadingStyle::Rule::bar);
  CHECK(m->link_color == PaletteRole::accent);
}

TEST_CASE("every shipped font covers the letters of the twelve shipped languages") {
  for (const char* name : {"default", "formal", "modern"}) {
    Diagnostics diags;
    auto theme = load_theme(name, {templates_dir()}, diags);
    REQUIRE(theme);
    std::vector<std::filesystem::path> files(theme->fonts.begin(), theme->fonts.end());
    if (!theme->heading_font.empty()) files.push_back(theme->heading_font);
    for (const auto& file : files) {
      const FontFace face = FontFace::load(file);
      std::string missing;
      for (const char32_t* c = needed; *c; ++c)
        if (!face.has_glyph(*c)) missing += " U+" + std::to_string(static_cast<unsigned>(*c));
      INFO(name << ": " << file.string());
      CHECK(missing == "");
    }
  }
}

TEST_CASE("<headings>, <tables> and <links> set the styles — a bad choice gets the choices and a hint") {
  TempDir dir;
  Diagnostics diags;
  auto t = load_xml(dir,
                    "<theme format='1' extends='default'>\n"
                    "  <headings face-levels='1' color='accent' rule='bar' rule-color='text'/>\n"
                    "  <tables header='ruled' stripes='no' row-rules='no'/>\n"
                    "  <links color='accent'/>\n"
                    "</theme>",
                    diags);
  INFO(all_text(diags));
  REQUIRE(t);
  CHECK(t->headings.display_levels == 1);
  CHECK(t->headings.color == PaletteRole::accent);
  CHECK(t->headings.rule == HeadingStyle::Rule::bar);
  CHECK(t->headings.rule_color == PaletteRole::text);
  CHECK(t->tables.header == TableStyle::Header::ruled);
  CHECK_FALSE(t->tables.stripes);
  CHECK_FALSE(t->tables.row_rules);
  CHECK(t->link_color == PaletteRole::accent);

  Diagnostics bad;
  CHECK_FALSE(load_xml(dir,
                       "<theme format='1' extends='default'>\n"
                       "  <tables header='filed' stripes='maybe'/>\n"
                       "  <headings color='brand'/>\n"
                       "</theme>",
                       bad));
  CHECK(lines(bad.sorted()) ==
        std::vector<std::string>{"2:19: error: header 'filed' is not one of filled, tinted or ruled",
                                 "2:35: error: stripes 'maybe' is not yes or no",
                                 "3:20: error: color 'brand' is not one of text, muted, primary or accent"});
  CHECK(bad.sorted()[0].hints == std::vector<std::string>{"did you mean 'filled'?"});
}

TEST_CASE("a heading face is checked like the other fonts, and an empty one falls back to bold") {
  TempDir dir;
  Diagnostics diags;
  CHECK_FALSE(load_xml(
      dir, "<theme format='1' extends='formal'>\n  <fonts heading='fonts/Display.ttf'/>\n</theme>", diags));
  CHECK(lines(diags.sorted()) ==
        std::vector<std::string>{"2:19: error: font file 'fonts/Display.ttf' not found"});

  Diagnostics ok;
  auto t = load_xml(dir, "<theme format='1' extends='formal'>\n  <fonts heading=''/>\n</theme>", ok);
  REQUIRE(t);
  CHECK(t->heading_font.empty());
  const FontSet fonts(t->fonts, t->heading_font);
  CHECK(fonts.face(FontStyle::heading).file() == t->fonts[static_cast<int>(FontStyle::bold)]);
}

TEST_CASE("a missing font of a theme that names its Debian package says how to install it") {
  TempDir dir;
  Diagnostics diags;
  CHECK_FALSE(
      load_xml(dir,
               "<theme format='1' extends='default'>\n"
               "  <fonts package='fonts-nothing' regular='/usr/share/fonts/truetype/nothing/N.ttf'/>\n"
               "</theme>",
               diags));
  const auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  REQUIRE(all[0].hints.size() == 2);
  CHECK(all[0].hints[1] == "the theme's fonts come with Debian: apt-get install fonts-nothing");
}

TEST_CASE("a font family by name is found with fontconfig — an unknown one gets a did-you-mean") {
  TempDir dir;
  Diagnostics diags;
  auto t = load_xml(dir, "<theme format='1' extends='default'>\n  <fonts family='Lato'/>\n</theme>", diags);
  INFO(all_text(diags));
  REQUIRE(t);
  CHECK(t->fonts[0] == "/usr/share/fonts/truetype/lato/Lato-Regular.ttf");
  CHECK(t->fonts[1] == "/usr/share/fonts/truetype/lato/Lato-Bold.ttf");
  CHECK(t->fonts[2] == "/usr/share/fonts/truetype/lato/Lato-Italic.ttf");
  CHECK(t->fonts[3] == "/usr/share/fonts/truetype/lato/Lato-BoldItalic.ttf");

  Diagnostics bad;
  CHECK_FALSE(
      load_xml(dir, "<theme format='1' extends='default'>\n  <fonts family='Latto'/>\n</theme>", bad));
  const auto all = bad.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.line == 2);
  CHECK(all[0].location.column == 18);
  CHECK(all[0].message == "font family 'Latto' is not installed");
  REQUIRE_FALSE(all[0].hints.empty());
  CHECK(all[0].hints[0] == "did you mean 'Lato'?");
}

TEST_CASE("every cover style is accepted") {
  TempDir dir;
  for (const char* style : cover_styles) {
    Diagnostics diags;
    auto t = load_xml(
        dir, std::string("<theme format='1' extends='default'><cover style='") + style + "'/></theme>",
        diags);
    INFO(style << "\n" << all_text(diags));
    REQUIRE(t);
    CHECK(t->cover_style == style);
  }
}
