#include "engine/glyph_check.hpp"
#include "sdk/core_codes.hpp"

#include "plan/node_checks.hpp"
#include "plan/text_util.hpp"
#include "text/glyph_scan.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

// The characters one font file cannot show, in order of first appearance.
struct Missing {
  std::vector<char32_t> order;
  std::set<char32_t> seen;
};

bool shown(char32_t cp, const FontFace& face) {
  if (classify_code_point(cp) != GlyphKind::ink) return true;  // spaces, breaks, invisibles
  return cp <= 0xFFFF && face.has_glyph(cp);
}

std::string describe(char32_t cp) {
  std::string glyph;
  append_utf8(glyph, cp);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  return "'" + glyph + "' (" + code + ")";
}

// The first place in the plan's text (a text node or an attribute value) holding `cp`,
// walked without recursion.
Location first_use(const PlanData& plan, char32_t cp) {
  std::string needle;
  append_utf8(needle, cp);
  std::vector<const Node*> stack{plan.root};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (!node) continue;
    if (node->kind == Node::Kind::text && node->text.find(needle) != std::string_view::npos)
      return loader::text_location(*node);
    for (const Attribute& a : node->attributes)
      if (a.value.find(needle) != std::string_view::npos) {
        Location where = node->location();
        where.line = a.line;
        where.column = a.column;
        return where;
      }
    for (auto it = node->children.rbegin(); it != node->children.rend(); ++it) stack.push_back(*it);
  }
  return Location{plan.files.empty() ? std::string() : plan.files[0]};
}

}  // namespace

void report_missing_glyphs(const PageSet& pages, const FontSet& fonts, const PlanData& plan,
                           Diagnostics& diags) {
  std::map<fs::path, Missing> missing;  // per file: a file may serve several styles
  const auto scan = [&](std::string_view text, FontStyle style) {
    const FontFace& face = fonts.face(style);
    const std::string drawn = face.drawable(text);  // what the page shows (NNBSP as NBSP, say)
    for (std::size_t pos = 0; pos < drawn.size();) {
      const char32_t cp = next_code_point(drawn, pos);
      if (shown(cp, face)) continue;
      Missing& m = missing[face.file()];
      if (m.seen.insert(cp).second) m.order.push_back(cp);
    }
  };
  for (const Page& page : pages.pages)
    for (const PageItem& item : page.items) {
      if (const auto* t = std::get_if<PlacedText>(&item))
        scan(t->text, t->style);
      else if (const auto* w = std::get_if<PlacedWatermark>(&item))
        scan(w->text, FontStyle::bold);
    }
  for (const auto& [file, m] : missing) {
    const bool beyond_bmp =
        std::any_of(m.order.begin(), m.order.end(), [](char32_t cp) { return cp > 0xFFFF; });
    std::string message =
        "the font '" + file.filename().string() + "' cannot show " + describe(m.order.front());
    if (m.order.size() > 1) message += " and " + loader::thousands(m.order.size() - 1) + " more characters";
    std::vector<std::string> hints;
    if (beyond_bmp)
      hints.push_back(
          "characters above U+FFFF (emoji among them) are left out of the PDF: its writer, "
          "libharu, embeds only the Basic Multilingual Plane");
    if (!std::all_of(m.order.begin(), m.order.end(), [](char32_t cp) { return cp > 0xFFFF; }))
      hints.push_back("the others show as the font's empty box; choose a theme whose fonts have them");
    diags.report(code("text/missing-glyphs"), first_use(plan, m.order.front()), std::move(message),
                 std::move(hints));
  }
}

}  // namespace planforge::detail
