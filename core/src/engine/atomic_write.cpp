#include "engine/atomic_write.hpp"

#include <cerrno>
#include <fstream>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

std::string reason(int err) { return std::generic_category().message(err); }

[[noreturn]] void fail(const fs::path& target, const std::string& what) {
  throw WriteError("cannot write " + target.string() + ": " + what);
}

// The process umask without changing it (reading it with umask() means setting it, which
// races with other threads creating files). Linux reports it in /proc/self/status.
mode_t current_umask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  mode_t mask = ::umask(022);
  ::umask(mask);
  return mask;
}

// Owns the temporary file until it has been renamed into place: on any failure the
// destructor closes and removes it, so no half-written file is left behind.
class TempFile {
 public:
  TempFile(const fs::path& target, const fs::path& dir) : target_(target) {
    // Hidden, beside the target: rename() is only atomic within one file system.
    path_ = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0)
      fail(target_, "cannot create a temporary file in " + dir.string() + ": " + reason(errno));
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  void write_all(std::span<const std::uint8_t> bytes) {
    const std::uint8_t* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
      ssize_t n = ::write(fd_, p, left);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) fail(target_, reason(errno));
      p += n;
      left -= static_cast<std::size_t>(n);
    }
  }

  void finish(mode_t mode) {
    if (::fchmod(fd_, mode) != 0) fail(target_, "cannot set permissions: " + reason(errno));
    if (::fsync(fd_) != 0) fail(target_, reason(errno));
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(target_, reason(errno));  // NFS reports write errors here
  }

  void rename_to(const fs::path& final_path) {
    if (::rename(path_.c_str(), final_path.c_str()) != 0) fail(target_, reason(errno));
    committed_ = true;
  }

 private:
  fs::path target_;
  std::string path_;
  int fd_ = -1;
  bool committed_ = false;
};

// Makes the rename itself durable; a failure here does not undo a completed write.
void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void write_atomically(const fs::path& target, std::span<const std::uint8_t> bytes) {
  if (target.empty()) throw WriteError("cannot write: no output path given");
  fs::path final_path = target;
  std::error_code ec;
  // Writing through a symlink replaces the file it points at and keeps the link.
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    final_path = fs::weakly_canonical(target, ec);
    if (ec) fail(target, "cannot resolve the symbolic link: " + ec.message());
  }
  auto status = fs::status(final_path, ec);
  if (fs::is_directory(status)) fail(target, "it is a directory");
  if (fs::exists(status) && !fs::is_regular_file(status)) fail(target, "it is not a regular file");

  fs::path dir = final_path.parent_path();
  if (dir.empty()) dir = ".";
  if (!fs::is_directory(dir, ec)) fail(target, "folder " + dir.string() + " does not exist");

  TempFile temp(target, dir);
  temp.write_all(bytes);
  temp.finish(static_cast<mode_t>(0666 & ~current_umask()));
  temp.rename_to(final_path);
  sync_directory(dir);
}

}  // namespace planforge::detail
