#include "output/atomic_write.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <limits.h>
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

// While a temporary file exists, SIGINT, SIGTERM, SIGHUP and SIGQUIT remove it before the
// process goes on to do what it would have done with the signal (die, or run the host
// program's own handler). Only async-signal-safe calls happen in the handler. SIGKILL
// cannot be caught: it may leave the hidden temporary file behind (docs/cli.md).
constexpr std::array<int, 4> cleanup_signals{SIGINT, SIGTERM, SIGHUP, SIGQUIT};
char pending_path[PATH_MAX];
volatile std::sig_atomic_t armed = 0;
struct sigaction previous[cleanup_signals.size()];
bool installed[cleanup_signals.size()];

extern "C" void remove_temporary(int signal) {
  if (armed) ::unlink(pending_path);
  armed = 0;
  for (std::size_t i = 0; i < cleanup_signals.size(); ++i)
    if (cleanup_signals[i] == signal && installed[i]) ::sigaction(signal, &previous[i], nullptr);
  ::raise(signal);  // delivered with the previous disposition once this handler returns
}

// Blocks the cleanup signals for its lifetime, so that arming and disarming are atomic.
class SignalsBlocked {
 public:
  SignalsBlocked() {
    sigset_t set;
    sigemptyset(&set);
    for (int s : cleanup_signals) sigaddset(&set, s);
    ::pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~SignalsBlocked() { ::pthread_sigmask(SIG_SETMASK, &old_, nullptr); }

 private:
  sigset_t old_;
};

// Owns the temporary file until it has been renamed into place: on any failure — an
// exception or one of the cleanup signals — it is removed, so no half-written file is left.
class TempFile {
 public:
  TempFile(const fs::path& target, const fs::path& dir) : target_(target) {
    // Hidden, beside the target: rename() is only atomic within one file system. A name
    // near the file system's limit is shortened, so that any name that can be the output
    // can have a temporary file beside it.
    constexpr std::string_view suffix = ".tmp-XXXXXX";
    long name_max = ::pathconf(dir.c_str(), _PC_NAME_MAX);
    if (name_max <= 0) name_max = NAME_MAX;
    std::string name = "." + target.filename().string();
    std::size_t keep = std::min(name.size(), static_cast<std::size_t>(name_max) - suffix.size());
    while (keep > 1 && (static_cast<unsigned char>(name[keep]) & 0xC0) == 0x80) --keep;  // whole UTF-8
    path_ = (dir / (name.substr(0, keep) + std::string(suffix))).string();

    SignalsBlocked blocked;
    fd_ = ::mkstemp(path_.data());
    if (fd_ < 0) fail(target_, "cannot create a temporary file in " + dir.string() + ": " + reason(errno));
    arm();
  }
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    SignalsBlocked blocked;
    if (!committed_) ::unlink(path_.c_str());
    disarm();
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;

  const std::string& path() const { return path_; }

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

  // Gives the file the mode (and, where allowed, the owner) the output must have.
  void finish(mode_t mode, const struct stat* replaced) {
    if (replaced && (replaced->st_uid != ::geteuid() || replaced->st_gid != ::getegid())) {
      // Only root may give a file away; anyone may keep a group they belong to. Failing
      // here is no reason not to write: the mode still protects the content.
      if (::fchown(fd_, replaced->st_uid, replaced->st_gid) != 0)
        (void)!::fchown(fd_, static_cast<uid_t>(-1), replaced->st_gid);
    }
    if (::fchmod(fd_, mode) != 0) fail(target_, "cannot set permissions: " + reason(errno));
    if (::fsync(fd_) != 0) fail(target_, reason(errno));
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) fail(target_, reason(errno));  // NFS reports write errors here
  }

  void rename_to(const fs::path& final_path) {
    SignalsBlocked blocked;
    if (::rename(path_.c_str(), final_path.c_str()) != 0) fail(target_, reason(errno));
    committed_ = true;
    disarm();
  }

 private:
  void arm() {
    if (armed || path_.size() >= sizeof pending_path) return;  // one guarded file at a time
    std::memcpy(pending_path, path_.c_str(), path_.size() + 1);
    for (std::size_t i = 0; i < cleanup_signals.size(); ++i) {
      struct sigaction current {};
      ::sigaction(cleanup_signals[i], nullptr, &current);
      installed[i] = current.sa_handler != SIG_IGN;  // an ignored signal stays ignored
      if (!installed[i]) continue;
      struct sigaction action {};
      action.sa_handler = remove_temporary;
      sigemptyset(&action.sa_mask);
      ::sigaction(cleanup_signals[i], &action, &previous[i]);
    }
    armed = 1;
    owner_ = true;
  }
  void disarm() {
    if (!owner_) return;
    owner_ = false;
    armed = 0;
    for (std::size_t i = 0; i < cleanup_signals.size(); ++i)
      if (installed[i]) ::sigaction(cleanup_signals[i], &previous[i], nullptr);
  }

  fs::path target_;
  std::string path_;
  int fd_ = -1;
  bool committed_ = false;
  bool owner_ = false;  // this file armed the signal handlers
};

// Makes the rename itself durable; a failure here does not undo a completed write.
void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Writes through `fill(temp)` and renames the temporary file into place.
void replace_file(const fs::path& target, const std::function<void(TempFile&)>& fill) {
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

  // A file being replaced keeps its permissions: a confidential PDF kept 0600 stays 0600.
  struct stat replaced {};
  const bool replacing = ::stat(final_path.c_str(), &replaced) == 0;
  const mode_t mode =
      replacing ? static_cast<mode_t>(replaced.st_mode & 0777) : static_cast<mode_t>(0666 & ~current_umask());

  TempFile temp(target, dir);
  fill(temp);
  temp.finish(mode, replacing ? &replaced : nullptr);
  temp.rename_to(final_path);
  sync_directory(dir);
}

}  // namespace

void write_atomically(const fs::path& target, std::span<const std::uint8_t> bytes) {
  replace_file(target, [&](TempFile& temp) { temp.write_all(bytes); });
}

void write_atomically_via(const fs::path& target,
                          const std::function<void(const fs::path& temporary)>& fill) {
  replace_file(target, [&](TempFile& temp) { fill(fs::path(temp.path())); });
}

}  // namespace planforge::detail
