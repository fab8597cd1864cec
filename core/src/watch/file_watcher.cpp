#include "watch/file_watcher.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {
constexpr std::uint32_t events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE;
}  // namespace

FileWatcher::FileWatcher() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
  if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "cannot watch files (inotify)");
}

FileWatcher::~FileWatcher() { ::close(fd_); }

void FileWatcher::watch(const std::vector<fs::path>& files) {
  std::map<fs::path, std::set<std::string>> wanted;
  for (const fs::path& file : files) wanted[file.parent_path()].insert(file.filename().string());
  for (auto it = watch_of_.begin(); it != watch_of_.end();) {
    if (wanted.contains(it->first)) {
      ++it;
      continue;
    }
    ::inotify_rm_watch(fd_, it->second);
    folder_of_.erase(it->second);
    it = watch_of_.erase(it);
  }
  names_.clear();
  for (auto& [folder, names] : wanted) {
    if (!watch_of_.contains(folder)) {
      const int wd = ::inotify_add_watch(fd_, folder.c_str(), events | IN_ONLYDIR);
      if (wd < 0) continue;  // gone, or not readable: nothing there can change for us
      watch_of_[folder] = wd;
      folder_of_[wd] = folder;
    }
    names_[folder] = std::move(names);
  }
}

std::size_t FileWatcher::size() const {
  std::size_t n = 0;
  for (const auto& [folder, names] : names_)
    if (watch_of_.contains(folder)) n += names.size();
  return n;
}

std::vector<fs::path> FileWatcher::changes() {
  std::set<fs::path> changed;
  alignas(inotify_event) char buffer[1 << 14];
  bool overflow = false;
  while (true) {
    const ssize_t n = ::read(fd_, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // EAGAIN: nothing more waiting
    for (ssize_t at = 0; at < n;) {
      const auto* e = reinterpret_cast<const inotify_event*>(buffer + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
      if (e->mask & IN_Q_OVERFLOW) overflow = true;
      const auto folder = folder_of_.find(e->wd);
      if (folder == folder_of_.end()) continue;
      if (e->mask & IN_IGNORED) {  // the folder is gone; watch() adds it again if it returns
        watch_of_.erase(folder->second);
        folder_of_.erase(folder);
        continue;
      }
      if (e->len == 0) continue;
      const std::string name(e->name);
      const auto names = names_.find(folder->second);
      if (names != names_.end() && names->second.contains(name)) changed.insert(folder->second / name);
    }
  }
  if (overflow)
    for (const auto& [folder, names] : names_)
      for (const std::string& name : names) changed.insert(folder / name);
  return {changed.begin(), changed.end()};
}

}  // namespace planforge::detail
