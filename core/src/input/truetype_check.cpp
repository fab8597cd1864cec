#include "input/truetype_check.hpp"

#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>

namespace planforge::detail {

namespace {

struct Table {
  std::uint32_t offset = 0, length = 0;
};

// Big-endian reads that never leave the font: a read past the end is a refusal, not UB.
class Font {
 public:
  explicit Font(std::string_view bytes) : bytes_(bytes) {}

  bool has(std::uint64_t offset, std::uint64_t count) const {
    return offset <= bytes_.size() && count <= bytes_.size() - offset;
  }
  std::uint16_t u16(std::uint64_t at) const {
    return static_cast<std::uint16_t>((byte(at) << 8) | byte(at + 1));
  }
  std::int16_t i16(std::uint64_t at) const { return static_cast<std::int16_t>(u16(at)); }
  std::uint32_t u32(std::uint64_t at) const { return (std::uint32_t{u16(at)} << 16) | u16(at + 2); }
  std::size_t size() const { return bytes_.size(); }
  unsigned byte(std::uint64_t at) const {
    return at < bytes_.size() ? static_cast<unsigned char>(bytes_[at]) : 0u;
  }

 private:
  std::string_view bytes_;
};

std::string number(std::uint64_t n) { return std::to_string(n); }

class Checker {
 public:
  explicit Checker(std::string_view bytes) : font_(bytes) {}
  std::string run();

 private:
  std::string directory();
  std::string head();
  std::string metrics();
  std::string glyphs();
  std::string composite(std::uint32_t glyph, std::uint64_t start, std::uint64_t end);
  std::string cmap();
  std::string cmap_format4(std::uint64_t at, std::uint64_t room);
  std::string name();
  std::string os2();

  const Table& table(const char* tag) const { return tables_.at(tag); }

  Font font_;
  std::map<std::string, Table, std::less<>> tables_;  // the first of each tag, as libharu finds it
  std::uint16_t units_per_em_ = 0, glyph_count_ = 0, h_metrics_ = 0;
  bool long_loca_ = false;
};

std::string Checker::run() {
  for (auto step : {&Checker::directory, &Checker::head, &Checker::metrics, &Checker::glyphs, &Checker::cmap,
                    &Checker::name, &Checker::os2})
    if (std::string problem = (this->*step)(); !problem.empty()) return problem;
  return {};
}

std::string Checker::directory() {
  if (font_.size() < 12) return "is not a TrueType font (too short)";
  const std::uint32_t tag = font_.u32(0);
  if (tag == 0x4F54544Fu)
    return "is an OpenType font with PostScript (CFF) outlines; a TrueType (.ttf) font is needed";
  if (tag == 0x74746366u) return "is a font collection (.ttc); name a single .ttf font";
  if (tag != 0x00010000u && tag != 0x74727565u) return "is not a TrueType font";
  const std::uint16_t count = font_.u16(4);
  if (count == 0) return "is not a TrueType font (it has no tables)";
  if (!font_.has(12, 16ull * count))
    return "is truncated (its table directory ends past the end of the file)";
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint64_t record = 12 + 16ull * i;
    std::string tag_text;
    for (int k = 0; k < 4; ++k) {
      const auto c = static_cast<char>(font_.byte(record + k));
      tag_text += c >= 0x20 && c < 0x7F ? c : '?';
    }
    const Table t{font_.u32(record + 8), font_.u32(record + 12)};
    if (!font_.has(t.offset, t.length))
      return "is truncated (table '" + tag_text + "' ends past the end of the file)";
    tables_.emplace(tag_text, t);
  }
  for (const char* needed : {"head", "hhea", "hmtx", "maxp", "cmap", "loca", "glyf", "name", "OS/2"})
    if (!tables_.count(needed))
      return std::string("lacks the '") + needed + "' table (TrueType fonts with glyph outlines have one)";
  return {};
}

std::string Checker::head() {
  const Table h = table("head");
  if (h.length < 54) return "has a truncated 'head' table";
  units_per_em_ = font_.u16(h.offset + 18);
  if (units_per_em_ < 16 || units_per_em_ > 16384)
    return "has an invalid units-per-em of " + number(units_per_em_) + " (16–16384)";
  const std::int16_t loca_format = font_.i16(h.offset + 50);
  if (loca_format != 0 && loca_format != 1)
    return "has an invalid 'head' indexToLocFormat (" + std::to_string(loca_format) + ")";
  long_loca_ = loca_format == 1;
  return {};
}

std::string Checker::metrics() {
  const Table maxp = table("maxp"), hhea = table("hhea"), hmtx = table("hmtx");
  if (maxp.length < 6) return "has a truncated 'maxp' table";
  glyph_count_ = font_.u16(maxp.offset + 4);
  if (glyph_count_ == 0) return "has no glyphs";
  if (hhea.length < 36) return "has a truncated 'hhea' table";
  h_metrics_ = font_.u16(hhea.offset + 34);
  if (h_metrics_ == 0) return "has no horizontal metrics (hhea numberOfHMetrics is 0)";
  // libharu sizes its metrics array by the glyph count and fills it by numberOfHMetrics.
  if (h_metrics_ > glyph_count_)
    return "is corrupt: hhea numberOfHMetrics (" + number(h_metrics_) + ") exceeds the number of glyphs (" +
           number(glyph_count_) + ")";
  const std::uint64_t needed = 4ull * h_metrics_ + 2ull * (glyph_count_ - h_metrics_);
  if (hmtx.length < needed)
    return "has a truncated 'hmtx' table (" + number(hmtx.length) + " bytes for " + number(glyph_count_) +
           " glyphs, " + number(needed) + " needed)";
  return {};
}

std::string Checker::glyphs() {
  const Table loca = table("loca"), glyf = table("glyf");
  const std::uint64_t entry = long_loca_ ? 4 : 2, scale = long_loca_ ? 1 : 2;
  if (loca.length < (glyph_count_ + 1ull) * entry) return "has a truncated 'loca' table";
  std::uint64_t previous = 0;
  for (std::uint32_t g = 0; g <= glyph_count_; ++g) {
    const std::uint64_t at = loca.offset + g * entry;
    const std::uint64_t offset = (long_loca_ ? font_.u32(at) : font_.u16(at)) * scale;
    if (offset < previous) return "is corrupt: its 'loca' offsets decrease at glyph " + number(g);
    if (offset > glyf.length) return "is corrupt: glyph " + number(g) + " lies outside the 'glyf' table";
    if (g > 0 && offset - previous >= 10 && font_.i16(glyf.offset + previous) == -1)
      if (std::string problem = composite(g - 1, glyf.offset + previous, glyf.offset + offset);
          !problem.empty())
        return problem;
    previous = offset;
  }
  return {};
}

// A composite glyph's components, as libharu walks them to find the glyphs it embeds.
std::string Checker::composite(std::uint32_t glyph, std::uint64_t start, std::uint64_t end) {
  constexpr std::uint16_t words = 1, scale = 8, more = 32, xy_scale = 64, two_by_two = 128;
  std::uint64_t at = start + 10;
  std::uint16_t flags = 0;
  do {
    if (at + 4 > end) return "is corrupt: composite glyph " + number(glyph) + " runs past its end";
    flags = font_.u16(at);
    at += 4 + ((flags & words) ? 4 : 2);
    at += (flags & scale) ? 2 : (flags & xy_scale) ? 4 : (flags & two_by_two) ? 8 : 0;
    if (at > end) return "is corrupt: composite glyph " + number(glyph) + " runs past its end";
  } while (flags & more);
  return {};
}

std::string Checker::cmap() {
  const Table c = table("cmap");
  if (c.length < 4 || font_.u16(c.offset) != 0) return "has an unsupported 'cmap' table";
  const std::uint16_t count = font_.u16(c.offset + 2);
  if (4 + 8ull * count > c.length) return "has a truncated 'cmap' table";
  // libharu takes the first Windows Unicode BMP subtable in format 4, as here.
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint64_t record = c.offset + 4 + 8ull * i;
    const std::uint32_t sub = font_.u32(record + 4);
    if (sub + 2ull > c.length) return "has a truncated 'cmap' table (a subtable lies outside it)";
    if (font_.u16(record) == 3 && font_.u16(record + 2) == 1 && font_.u16(c.offset + sub) == 4)
      return cmap_format4(c.offset + sub, c.length - sub);
  }
  return "has no Windows Unicode character map in format 4 (the one libharu reads)";
}

std::string Checker::cmap_format4(std::uint64_t at, std::uint64_t room) {
  if (room < 16) return "has a truncated character map";
  const std::uint16_t length = font_.u16(at + 2), seg_x2 = font_.u16(at + 6);
  const std::uint32_t segments = seg_x2 / 2u;
  const std::uint64_t fixed = 16 + 4ull * seg_x2;  // header, the four arrays and the pad
  if (length > room || seg_x2 == 0 || seg_x2 % 2 != 0 || fixed > length)
    return "has a corrupt character map (format 4 lengths do not add up)";
  const std::uint64_t ends = at + 14, starts = ends + seg_x2 + 2, ranges = starts + 2ull * seg_x2;
  if (font_.u16(ends + 2ull * (segments - 1)) != 0xFFFF)
    return "has a corrupt character map (its last segment does not end at U+FFFF)";
  const std::int64_t glyph_ids = static_cast<std::int64_t>(length - fixed) / 2;
  for (std::uint32_t i = 0; i < segments; ++i) {
    const std::uint16_t range_offset = font_.u16(ranges + 2ull * i);
    if (range_offset == 0) continue;
    const std::int64_t first = range_offset / 2 - static_cast<std::int64_t>(segments - i);
    const std::int64_t last =
        first + font_.u16(ends + 2ull * i) - static_cast<std::int64_t>(font_.u16(starts + 2ull * i));
    if (last >= 0 && last >= glyph_ids)
      return "has a corrupt character map (segment " + number(i) + " indexes past its glyph array)";
  }
  return {};
}

std::string Checker::name() {
  const Table n = table("name");
  if (n.length < 6) return "has a truncated 'name' table";
  const std::uint16_t count = font_.u16(n.offset + 2), strings = font_.u16(n.offset + 4);
  if (6 + 12ull * count > n.length) return "has a truncated 'name' table";
  // The PostScript name (6) and the subfamily (2), Macintosh Roman or Windows US English.
  std::optional<std::uint16_t> mac[7], windows[7];
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint64_t r = n.offset + 6 + 12ull * i;
    const std::uint16_t platform = font_.u16(r), encoding = font_.u16(r + 2), language = font_.u16(r + 4);
    const std::uint16_t id = font_.u16(r + 6), length = font_.u16(r + 8), offset = font_.u16(r + 10);
    if (id != 2 && id != 6) continue;
    const bool is_mac = platform == 1 && encoding == 0;
    const bool is_windows = platform == 3 && encoding == 1 && language == 0x0409;
    if (!is_mac && !is_windows) continue;
    if (std::uint64_t{strings} + offset + length > n.length)
      return "has a truncated 'name' table (a name lies outside it)";
    (is_mac ? mac : windows)[id] = length;
  }
  const auto bytes = [&](int id) -> std::optional<std::uint64_t> {
    if (mac[id] && *mac[id] > 0) return *mac[id];
    if (windows[id]) return *windows[id] / 2 + *windows[id] % 2;
    if (mac[id]) return 0;
    return std::nullopt;
  };
  const auto postscript = bytes(6), subfamily = bytes(2);
  if (!postscript || !subfamily) return "has no PostScript name or subfamily name in its 'name' table";
  if (*postscript + *subfamily + 8 > 127)
    return "has names too long to embed (PostScript name and subfamily)";
  return {};
}

std::string Checker::os2() {
  const Table o = table("OS/2");
  if (o.length < 42) return "has a truncated 'OS/2' table";
  if (font_.u16(o.offset) > 0 && o.length < 86) return "has a truncated 'OS/2' table";
  const std::uint16_t fs_type = font_.u16(o.offset + 8);
  if (fs_type & (0x0002 | 0x0100 | 0x0200)) {
    char flags[8];
    std::snprintf(flags, sizeof flags, "0x%04X", fs_type);
    return std::string("may not be embedded: its licence flags (OS/2 fsType ") + flags +
           ") forbid embedding or subsetting it";
  }
  return {};
}

}  // namespace

std::string truetype_problem(std::string_view font) {
  if (font.size() > max_font_bytes) return "is too large to be a font (over 64 MiB)";
  return Checker(font).run();
}

}  // namespace planforge::detail
