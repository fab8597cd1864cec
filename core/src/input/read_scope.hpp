#pragma once
// Which files a plan may make planforge read. A plan names files — includes, images, a
// template beside it and that template's fonts — and every one of them is resolved here, so
// that one rule holds for all: the file must lie inside the plan's folder, or inside a
// folder the user allowed with --allow-read, judged after every symbolic link is followed.
// A plan can therefore not read /etc/passwd, ../../secrets or a link pointing there.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

class ReadScope {
 public:
  // Allows nothing until constructed with folders.
  ReadScope() = default;
  // `plan_folder` and every folder of `allowed`; "/" allows everything.
  ReadScope(const std::filesystem::path& plan_folder, const std::vector<std::filesystem::path>& allowed);

  enum class Status { ok, outside, not_found };

  struct Resolved {
    Status status = Status::ok;
    std::filesystem::path path;     // absolute, symbolic links followed where the file exists
    std::filesystem::path written;  // relative paths joined to the base, normalised
    bool through_link = false;      // outside only because a symbolic link leads there

    explicit operator bool() const { return status == Status::ok; }
  };

  // Resolves `written` (as the plan wrote it) against `base_folder` (the folder of the file
  // that names it) and checks the result against the scope. A missing file is not_found
  // only when its place would be allowed.
  Resolved resolve(const std::filesystem::path& base_folder, std::string_view written) const;

  // True when the absolute, link-free path lies inside an allowed folder.
  bool allows(const std::filesystem::path& canonical) const;

  // The plan's folder (canonical): the first of the allowed folders.
  const std::filesystem::path& plan_folder() const { return plan_folder_; }

  // "'../x.png' is outside the plan's folder" / "… leads outside the plan's folder through
  // a symbolic link (to /etc/passwd)", with `what` naming the file ("logo", "include").
  static std::string outside_message(std::string_view what, std::string_view written,
                                     const Resolved& resolved);
  // The hint that goes with it: how to allow it.
  std::string outside_hint() const;

 private:
  std::filesystem::path plan_folder_;
  std::vector<std::filesystem::path> roots_;  // canonical, the plan's folder first
};

// An absolute path with symbolic links followed as far as the path exists ("weakly
// canonical"); the normalised absolute path when even that fails.
std::filesystem::path canonical_or_normal(const std::filesystem::path& path);

}  // namespace planforge::detail
