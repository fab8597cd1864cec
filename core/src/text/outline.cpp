#include "text/outline.hpp"

#include "text/utf8.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

namespace planforge::detail {

namespace {

// FreeType handles released on every path, including the throwing ones.
struct Handles {
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  ~Handles() {
    if (face) FT_Done_Face(face);
    if (library) FT_Done_FreeType(library);
  }
};

// FT_Outline_Decompose's callbacks append to the outline, the glyph's units scaled to
// 1/1000 em and moved along the line by the advances before it.
struct Sink {
  TextOutline* out;
  double scale;   // font units → 1/1000 em
  double origin;  // x of the glyph's origin, 1/1000 em
  std::pair<double, double> last{};

  std::pair<double, double> at(const FT_Vector* v) const {
    return {origin + static_cast<double>(v->x) * scale, -static_cast<double>(v->y) * scale};
  }
  void add(OutlineStep::Kind kind, std::pair<double, double> a, std::pair<double, double> b = {},
           std::pair<double, double> c = {}) {
    out->steps.push_back({kind, {a, b, c}});
  }
};

Sink& sink(void* user) { return *static_cast<Sink*>(user); }

int move_to(const FT_Vector* to, void* user) {
  Sink& s = sink(user);
  s.last = s.at(to);
  s.add(OutlineStep::Kind::move, s.last);
  return 0;
}

int line_to(const FT_Vector* to, void* user) {
  Sink& s = sink(user);
  s.last = s.at(to);
  s.add(OutlineStep::Kind::line, s.last);
  return 0;
}

// TrueType outlines are quadratic; PDF draws cubics. The cubic with control points two
// thirds of the way to the quadratic's control point is the same curve.
int conic_to(const FT_Vector* control, const FT_Vector* to, void* user) {
  Sink& s = sink(user);
  const auto [cx, cy] = s.at(control);
  const auto end = s.at(to);
  const auto [x0, y0] = s.last;
  s.add(OutlineStep::Kind::cubic, {x0 + 2.0 / 3.0 * (cx - x0), y0 + 2.0 / 3.0 * (cy - y0)},
        {end.first + 2.0 / 3.0 * (cx - end.first), end.second + 2.0 / 3.0 * (cy - end.second)}, end);
  s.last = end;
  return 0;
}

int cubic_to(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
  Sink& s = sink(user);
  s.last = s.at(to);
  s.add(OutlineStep::Kind::cubic, s.at(c1), s.at(c2), s.last);
  return 0;
}

}  // namespace

TextOutline outline_text(const FontFace& face, std::string_view utf8) {
  Handles h;
  if (FT_Init_FreeType(&h.library) != 0) throw FontError("cannot initialise FreeType");
  if (FT_New_Face(h.library, face.file().c_str(), 0, &h.face) != 0 ||
      FT_Select_Charmap(h.face, FT_ENCODING_UNICODE) != 0 || h.face->units_per_EM == 0)
    throw FontError("font '" + face.file().string() + "' cannot be read for outlines");

  static const FT_Outline_Funcs funcs = {move_to, line_to, conic_to, cubic_to, 0, 0};
  TextOutline out;
  Sink s{&out, 1000.0 / h.face->units_per_EM, 0};
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const char32_t cp = next_code_point(utf8, pos);
    // Glyph 0 (the missing glyph) for a code point the font lacks, as a viewer would draw.
    const FT_UInt glyph = FT_Get_Char_Index(h.face, cp);
    if (FT_Load_Glyph(h.face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) == 0 &&
        h.face->glyph->format == FT_GLYPH_FORMAT_OUTLINE)
      FT_Outline_Decompose(&h.face->glyph->outline, &funcs, &s);
    // The same advance text of this font is measured with, so the outline is as wide as the
    // text would be.
    s.origin += face.advance(cp);
  }
  out.advance = s.origin;
  return out;
}

}  // namespace planforge::detail
