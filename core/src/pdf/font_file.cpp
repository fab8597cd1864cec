#include "pdf/font_file.hpp"

#include "pdf/pdf_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace planforge::detail {

namespace {

// Fonts ship with themes; anything larger is not a font anyone meant to embed.
constexpr std::uintmax_t max_font_bytes = 64u << 20;

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
         (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

[[noreturn]] void refuse(const std::filesystem::path& file, const std::string& why) {
  throw PdfError("font file " + file.string() + " " + why);
}

}  // namespace

void check_font_file(const std::filesystem::path& file) {
  std::error_code ec;
  auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status)) refuse(file, "not found");
  if (!std::filesystem::is_regular_file(status)) refuse(file, "is not a regular file");
  auto size = std::filesystem::file_size(file, ec);
  if (ec) refuse(file, "cannot be read: " + ec.message());
  if (size > max_font_bytes) refuse(file, "is too large to be a font");
  if (size < 12) refuse(file, "is not a TrueType font (too short)");

  std::ifstream in(file, std::ios::binary);
  std::array<unsigned char, 12> header{};
  if (!in.read(reinterpret_cast<char*>(header.data()), header.size()))
    refuse(file, "cannot be read");
  std::uint32_t tag = be32(header.data());
  if (tag == 0x4F54544Fu) refuse(file, "has PostScript (CFF) outlines; a TrueType font is needed");
  if (tag == 0x74746366u) refuse(file, "is a font collection (.ttc); a single font is needed");
  if (tag != 0x00010000u && tag != 0x74727565u) refuse(file, "is not a TrueType font");

  std::size_t tables = (std::size_t{header[4]} << 8) | header[5];
  if (tables == 0 || 12 + 16 * tables > size) refuse(file, "is truncated (table directory)");
  std::vector<unsigned char> directory(16 * tables);
  if (!in.read(reinterpret_cast<char*>(directory.data()), static_cast<std::streamsize>(directory.size())))
    refuse(file, "cannot be read");

  // The tables libharu parses when it embeds a TrueType font.
  std::array<std::pair<const char*, bool>, 8> required{{{"head", false}, {"hhea", false},
                                                        {"hmtx", false}, {"maxp", false},
                                                        {"cmap", false}, {"loca", false},
                                                        {"glyf", false}, {"name", false}}};
  for (std::size_t i = 0; i < tables; ++i) {
    const unsigned char* record = directory.data() + 16 * i;
    std::uint64_t offset = be32(record + 8), length = be32(record + 12);
    if (offset + length > size)
      refuse(file, "is truncated (table '" + std::string(reinterpret_cast<const char*>(record), 4) +
                       "' ends past the end of the file)");
    for (auto& [name, seen] : required)
      if (std::memcmp(record, name, 4) == 0) seen = true;
  }
  for (const auto& [name, seen] : required)
    if (!seen) refuse(file, std::string("lacks the '") + name + "' table libharu needs");
}

}  // namespace planforge::detail
