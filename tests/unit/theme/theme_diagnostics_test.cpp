// Every mistake in a theme.xml is a diagnostic at its line and column.

#include "theme/theme.hpp"
#include "theme_test_util.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;
using namespace planforge::test;

namespace {

struct Outcome {
  std::optional<Theme> theme;
  std::vector<Diagnostic> diags;
  std::string file;
  std::string text;  // everything, for INFO

  std::vector<std::string> lines() const { return planforge::test::lines(diags); }
};

// Writes `xml` as brand/theme.xml (line 1 is the first line of `xml`) plus any extra files,
// and loads it with the shipped templates as the search path.
Outcome load(const std::string& xml, const std::vector<std::pair<std::string, std::string>>& extra = {}) {
  static int counter = 0;
  TempDir dir;
  std::string folder = "brand" + std::to_string(++counter);
  auto file = dir.write(folder + "/theme.xml", xml);
  for (const auto& [name, content] : extra) dir.write(folder + "/" + name, content);
  Diagnostics diags;
  Outcome out;
  out.theme = load_theme(folder, {dir.path(), templates_dir()}, diags);
  out.diags = diags.sorted();
  out.file = file.string();
  out.text = all_text(diags);
  return out;
}

void check_one(const Outcome& o, std::uint32_t line, std::uint32_t column, const std::string& message,
               Severity severity = Severity::error) {
  INFO(o.text);
  REQUIRE(o.diags.size() == 1);
  CHECK(o.diags[0].location.file == o.file);
  CHECK(o.diags[0].location.line == line);
  CHECK(o.diags[0].location.column == column);
  CHECK(o.diags[0].message == message);
  CHECK(o.diags[0].severity == severity);
}

}  // namespace

TEST_CASE("unknown element, with the elements that are allowed as a hint") {
  auto o = load("<theme format='1' extends='default'>\n  <colours/>\n</theme>");
  check_one(o, 2, 3, "unknown element <colours> in <theme>");
  CHECK_FALSE(o.theme);
  REQUIRE(o.diags[0].hints.size() == 1);
  CHECK(o.diags[0].hints[0].find("palette") != std::string::npos);
}

TEST_CASE("a misspelt element or choice gets a did-you-mean hint, as in a plan") {
  auto o = load("<theme format='1' extends='default'>\n  <palete/>\n</theme>");
  check_one(o, 2, 3, "unknown element <palete> in <theme>");
  REQUIRE(o.diags[0].hints.size() == 2);
  CHECK(o.diags[0].hints[0] == "did you mean 'palette'?");
  auto c = load("<theme format='1' extends='default'>\n  <cover style='bnad'/>\n</theme>");
  check_one(c, 2, 17, "style 'bnad' is not one of band, plain, full, classic or minimal");
  REQUIRE(c.diags[0].hints.size() == 1);
  CHECK(c.diags[0].hints[0] == "did you mean 'band'?");
}

TEST_CASE("a theme file gets the plan's XML checks: encoding and entities at their place") {
  auto o = load("<theme format='1' extends='default'>\n  <footer left='&copyright; Northwind'/>\n</theme>");
  check_one(o, 2, 17, "undefined entity '&copyright;'");
  auto b = load("<theme format='1' extends='default'>\n  <footer left='Caf\xE9'/>\n</theme>");
  INFO(b.text);
  REQUIRE_FALSE(b.diags.empty());
  CHECK(b.diags[0].message.rfind("invalid UTF-8", 0) == 0);
  CHECK(b.diags[0].location.line == 2);
}

TEST_CASE("unknown attribute points at the attribute") {
  auto o = load("<theme format='1' extends='default'>\n  <palette primry='#112233'/>\n</theme>");
  check_one(o, 2, 12, "unknown attribute 'primry' on <palette>");
  CHECK(o.diags[0].hints[0].find("primary") != std::string::npos);
}

TEST_CASE("duplicate attributes and elements are errors, not silently ignored") {
  auto o = load(
      "<theme format='1' extends='default'>\n<page size='A4' size='A5'/>\n<page size='A3'/>\n"
      "</theme>");
  CHECK(o.lines() ==
        std::vector<std::string>{"2:17: error: duplicate attribute 'size'", "3:1: error: duplicate <page>"});
}

TEST_CASE("a bad colour points at the value") {
  auto o = load("<theme format='1' extends='default'>\n<palette accent=\"#C8773\"/>\n</theme>");
  check_one(o, 2, 18, "accent '#C8773' is not a colour");
  CHECK(o.diags[0].hints[0] == "write colours as #RRGGBB, e.g. #1B2F50");
}

TEST_CASE("a bad colour in the series, and an empty series") {
  auto o = load(
      "<theme format='1' extends='default'>\n<palette>\n<series>\n<color value='navy'/>\n"
      "</series>\n</palette>\n</theme>");
  CHECK(o.lines() == std::vector<std::string>{"3:1: error: <series> holds no colours",
                                              "4:15: error: value 'navy' is not a colour"});
}

TEST_CASE("lengths need a unit, a number and a known unit") {
  auto o = load(
      "<theme format='1' extends='default'>\n"
      "<margins top='25' right='2furlong' bottom='wide' left='-3mm'/>\n</theme>");
  CHECK(o.lines() == std::vector<std::string>{
                         "2:15: error: top '25' needs a unit: mm, cm, pt or in",
                         "2:26: error: right '2furlong' has unknown unit 'furlong' (use mm, cm, pt or in)",
                         "2:44: error: bottom 'wide' is not a length (write e.g. 20mm, 0.75in or 54pt)",
                         "2:56: error: left '-3mm' is not a length (write e.g. 20mm, 0.75in or 54pt)"});
}

TEST_CASE("accepted lengths: mm, cm, pt, in and a bare zero") {
  auto o = load(
      "<theme format='1' extends='default'>\n"
      "<margins top='1in' right='2.54cm' bottom='72pt' left='0'/>\n"
      "<page width='8.5in' height='279.4 mm'/>\n</theme>");
  INFO(o.text);
  REQUIRE(o.theme);
  CHECK(o.theme->margin_top == doctest::Approx(72));
  CHECK(o.theme->margin_right == doctest::Approx(72));
  CHECK(o.theme->margin_bottom == doctest::Approx(72));
  CHECK(o.theme->margin_left == 0);
  CHECK(o.theme->page_width == doctest::Approx(612));
  CHECK(o.theme->page_height == doctest::Approx(792));
}

TEST_CASE("page: unknown paper, half a size, landscape, margins that eat the page") {
  auto unknown = load("<theme format='1' extends='default'>\n<page size='B5'/>\n</theme>");
  INFO(unknown.text);
  REQUIRE(unknown.diags.size() == 2);  // the error and a note listing the known sizes
  CHECK(unknown.diags[0].message == "size 'B5' is not a known paper size");
  CHECK(unknown.diags[1].severity == Severity::note);

  auto half = load("<theme format='1' extends='default'>\n<page width='200mm'/>\n</theme>");
  check_one(half, 2, 1, "<page> needs both width and height");

  auto wide =
      load("<theme format='1' extends='default'>\n<page size='A4' orientation='landscape'/>\n</theme>");
  REQUIRE(wide.theme);
  CHECK(wide.theme->page_width == doctest::Approx(841.89).epsilon(1e-4));

  auto eaten = load("<theme format='1' extends='default'>\n<margins left='100mm' right='100mm'/>\n</theme>");
  check_one(eaten, 2, 1, "the margins leave too little room on the page (28pt × 702pt)");
}

TEST_CASE("a missing font file is reported where it is named, with the full path") {
  auto o = load("<theme format='1' extends='default'>\n<fonts bold='fonts/Missing-Bold.ttf'/>\n</theme>");
  check_one(o, 2, 14, "font file 'fonts/Missing-Bold.ttf' not found");
  CHECK(o.diags[0].hints[0].find("Missing-Bold.ttf") != std::string::npos);
  CHECK(o.diags[0].hints[0].find("looked for /") == 0);
}

TEST_CASE("a file that is not a TrueType font is refused before any font library sees it") {
  auto short_file = load("<theme format='1' extends='default'>\n<fonts italic='tiny.ttf'/>\n</theme>",
                         {{"tiny.ttf", std::string("\0\1\0\0ab", 6)}});
  check_one(short_file, 2, 16, "font file 'tiny.ttf' is not a TrueType font (too short)");

  auto text_file = load("<theme format='1' extends='default'>\n<fonts italic='notes.ttf'/>\n</theme>",
                        {{"notes.ttf", "this is a text file, not a font"}});
  check_one(text_file, 2, 16, "font file 'notes.ttf' is not a TrueType font");

  auto cff = load("<theme format='1' extends='default'>\n<fonts italic='a.otf'/>\n</theme>",
                  {{"a.otf", std::string("OTTO\0\x01\0\0\0\0\0\0", 12) + std::string(64, '\0')}});
  REQUIRE(cff.diags.size() == 1);
  CHECK(cff.diags[0].message.find("PostScript (CFF) outlines") != std::string::npos);
}

TEST_CASE("a theme without extends must name all four fonts") {
  auto o = load("<theme format='1'>\n<page size='A4'/>\n</theme>");
  CHECK(o.lines() == std::vector<std::string>{"1:1: error: the theme names no regular font",
                                              "1:1: error: the theme names no bold font",
                                              "1:1: error: the theme names no italic font",
                                              "1:1: error: the theme names no bold-italic font"});
}

TEST_CASE("malformed XML is reported at the syntax error") {
  auto o = load("<theme format='1' extends='default'>\n<page size='A4'>\n</theme>");
  INFO(o.text);
  REQUIRE(o.diags.size() == 1);
  CHECK(o.diags[0].location.line == 3);
  CHECK(o.diags[0].message.find("malformed XML: ") == 0);
}

TEST_CASE("wrong root and unknown format version") {
  auto root = load("<template format='1'/>");
  check_one(root, 1, 1, "root element is <template>, not <theme>");
  auto format = load("<theme format='2' extends='default'/>");
  check_one(format, 1, 16, "unknown theme format '2'");
}

TEST_CASE("type scale: sizes with or without pt, ranges, line height") {
  auto good =
      load("<theme format='1' extends='default'>\n<type body='11' h1='24pt' line-height='1.3'/>\n</theme>");
  REQUIRE(good.theme);
  CHECK(good.theme->body_size == 11);
  CHECK(good.theme->heading_sizes[0] == 24);
  CHECK(good.theme->heading_sizes[1] == 14);  // from default
  CHECK(good.theme->line_height == doctest::Approx(1.3));

  auto bad = load(
      "<theme format='1' extends='default'>\n<type body='10mm' small='0' h2='300pt' "
      "line-height='tall'/>\n</theme>");
  CHECK(bad.lines() ==
        std::vector<std::string>{"2:13: error: body '10mm' is not in points (write e.g. 10pt)",
                                 "2:26: error: small '0' must be greater than zero",
                                 "2:33: error: h2 '300pt' is outside 5–96pt",
                                 "2:53: error: line-height 'tall' is not a plain number (write e.g. 1.4)"});
}

TEST_CASE("header and footer: slots, placeholders, unterminated variables") {
  auto good = load(
      "<theme format='1' extends='default'>\n<header left='${client} · ${horizon}' center='' "
      "right='{page}'/>\n</theme>");
  REQUIRE(good.theme);
  CHECK(good.theme->header[0] == "${client} · ${horizon}");
  CHECK(good.theme->header[1].empty());
  CHECK(good.theme->header[2] == "{page}");

  auto unknown = load("<theme format='1' extends='default'>\n<footer right='Page {pg}'/>\n</theme>");
  check_one(unknown, 2, 16, "unknown placeholder '{pg}' in right (printed as written)", Severity::warning);
  CHECK(unknown.theme);  // a warning does not stop the theme

  auto open = load("<theme format='1' extends='default'>\n<footer left='${client'/>\n</theme>");
  check_one(open, 2, 15, "left '${client' has a '${' without its closing '}'");
}

TEST_CASE("cover: unknown style and missing or wrong logo") {
  auto style = load("<theme format='1' extends='default'>\n<cover style='fancy'/>\n</theme>");
  check_one(style, 2, 15, "style 'fancy' is not one of band, plain, full, classic or minimal");
  auto missing = load("<theme format='1' extends='default'>\n<cover logo='logo.png'/>\n</theme>");
  check_one(missing, 2, 14, "logo 'logo.png' not found");
  auto text = load("<theme format='1' extends='default'>\n<cover logo='logo.png'/>\n</theme>",
                   {{"logo.png", "hello"}});
  check_one(text, 2, 14, "logo 'logo.png' is not a PNG or JPEG image");
}

TEST_CASE("flow: section and front-matter starts, minimum space as a percentage") {
  auto good = load(
      "<theme format='1' extends='default'>\n<flow section-start='continue' min-space='45%'/>\n</theme>");
  REQUIRE(good.theme);
  CHECK(good.theme->section_start == PartStart::continue_on_page);
  CHECK(good.theme->front_matter_start == PartStart::continue_on_page);  // the default theme's, inherited
  CHECK(good.theme->min_space == doctest::Approx(0.45));
  auto start = load("<theme format='1' extends='default'>\n<flow section-start='always'/>\n</theme>");
  check_one(start, 2, 22, "section-start 'always' is not one of new-page, continue or auto");
  auto space = load("<theme format='1' extends='default'>\n<flow min-space='40'/>\n</theme>");
  check_one(space, 2, 18, "min-space '40' is not a percentage (write e.g. 30%)");
  auto more = load(
      "<theme format='1' extends='default'>\n<flow front-matter-start='new-page' "
      "min-space='120%'/>\n</theme>");
  check_one(more, 2, 48, "min-space '120%' is more than 100%");
}

TEST_CASE("text where none belongs, and every problem reported in one pass") {
  auto o = load(
      "<theme format='1' extends='default'>\n<page size='A4'>big</page>\n<palette bad='red'/>\n"
      "<fonts regular='none.ttf'/>\n<extra/>\n</theme>");
  CHECK(o.lines() == std::vector<std::string>{"2:17: error: unexpected text in <page>",
                                              "3:15: error: bad 'red' is not a colour",
                                              "4:17: error: font file 'none.ttf' not found",
                                              "5:1: error: unknown element <extra> in <theme>"});
}

TEST_CASE("columns count characters, not bytes") {
  auto o = load("<theme format='1' extends='default'>\n<!-- é€ --><palette good='#zzzzzz'/>\n</theme>");
  check_one(o, 2, 27, "good '#zzzzzz' is not a colour");
}
