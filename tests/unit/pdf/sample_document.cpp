#include "sample_document.hpp"

namespace planforge::test {

using namespace planforge::detail;

namespace {

PlacedText text(double x, double baseline, std::string s, double size = 11,
                FontStyle style = FontStyle::regular, Color color = {0x1F, 0x29, 0x33}) {
  return {.x = x, .baseline = baseline, .text = std::move(s), .style = style, .size = size, .color = color};
}

// 40×20 pixels in four quadrants: red, blue / green, yellow (top row first).
RasterImage quadrants() {
  RasterImage img;
  img.width = 40;
  img.height = 20;
  for (std::uint32_t y = 0; y < img.height; ++y)
    for (std::uint32_t x = 0; x < img.width; ++x) {
      bool right = x >= 20, bottom = y >= 10;
      Color c = !bottom ? (right ? Color{0, 0, 255} : Color{255, 0, 0})
                        : (right ? Color{255, 255, 0} : Color{0, 160, 0});
      img.rgb.insert(img.rgb.end(), {c.r, c.g, c.b});
    }
  return img;
}

}  // namespace

PageSet sample_document() {
  PageSet set;
  set.images.push_back(quadrants());

  Page cover;
  cover.items.push_back(PlacedRect{0, 0, set.width, 180, band_navy, std::nullopt, 0, 0});
  cover.items.push_back(
      text(50, 100, "Customer Service & Support Strategic Plan", 22, FontStyle::bold, {255, 255, 255}));
  cover.items.push_back(text(50, 240, "Café – 5 € – niño – Zürich", 12));
  cover.items.push_back(text(50, 260, "Italic “quotes” and bold italic", 12, FontStyle::italic));
  cover.items.push_back(text(300, 260, "bold italic", 12, FontStyle::bold_italic));
  cover.items.push_back(PlacedRect{50, 300, 200, 80, panel_grey, Color{0xC8, 0x77, 0x3A}, 1, 10});
  cover.items.push_back(PlacedLine{50, 420, 545, 420, {0x66, 0x70, 0x85}, 0.75, true});
  cover.items.push_back(PlacedLine{50, 430, 545, 430, {0x66, 0x70, 0x85}, 0.5, false});
  cover.items.push_back(
      PlacedPath{{{300, 450}, {360, 520}, {240, 520}}, true, Color{0xC8, 0x77, 0x3A}, std::nullopt, 0.5});
  cover.items.push_back(PlacedPath{
      {{60, 600}, {120, 560}, {180, 620}, {240, 570}}, false, std::nullopt, Color{0x5B, 0x8D, 0xB8}, 1.5});
  cover.items.push_back(PlacedCircle{450, 350, 30, circle_green, Color{0x14, 0x28, 0x4B}, 1});
  cover.items.push_back(PlacedImage{0, 400, 450, 80, 40});
  auto label = text(560, 700, "Rotated label", 10);
  label.rotation = 90;
  cover.items.push_back(label);
  cover.items.push_back(text(50, 700, "Go to section 2", 11, FontStyle::regular, {0x14, 0x28, 0x4B}));
  cover.items.push_back(text(50, 720, "Visit the café menu", 11));
  // Listed last on purpose: the writer must still paint it under everything else.
  using Step = OutlineStep;
  cover.items.push_back(PlacedWatermark{{{Step::Kind::move, {{{250, 300}}}},
                                         {Step::Kind::line, {{{350, 300}}}},
                                         {Step::Kind::cubic, {{{380, 300}, {400, 330}, {400, 360}}}},
                                         {Step::Kind::line, {{{250, 360}}}},
                                         {Step::Kind::move, {{{270, 320}}}},
                                         {Step::Kind::line, {{{270, 340}}}},
                                         {Step::Kind::line, {{{330, 340}}}}},
                                        {0xE6, 0xE9, 0xEF}});
  cover.links.push_back(LinkArea{50, 688, 90, 15, "", 2, 100});
  cover.links.push_back(LinkArea{50, 708, 110, 15, "https://example.com/café menu?q=a b", -1, 0});
  set.pages.push_back(cover);

  Page mission;
  mission.items.push_back(text(62, 80, "1 Mission — what we stand for", 18, FontStyle::bold));
  mission.items.push_back(text(62, 110, "Raise retention by 14 points – from 71 % to 85 %.", 10));
  set.pages.push_back(mission);

  Page kpis;
  kpis.items.push_back(text(62, 80, "2 Key Performance Indicators", 18, FontStyle::bold));
  kpis.items.push_back(text(62, 110, "First contact resolution: 62 % → 80 %", 10));
  set.pages.push_back(kpis);

  set.outline = {{"1 Mission", 1, 1, 80},
                 {"1.1 Goals – ambition", 2, 1, 300},
                 {"1.1.1 Détails", 3, 1, 500},
                 {"2 KPIs in €", 1, 2, 80}};
  set.info.title = "Customer Service & Support Strategic Plan 2027–2029";
  set.info.author = "Northwind Advisory";
  set.info.subject = "Acme Industrial Controls — service strategy";
  set.info.keywords = "customer service, strategy, KPIs";
  set.info.creator = "planforge unit test";
  set.info.creation_time = 1794735000;  // 2026-11-15 09:30:00 UTC
  return set;
}

}  // namespace planforge::test
