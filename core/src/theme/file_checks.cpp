#include "theme/file_checks.hpp"

#include <array>
#include <cstdint>
#include <fstream>

namespace planforge::detail {

namespace {

// Reads up to N leading bytes; returns how many were read, or -1 when the file is missing
// or not a regular file (with the reason in `problem`).
template <std::size_t N>
long read_head(const std::filesystem::path& file, std::array<unsigned char, N>& head,
               std::string& problem) {
  std::error_code ec;
  auto status = std::filesystem::status(file, ec);
  if (ec || !std::filesystem::exists(status)) {
    problem = "not found";
    return -1;
  }
  if (!std::filesystem::is_regular_file(status)) {
    problem = "is not a regular file";
    return -1;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    problem = "cannot be opened";
    return -1;
  }
  in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(N));
  return static_cast<long>(in.gcount());
}

std::uint32_t be32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
         (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

}  // namespace

std::string font_file_problem(const std::filesystem::path& file) {
  std::array<unsigned char, 12> head{};
  std::string problem;
  long got = read_head(file, head, problem);
  if (got < 0) return problem;
  if (got < 12) return "is not a TrueType font (too short)";
  std::uint32_t tag = be32(head.data());
  if (tag == 0x4F54544Fu)  // 'OTTO'
    return "is an OpenType font with PostScript (CFF) outlines; a TrueType (.ttf) font is needed";
  if (tag == 0x74746366u)  // 'ttcf'
    return "is a font collection (.ttc); name a single .ttf font";
  if (tag != 0x00010000u && tag != 0x74727565u)  // TrueType 1.0, Apple 'true'
    return "is not a TrueType font";
  std::size_t tables = (std::size_t{head[4]} << 8) | head[5];
  std::error_code ec;
  auto size = std::filesystem::file_size(file, ec);
  if (tables == 0 || ec || size < 12 + 16 * tables) return "is a truncated TrueType font";
  return {};
}

std::string image_file_problem(const std::filesystem::path& file) {
  std::array<unsigned char, 8> head{};
  std::string problem;
  long got = read_head(file, head, problem);
  if (got < 0) return problem;
  static constexpr std::array<unsigned char, 8> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (got == 8 && head == png) return {};
  if (got >= 2 && head[0] == 0xFF && head[1] == 0xD8) return {};  // JPEG's SOI
  return "is not a PNG or JPEG image";
}

}  // namespace planforge::detail
