#include "text/font.hpp"

#include "text/utf8.hpp"

#include "input/read_file.hpp"
#include "input/truetype_check.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include FT_ADVANCES_H

#include <string>

namespace planforge::detail {

namespace {

// FreeType handles released on every path, including the throwing ones.
struct Library {
  FT_Library handle = nullptr;
  Library() {
    if (FT_Init_FreeType(&handle) != 0) throw FontError("cannot initialise FreeType");
  }
  ~Library() { FT_Done_FreeType(handle); }
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;
};

struct Face {
  FT_Face handle = nullptr;
  ~Face() {
    if (handle) FT_Done_Face(handle);
  }
};

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& why) {
  throw FontError("font file '" + file.string() + "' " + why);
}

// Integer arithmetic exactly as libharu computes a glyph's /W entry.
std::uint16_t to_thousandths(FT_Fixed units, FT_UShort units_per_em) {
  return static_cast<std::uint16_t>(static_cast<std::uint32_t>(units) * 1000u / units_per_em);
}

}  // namespace

FontFace FontFace::load(const std::filesystem::path& file) {
  // FreeType reads the very bytes that were checked: the file is read once.
  std::string bytes;
  const ReadResult read = read_regular_file(file, bytes, max_font_bytes);
  if (read.status != ReadStatus::ok) fail(file, read_problem_phrase(read));
  if (const std::string problem = truetype_problem(bytes); !problem.empty()) fail(file, problem);

  Library lib;
  Face face;
  if (FT_New_Memory_Face(lib.handle, reinterpret_cast<const FT_Byte*>(bytes.data()),
                         static_cast<FT_Long>(bytes.size()), 0, &face.handle) != 0)
    fail(file, "is not a font file FreeType can read");
  FT_Face f = face.handle;
  // libharu embeds only TrueType outlines (a 'glyf' table); CFF/OpenType-PS and bitmap
  // fonts would fail there, or worse, so they are refused here with a clear reason.
  FT_ULong glyf_length = 0;
  if (!FT_IS_SFNT(f) || !FT_IS_SCALABLE(f) ||
      FT_Load_Sfnt_Table(f, TTAG_glyf, 0, nullptr, &glyf_length) != 0 || glyf_length == 0)
    fail(file, "is not a TrueType font with glyph outlines (CFF and bitmap fonts are not supported)");
  if (FT_Select_Charmap(f, FT_ENCODING_UNICODE) != 0) fail(file, "has no Unicode character map");
  if (f->units_per_EM == 0) fail(file, "has no units per em");

  FontFace out;
  out.file_ = file;
  const FT_UShort upem = f->units_per_EM;
  FT_Fixed units = 0;
  if (FT_Get_Advance(f, 0, FT_LOAD_NO_SCALE, &units) == 0) out.missing_width_ = to_thousandths(units, upem);
  out.bmp_widths_.fill(out.missing_width_);

  FT_UInt glyph = 0;
  for (FT_ULong cp = FT_Get_First_Char(f, &glyph); glyph != 0; cp = FT_Get_Next_Char(f, cp, &glyph)) {
    if (FT_Get_Advance(f, glyph, FT_LOAD_NO_SCALE, &units) != 0) continue;
    const std::uint16_t width = to_thousandths(units, upem);
    if (cp < table_size) {
      out.bmp_widths_[cp] = width;
      out.bmp_present_.set(cp);
    } else {
      out.other_widths_.emplace(static_cast<char32_t>(cp), width);
    }
  }
  if (out.bmp_present_.none() && out.other_widths_.empty()) fail(file, "maps no characters");
  if (!out.bmp_present_.test(0x202F) && out.bmp_present_.test(0xA0)) {
    out.narrow_nbsp_missing_ = true;
    out.bmp_widths_[0x202F] = out.bmp_widths_[0xA0];
  }

  out.ascender_ = f->ascender * 1000.0 / upem;
  out.descender_ = f->descender * 1000.0 / upem;
  const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(f, FT_SFNT_OS2));
  out.cap_height_ = (os2 && os2->version >= 2 && os2->sCapHeight > 0) ? os2->sCapHeight * 1000.0 / upem
                                                                      : out.ascender_ * 0.7;
  return out;
}

std::string FontFace::drawable(std::string_view utf8) const {
  std::string out(utf8);
  if (!narrow_nbsp_missing_) return out;
  for (std::size_t i = out.find("\u202F"); i != std::string::npos; i = out.find("\u202F", i))
    out.replace(i, 3, "\u00A0");
  return out;
}

int FontFace::other_advance(char32_t code_point) const {
  const auto it = other_widths_.find(code_point);
  return it == other_widths_.end() ? missing_width_ : it->second;
}

bool FontFace::has_glyph(char32_t code_point) const {
  if (code_point < table_size) return bmp_present_.test(code_point);
  return other_widths_.count(code_point) != 0;
}

double FontFace::text_width(std::string_view utf8, double size) const {
  long total = 0;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const auto c = static_cast<unsigned char>(utf8[pos]);
    if (c < 0x80) {  // ASCII needs no decoding
      total += bmp_widths_[c];
      ++pos;
    } else {
      total += advance(next_code_point(utf8, pos));
    }
  }
  return static_cast<double>(total) * size / 1000.0;
}

FontSet::FontSet(const std::array<std::filesystem::path, 4>& files, const std::filesystem::path& heading,
                 const Loader& load) {
  const Loader& loader = load ? load : Loader([](const std::filesystem::path& file) {
    return std::make_shared<const FontFace>(FontFace::load(file));
  });
  // A font that cannot be used is blamed on the style naming it, so the theme's line is found.
  for (std::size_t i = 0; i < files.size(); ++i) {
    try {
      faces_[i] = loader(files[i]);
    } catch (FontError& e) {
      e.style = static_cast<FontStyle>(i);
      throw;
    }
  }
  const auto h = static_cast<std::size_t>(FontStyle::heading);
  try {
    faces_[h] = heading.empty() ? faces_[static_cast<std::size_t>(FontStyle::bold)] : loader(heading);
  } catch (FontError& e) {
    e.style = FontStyle::heading;
    throw;
  }
}

double baseline_offset(const FontSet& fonts, double size, double line_height) {
  const FontFace& face = fonts.face(FontStyle::regular);
  const double ascent = face.ascender() * size / 1000.0;
  const double descent = -face.descender() * size / 1000.0;
  return (line_height - ascent - descent) / 2.0 + ascent;
}

}  // namespace planforge::detail
