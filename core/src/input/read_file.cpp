#include "input/read_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace planforge::detail {

namespace {

// Closes the descriptor on every path out.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  return "a special file";
}

}  // namespace

ReadResult read_regular_file(const std::filesystem::path& path, std::string& out, std::uintmax_t max_bytes) {
  out.clear();
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (f.fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) return {ReadStatus::not_found};
    if (errno == EISDIR) return {ReadStatus::not_a_file, 0, 0, "a folder"};
    return {ReadStatus::unreadable, 0, 0, std::strerror(errno)};
  }
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) return {ReadStatus::unreadable, 0, 0, std::strerror(errno)};
  if (!S_ISREG(st.st_mode)) return {ReadStatus::not_a_file, 0, 0, kind_of(st.st_mode)};
  const auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size > max_bytes) return {ReadStatus::too_large, size, max_bytes};
  // Back to blocking reads: a regular file never blocks, and some file systems refuse
  // O_NONBLOCK reads.
  ::fcntl(f.fd, F_SETFL, ::fcntl(f.fd, F_GETFL) & ~O_NONBLOCK);
  out.reserve(static_cast<std::size_t>(size));
  char chunk[1 << 16];
  for (;;) {
    // In chunks rather than trusting the size: the file may grow while it is read.
    const ssize_t n = ::read(f.fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return {ReadStatus::unreadable, 0, 0, std::strerror(errno)};
    if (n == 0) break;
    out.append(chunk, static_cast<std::size_t>(n));
    if (out.size() > max_bytes) return {ReadStatus::too_large, out.size(), max_bytes};
  }
  return {ReadStatus::ok, out.size()};
}

std::string describe_size(std::uintmax_t bytes) {
  char text[48];
  if (bytes >= (1u << 20))
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  else if (bytes >= (1u << 10))
    std::snprintf(text, sizeof text, "%.1f KiB", static_cast<double>(bytes) / 1024.0);
  else
    std::snprintf(text, sizeof text, "%ju bytes", bytes);
  return text;
}

std::string read_problem_phrase(const ReadResult& result) {
  switch (result.status) {
    case ReadStatus::not_found: return "not found";
    case ReadStatus::too_large:
      return "is too large (" + describe_size(result.size) + "; the limit is " + describe_size(result.limit) +
             ")";
    case ReadStatus::unreadable: return "cannot be read: " + result.system_message;
    default: return describe_read_problem(result);
  }
}

std::string describe_read_problem(const ReadResult& result) {
  switch (result.status) {
    case ReadStatus::ok: return {};
    case ReadStatus::not_found: return "file not found";
    case ReadStatus::not_a_file:
      return result.system_message == "a folder" ? "is a directory, not a file"
                                                 : "is " + result.system_message + ", not a regular file";
    case ReadStatus::too_large:
      return "file is too large (" + describe_size(result.size) + "); the limit is " +
             describe_size(result.limit);
    case ReadStatus::unreadable: return "cannot read file: " + result.system_message;
  }
  return {};
}

}  // namespace planforge::detail
