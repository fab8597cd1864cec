#pragma once
// Watches a set of files with inotify, through their folders: an editor that saves by
// writing a new file and renaming it over the old one replaces the file's inode, which a
// watch on the file itself would lose. Events on other files in those folders (the PDF being
// written, an editor's swap file) are ignored.

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace planforge::detail {

class FileWatcher {
 public:
  // Throws std::system_error when inotify is not available.
  FileWatcher();
  ~FileWatcher();
  FileWatcher(const FileWatcher&) = delete;
  FileWatcher& operator=(const FileWatcher&) = delete;

  // Watches exactly these files from now on. A file whose folder does not exist is skipped.
  void watch(const std::vector<std::filesystem::path>& files);
  std::size_t size() const;

  // The descriptor to poll for events.
  int fd() const { return fd_; }
  // The watched files that changed (written and closed, created, moved in or out, deleted)
  // among the events waiting; every watched file when events were lost. Never blocks.
  std::vector<std::filesystem::path> changes();

 private:
  int fd_ = -1;
  std::map<int, std::filesystem::path> folder_of_;                // watch descriptor → folder
  std::map<std::filesystem::path, int> watch_of_;                 // folder → watch descriptor
  std::map<std::filesystem::path, std::set<std::string>> names_;  // folder → file names
};

}  // namespace planforge::detail
