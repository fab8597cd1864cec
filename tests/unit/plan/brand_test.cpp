// <brand> in <meta>: a client's colours, fonts and logo, read and checked by the loader
// (the engine applies them to the theme; see the integration tests).
#include "plan_test_util.hpp"

using plantest::Loaded;
using plantest::TempDir;

namespace {

std::filesystem::path plan_with_brand(const TempDir& dir, const std::string& brand) {
  return dir.write("plan.xml", "<plan format=\"1\">\n<meta>\n  <title>T</title>\n  " + brand +
                                   "\n</meta>\n"
                                   "<section type=\"text\"/>\n</plan>\n");
}

}  // namespace

TEST_CASE("a complete <brand> is read into Meta::brand") {
  TempDir dir;
  dir.write("assets/firm.png", "only its existence is checked here");
  const auto p = plan_with_brand(
      dir,
      "<brand primary=\"#0B5563\" accent=\"E07A5F\" subtle=\"#F4F1EA\" series=\"#0B5563, #E07A5F #81B29A\"\n"
      "         font=\"Lato\" heading-font=\"EB Garamond 12\" logo=\"assets/firm.png\"/>");
  const Loaded l = plantest::load(p);
  CHECK_MESSAGE(l.lines().empty(), plantest::dump(l));
  REQUIRE(l.plan);
  const auto& b = l.plan->meta.brand;
  CHECK(b.given);
  REQUIRE(b.colors.size() == 3);
  CHECK(b.colors[0].first == "primary");
  CHECK(b.colors[0].second == planforge::Color{0x0B, 0x55, 0x63});
  CHECK(b.colors[1].second == planforge::Color{0xE0, 0x7A, 0x5F});
  CHECK(b.colors[2].first == "subtle");
  CHECK(b.series.size() == 3);
  CHECK(b.font == "Lato");
  CHECK(b.heading_font == "EB Garamond 12");
  CHECK(b.font_location.line == 5);
  CHECK(b.logo == (dir.path() / "assets/firm.png").lexically_normal());
  CHECK_FALSE(b.drop_logo);
}

TEST_CASE("a plan without <brand> has none") {
  TempDir dir;
  const Loaded l = plantest::load(plan_with_brand(dir, ""));
  REQUIRE(l.plan);
  CHECK_FALSE(l.plan->meta.brand.given);
}

TEST_CASE("<brand> mistakes are reported at their attribute, with hints") {
  TempDir dir;
  const auto p = plan_with_brand(
      dir,
      "<brand primray=\"#0B5563\" accent=\"#E07A5\" series=\"#0B5563 teal\" font=\"\" logo=\"firm.png\"/>");
  const Loaded l = plantest::load(p);
  const std::string f = p.generic_string();
  CHECK(l.lines() == std::vector<std::string>{
                         f + ":4:10: error: unknown attribute 'primray' on <brand>",
                         f + ":4:28: error: accent '#E07A5' is not a colour",
                         f + ":4:44: error: series 'teal' is not a colour",
                         f + ":4:66: error: font is empty",
                         f + ":4:74: error: logo file 'firm.png' not found",
                     });
  CHECK(l.hints_of("primray") == std::vector<std::string>{"did you mean 'primary'?"});
}

TEST_CASE("logo=\"\" in <brand> asks for no firm logo") {
  TempDir dir;
  const Loaded l = plantest::load(plan_with_brand(dir, "<brand logo=\"\"/>"));
  REQUIRE(l.plan);
  CHECK(l.lines().empty());
  CHECK(l.plan->meta.brand.drop_logo);
}
