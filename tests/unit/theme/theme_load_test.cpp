// Loading the shipped themes, finding themes by name or folder, and `extends`.

#include "theme/theme.hpp"
#include "theme_test_util.hpp"

#include <planforge/style.hpp>

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

TEST_CASE("the default theme loads cleanly with its fonts and house colours") {
  Diagnostics diags;
  auto theme = load_theme("default", {templates_dir()}, diags);
  INFO(all_text(diags));
  REQUIRE(theme);
  CHECK(diags.empty());
  CHECK(theme->name == "default");
  CHECK(theme->page_width == doctest::Approx(595.276).epsilon(1e-4));
  CHECK(theme->page_height == doctest::Approx(841.89).epsilon(1e-4));
  CHECK(theme->margin_left == doctest::Approx(22 * 72 / 25.4));
  CHECK(theme->palette.primary == *Color::parse("#14284B"));
  CHECK(theme->palette.series.size() == 6);
  CHECK(theme->heading_sizes[0] == 20);
  CHECK(theme->line_height == doctest::Approx(1.42));
  CHECK(theme->footer[2] == "{page-of-pages}");
  CHECK(theme->cover_style == "band");
  for (const auto& font : theme->fonts) {
    CHECK(font.is_absolute());
    CHECK(std::filesystem::is_regular_file(font));
  }
  CHECK(theme->fonts[static_cast<int>(FontStyle::bold)].filename() == "OpenSans-Bold.ttf");
  CHECK(theme->dir == (templates_dir() / "default").lexically_normal());
}

TEST_CASE("the letter theme is the default look on US Letter") {
  Diagnostics diags;
  auto letter = load_theme("letter", {templates_dir()}, diags);
  auto base = load_theme("default", {templates_dir()}, diags);
  INFO(all_text(diags));
  REQUIRE(letter);
  REQUIRE(base);
  CHECK(letter->name == "letter");
  CHECK(letter->page_width == 612);
  CHECK(letter->page_height == 792);
  CHECK(letter->margin_top == doctest::Approx(64.8));  // 0.9in
  CHECK(letter->fonts == base->fonts);
  CHECK(letter->palette.primary == base->palette.primary);
  CHECK(letter->palette.series == base->palette.series);
  CHECK(letter->heading_sizes == base->heading_sizes);
}

TEST_CASE("a folder path is used directly, without searching") {
  Diagnostics diags;
  auto by_dir = load_theme((templates_dir() / "default").string(), {}, diags);
  auto by_file = load_theme((templates_dir() / "default" / "theme.xml").string(), {}, diags);
  INFO(all_text(diags));
  CHECK(by_dir);
  CHECK(by_file);
  CHECK(diags.empty());
}

TEST_CASE("search folders are tried in order") {
  TempDir first, second;
  std::string fonts =
      "<fonts regular='" + (planforge::test::default_font_dir() / "OpenSans-Regular.ttf").string() +
      "' bold='" + (planforge::test::default_font_dir() / "OpenSans-Bold.ttf").string() + "' italic='" +
      (planforge::test::default_font_dir() / "OpenSans-Italic.ttf").string() + "' bold-italic='" +
      (planforge::test::default_font_dir() / "OpenSans-BoldItalic.ttf").string() + "'/>";
  first.write("house/theme.xml", "<theme format='1'>" + fonts + "<page size='A5'/></theme>");
  second.write("house/theme.xml", "<theme format='1'>" + fonts + "<page size='A3'/></theme>");
  Diagnostics diags;
  auto theme = load_theme("house", {second.path() / "absent", first.path(), second.path()}, diags);
  INFO(all_text(diags));
  REQUIRE(theme);
  CHECK(theme->page_width == doctest::Approx(148 * 72 / 25.4));
}

TEST_CASE("a missing theme names every place it looked") {
  TempDir a, b;
  Diagnostics diags;
  auto theme = load_theme("nordic", {a.path(), b.path()}, diags);
  CHECK_FALSE(theme);
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "theme 'nordic' not found");
  REQUIRE(all[0].hints.size() == 2);
  CHECK(all[0].hints[0] == "looked for " + (a.path() / "nordic" / "theme.xml").string());
  CHECK(all[0].hints[1] == "looked for " + (b.path() / "nordic" / "theme.xml").string());
}

TEST_CASE("a missing theme folder names the theme.xml it would hold") {
  TempDir dir;
  Diagnostics diags;
  auto given = (dir.path() / "nope").string();
  CHECK_FALSE(load_theme(given, {templates_dir()}, diags));
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].message == "theme '" + given + "' not found");
  REQUIRE(all[0].hints.size() == 1);
  CHECK(all[0].hints[0] == "looked for " + given + "/theme.xml");
}

TEST_CASE(
    "a relative theme folder is taken from the request's base folder, and reported where it was written") {
  TempDir dir;
  dir.write("plan/brand/theme.xml", "<theme format='1' extends='default' name='beside'/>");
  Diagnostics diags;
  auto theme = load_theme(ThemeRequest{"./brand", Location{"plan.xml", 3, 47}, dir.path() / "plan"},
                          {templates_dir()}, diags);
  INFO(all_text(diags));
  REQUIRE(theme);
  CHECK(theme->name == "beside");
  CHECK_FALSE(load_theme(ThemeRequest{"./other", Location{"plan.xml", 3, 47}, dir.path() / "plan"},
                         {templates_dir()}, diags));
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(format_diagnostic(all[0]).rfind("plan.xml:3:47: error: theme './other' not found", 0) == 0);
}

TEST_CASE("a theme that extends its own name builds on the next theme of that name") {
  TempDir dir;
  dir.write("default/theme.xml",
            "<theme format='1' extends='default'>\n  <palette primary='#0B5563'/>\n</theme>");
  Diagnostics diags;
  auto theme = load_theme("default", {dir.path(), templates_dir()}, diags);
  INFO(all_text(diags));
  REQUIRE(theme);
  CHECK(theme->palette.primary == Color{0x0B, 0x55, 0x63});
  CHECK(theme->fonts[0].filename() == "OpenSans-Regular.ttf");  // from the shipped default
}

TEST_CASE("a theme extends another by name: it overrides only what it sets") {
  TempDir dir;
  dir.write("brand/theme.xml", R"(<theme format="1" extends="default">
  <palette primary="#0B5563" accent="#E07A5F"/>
  <footer right="{page}/{pages}"/>
</theme>)");
  Diagnostics diags;
  auto theme = load_theme("brand", {dir.path(), templates_dir()}, diags);
  INFO(all_text(diags));
  REQUIRE(theme);
  CHECK(theme->name == "brand");
  CHECK(theme->palette.primary == Color{0x0B, 0x55, 0x63});
  CHECK(theme->palette.accent == Color{0xE0, 0x7A, 0x5F});
  CHECK(theme->palette.text == *Color::parse("#1F2933"));  // from default
  CHECK(theme->footer[2] == "{page}/{pages}");
  CHECK(theme->footer[0] == "${confidentiality}");  // from default
  CHECK(theme->fonts[0].filename() == "OpenSans-Regular.ttf");
}

TEST_CASE("extends by relative path, and a cover logo relative to the theme") {
  TempDir dir;
  // A 1×1 PNG header is enough for the theme's check; decoding is the engine's job.
  dir.write("brand/logo.png", std::string("\x89PNG\r\n\x1a\n", 8) + "rest");
  dir.write("brand/theme.xml", "<theme format='1' extends='" + (templates_dir() / "default").string() +
                                   "'>\n<cover style='plain' logo='logo.png'/>\n</theme>");
  Diagnostics diags;
  auto theme = load_theme((dir.path() / "brand").string(), {}, diags);
  INFO(all_text(diags));
  REQUIRE(theme);
  CHECK(theme->cover_style == "plain");
  CHECK(theme->logo == (dir.path() / "brand" / "logo.png").lexically_normal());
}

TEST_CASE("a cycle of extends is reported, not followed forever") {
  TempDir dir;
  dir.write("a/theme.xml", "<theme format='1' extends='b'/>");
  dir.write("b/theme.xml", "<theme format='1' extends='a'/>");
  Diagnostics diags;
  CHECK_FALSE(load_theme("a", {dir.path()}, diags));
  auto text = all_text(diags);
  CHECK(text.find("extends itself") != std::string::npos);
}

TEST_CASE("an unknown base theme is reported at the extends attribute") {
  TempDir dir;
  dir.write("a/theme.xml", "<theme format='1'\n       extends='nowhere'/>");
  Diagnostics diags;
  CHECK_FALSE(load_theme("a", {dir.path()}, diags));
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].location.line == 2);
  CHECK(all[0].location.column == 17);
  CHECK(all[0].message == "base theme 'nowhere' not found");
}
