#include "layout_fixture.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

using namespace planforge;
using namespace planforge::test;

namespace {

// Odd but legal input a plugin could hand over: empty blocks, absurd sizes, deep nesting,
// ragged tables, words longer than any column.
detail::DocumentInput odd_document(unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  auto text = [&](int words) {
    std::string out;
    for (int i = 0; i < words; ++i) {
      if (pick(12) == 0)
        out += "Supercalifragilisticexpialidocious-Überlänge-" + std::string(60, 'x');
      else
        out += "word" + std::to_string(pick(100));
      out += pick(15) == 0 ? "\n" : " ";
    }
    return out;
  };
  auto in = base_input();
  in.watermark = "DRAFT";
  for (int b = 0; b < 120; ++b) {
    switch (pick(11)) {
      case 0:
        in.body.push_back(heading(1 + pick(6), text(1 + pick(30)), pick(2) ? std::to_string(b) : ""));
        break;
      case 1: {
        Paragraph p = paragraph(text(pick(200)));
        p.style = static_cast<ParagraphStyle>(pick(5));
        p.align = static_cast<Align>(pick(3));
        in.body.push_back(p);
        break;
      }
      case 2: {
        List list;
        List* level = &list;
        for (int d = 0; d < pick(12); ++d) {
          level->ordered = pick(2);
          level->items.push_back(ListItem{plain(text(pick(40)))});
          level->items.back().children.emplace_back();
          level = &level->items.back().children.back();
        }
        in.body.push_back(list);
        break;
      }
      case 3: {
        Table t;
        t.caption = pick(2) ? text(pick(10)) : "";
        const int rows = pick(40);
        for (int r = 0; r < rows; ++r) {
          TableRow row;
          row.header = r < 2 && pick(2);
          row.emphasis = pick(8) == 0;
          for (int c = 0; c < pick(9); ++c) {
            Cell cell{plain(text(pick(r == 5 ? 900 : 20)))};
            cell.colspan = pick(4);
            if (pick(5) == 0) cell.marker = Color{200, 0, 0};
            row.cells.push_back(cell);
          }
          t.rows.push_back(row);
        }
        if (pick(2)) t.columns = {Column{Align::right, 0.9}, Column{Align::center, 0.7}};
        in.body.push_back(t);
        break;
      }
      case 4: {
        KeyValues kv;
        for (int i = 0; i < pick(6); ++i) kv.items.emplace_back(text(1 + pick(8)), plain(text(pick(50))));
        in.body.push_back(kv);
        break;
      }
      case 5: {
        Callout c;
        c.kind = static_cast<CalloutKind>(pick(3));
        c.title = text(pick(5));
        for (int i = 0; i < pick(30); ++i) c.paragraphs.push_back(plain(text(pick(60))));
        in.body.push_back(c);
        break;
      }
      case 6: {
        PanelGrid g;
        g.columns = pick(7) - 1;
        for (int i = 0; i < pick(7); ++i)
          g.panels.push_back(Panel{text(3), text(pick(3)), {plain(text(pick(80)))}});
        in.body.push_back(g);
        break;
      }
      case 7: {
        Figure f;
        const double sizes[] = {0, -5, 40, 300, 5000, std::numeric_limits<double>::quiet_NaN()};
        f.width = sizes[pick(6)];
        f.height = sizes[pick(6)];
        f.caption = text(pick(6));
        f.add(FigRect{0, 0, 10, 10, Color{}});
        f.add(
            FigText{{5, 5}, text(3), 8, FontStyle::regular, Color{}, TextAnchor::middle, double(pick(360))});
        in.body.push_back(f);
        break;
      }
      case 8: in.body.push_back(PageBreak{}); break;
      case 9: in.body.push_back(Spacer{double(pick(900)) - 100}); break;
      default: {
        Paragraph p;
        p.text = {Run{text(5)}, Run{"", true, false, "", "ghost-" + std::to_string(pick(3))},
                  Run{text(2), false, true, "https://example.com/" + std::to_string(b)}};
        in.body.push_back(p);
      }
    }
  }
  return in;
}

}  // namespace

TEST_CASE("odd documents lay out without overflowing the page, the same way every time") {
  const auto& theme = test_theme();
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const auto in = odd_document(seed);
    const auto a = lay_out(in), b = lay_out(in);
    REQUIRE(a.pages.size() == b.pages.size());
    CHECK(a.pages.size() > 3);
    // Offences are counted, not asserted one by one: pages hold thousands of items.
    int differing = 0, outside = 0;
    std::string first;
    for (std::size_t p = 1; p < a.pages.size(); ++p) {
      const auto ta = texts(a.pages[p]), tb = texts(b.pages[p]);
      REQUIRE(ta.size() == tb.size());
      for (std::size_t i = 0; i < ta.size(); ++i) {
        const auto* t = ta[i];
        if (t->text != tb[i]->text || t->x != tb[i]->x || t->baseline != tb[i]->baseline) ++differing;
        if (t->rotation != 0) continue;  // figure labels are checked by the engine
        const bool inside = std::isfinite(t->x) && std::isfinite(t->baseline) &&
                            t->x >= theme.margin_left - 0.5 &&
                            t->x + width_of(*t) <= theme.page_width - theme.margin_right + 0.5 &&
                            t->baseline > 0 && t->baseline < theme.page_height;
        if (!inside && outside++ == 0)
          first = "page " + std::to_string(p) + " '" + t->text.substr(0, 40) + "' at x " +
                  std::to_string(t->x) + ", baseline " + std::to_string(t->baseline);
      }
    }
    CHECK_MESSAGE(differing == 0, "seed " << seed);
    CHECK_MESSAGE(outside == 0, "seed " << seed << ": " << outside << " outside, first " << first);
  }
}
