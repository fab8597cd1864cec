#pragma once
// Reading a whole input file without trusting it: only a regular file is read (a FIFO, a
// device or a socket named as a plan, an include or an image would block the run or never
// end), and one larger than the caller's limit is refused before it is read.

#include <cstdint>
#include <filesystem>
#include <string>

namespace planforge::detail {

enum class ReadStatus { ok, not_found, not_a_file, too_large, unreadable };

struct ReadResult {
  ReadStatus status = ReadStatus::ok;
  std::uintmax_t size = 0;     // the file's size (or what was read) for too_large
  std::uintmax_t limit = 0;    // the limit it broke, for too_large
  std::string system_message;  // for unreadable
};

// Reads `path` into `out`. The file is opened without blocking and checked to be a regular
// file on the open descriptor, so what is read is what was checked.
ReadResult read_regular_file(const std::filesystem::path& path, std::string& out, std::uintmax_t max_bytes);

// What went wrong, for a reader: "file not found", "is a FIFO, not a regular file",
// "file is too large (65.0 MiB); the limit is 64.0 MiB".
std::string describe_read_problem(const ReadResult& result);

// The same as a phrase that follows the file's name ("font file X" + " not found").
std::string read_problem_phrase(const ReadResult& result);

// "65.0 MiB", "812 KiB", "120 bytes".
std::string describe_size(std::uintmax_t bytes);

}  // namespace planforge::detail
