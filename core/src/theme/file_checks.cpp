#include "theme/file_checks.hpp"

#include "input/read_file.hpp"
#include "input/truetype_check.hpp"

#include <array>
#include <cstdint>
#include <fstream>

namespace planforge::detail {

namespace {

// Reads up to N leading bytes; returns how many were read, or -1 when the file is missing
// or not a regular file (with the reason in `problem`).
template <std::size_t N>
long read_head(const std::filesystem::path& file, std::array<unsigned char, N>& head, std::string& problem) {
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

}  // namespace

std::string font_file_problem(const std::filesystem::path& file) {
  std::string bytes;
  const ReadResult read = read_regular_file(file, bytes, max_font_bytes);
  if (read.status != ReadStatus::ok) return read_problem_phrase(read);
  return truetype_problem(bytes);
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
