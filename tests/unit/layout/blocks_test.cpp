#include "layout_fixture.hpp"
#include "layout/cover.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::test;

namespace {

const detail::Theme& theme = test_theme();
double body_bottom() { return theme.page_height - theme.margin_bottom; }

template <class T>
std::vector<const T*> items_of(const detail::Page& page) {
  std::vector<const T*> out;
  for (const auto& item : page.items)
    if (const auto* t = std::get_if<T>(&item)) out.push_back(t);
  return out;
}

}  // namespace

TEST_CASE("a figure taller than the column is scaled down to fit one page, caption below") {
  auto in = input_with_section("Figures");
  Figure f{.width = 900, .height = 1400, .caption = "A very tall chart"};
  f.add(FigRect{0, 0, 900, 1400, Color{1, 2, 3}});
  f.add(FigText{{450, 700}, "centre label", 20, FontStyle::bold, Color{}, TextAnchor::middle});
  in.body.push_back(f);
  Diagnostics diags;
  const auto set = lay_out(in, diags);
  CHECK(diags.empty());
  const int p = pages_with(set, "centre label").at(0);
  const detail::PlacedRect* canvas = nullptr;
  for (const auto* r : items_of<detail::PlacedRect>(set.pages[p]))
    if (r->fill == Color{1, 2, 3}) canvas = r;
  REQUIRE(canvas);
  CHECK(canvas->height / canvas->width == doctest::Approx(1400.0 / 900.0));
  CHECK(canvas->y >= theme.margin_top);
  CHECK(canvas->x >= theme.margin_left - 0.01);
  CHECK(canvas->x + canvas->width <= theme.page_width - theme.margin_right + 0.01);
  const auto* caption = find_text(set.pages[p], "A very tall chart");
  REQUIRE(caption);
  CHECK(caption->baseline > canvas->y + canvas->height);
  CHECK(caption->baseline <= body_bottom());
  // Text scales with the canvas and stays centred on its anchor.
  const auto* label = find_text(set.pages[p], "centre label");
  CHECK(label->size < 20);
  CHECK(label->x + width_of(*label) / 2 == doctest::Approx(canvas->x + canvas->width / 2));
}

TEST_CASE("figure text keeps its rotation — drawing outside the canvas is reported") {
  auto in = input_with_section("Figures");
  Figure f{.width = 200, .height = 100, .caption = "Leaky"};
  f.add(FigText{{10, 90}, "axis", 8, FontStyle::regular, Color{}, TextAnchor::start, 90});
  f.add(FigRect{150, 50, 100, 20, Color{9, 9, 9}});  // leaves the canvas on the right
  in.body.push_back(f);
  Diagnostics diags;
  const auto set = lay_out(in, diags);
  const int p = pages_with(set, "axis").at(0);
  CHECK(find_text(set.pages[p], "axis")->rotation == 90);
  REQUIRE(diags.warning_count() == 1);
  CHECK(diags.sorted()[0].message.find("figure 'Leaky' draws outside its canvas") != std::string::npos);
}

TEST_CASE("a panel grid is kept whole: equal heights, moved to the next page rather than cut") {
  for (int filler = 20; filler < 34; filler += 3) {
    auto in = input_with_section("Panels");
    for (int i = 0; i < filler; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
    PanelGrid g;
    g.columns = 2;
    for (int i = 0; i < 4; ++i) {
      Panel p;
      p.title = "Panel " + std::to_string(i);
      p.paragraphs.push_back(plain(std::string(i == 1 ? 400 : 60, 'x').replace(10, 1, " ")));
      g.panels.push_back(p);
    }
    in.body.push_back(g);
    const auto set = lay_out(in);
    const int p0 = pages_with(set, "Panel 0").at(0);
    CHECK(pages_with(set, "Panel 3").at(0) == p0);
    std::vector<double> heights;
    for (const auto* r : items_of<detail::PlacedRect>(set.pages[p0]))
      if (r->fill == theme.palette.subtle) heights.push_back(r->height);
    REQUIRE(heights.size() == 4);
    for (double h : heights) CHECK(h == doctest::Approx(heights[0]));
  }
}

TEST_CASE("a callout longer than a page is cut between lines and boxed on both pages") {
  auto in = input_with_section("Notes");
  Callout c;
  c.kind = CalloutKind::warning;
  c.title = "Risks";
  for (int i = 0; i < 60; ++i)
    c.paragraphs.push_back(plain("risk paragraph " + std::to_string(i) + " with a few words"));
  in.body.push_back(c);
  const auto set = lay_out(in);
  const int first = pages_with(set, "Risks").at(0);
  const int last = pages_with(set, "risk paragraph 59 with a few words").at(0);
  CHECK(last > first);
  for (int p = first; p <= last; ++p) {
    int rules = 0;
    for (const auto* r : items_of<detail::PlacedRect>(set.pages[p])) {
      if (r->fill == theme.palette.warning) ++rules;
      CHECK(r->y + r->height <= body_bottom() + 0.01);
    }
    CHECK(rules == 1);
  }
}

TEST_CASE("key-values: labels bold and muted in their column, values beside them") {
  auto in = input_with_section("Facts");
  KeyValues kv;
  kv.items = {{"Owner", plain("Head of Service")}, {"Horizon", plain("2027-2029")}};
  in.body.push_back(kv);
  const auto set = lay_out(in);
  const int p = pages_with(set, "Owner").at(0);
  const auto* label = find_text(set.pages[p], "Owner");
  const auto* value = find_text(set.pages[p], "Head of Service");
  CHECK(label->style == FontStyle::bold);
  CHECK(label->color == theme.palette.muted);
  CHECK(value->baseline == label->baseline);
  CHECK(value->x > label->x + width_of(*label));
  CHECK(find_text(set.pages[p], "2027-2029")->x == value->x);
}

TEST_CASE("the cover shows the plan's details and fits the logo in its box, aspect kept") {
  detail::RasterImage wide;
  wide.width = 1200;
  wide.height = 300;
  const auto [w, h] = detail::fit_image(wide, 150, 60);
  CHECK(w == doctest::Approx(150));
  CHECK(h == doctest::Approx(37.5));
  detail::RasterImage small;
  small.width = 40;
  small.height = 20;
  CHECK(detail::fit_image(small, 150, 60).first == doctest::Approx(40));  // never enlarged

  for (const char* style : {"band", "plain", "full"}) {
    auto in = base_input();
    in.cover.logo = wide;
    in.cover.logo->rgb.assign(1200 * 300 * 3, 128);
    in.cover.period = "January 2027 – December 2029";
    detail::Theme t = theme;
    t.cover_style = style;
    Diagnostics diags;
    const auto set = detail::layout_document(in, t, test_fonts(), diags);
    const auto& cover = set.pages.at(0);
    for (const char* expected : {"Customer Service Strategic", "Acme Industrial Controls",
                                 "Northwind Advisory", "1.3.0", "Draft", "January 2027 – December 2029"})
      CHECK_MESSAGE(find_text(cover, expected) != nullptr, style << ": " << expected);
    const auto images = items_of<detail::PlacedImage>(cover);
    REQUIRE(images.size() == 1);
    CHECK(images[0]->width / images[0]->height == doctest::Approx(4.0));
    CHECK(set.images.size() == 1);
    CHECK(cover.links.empty());
  }
}
