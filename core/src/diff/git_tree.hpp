#pragma once
// A plan's files as they are at a git revision, read with `git cat-file` (never a checkout,
// never a write): for `planforge diff --git REV1[..REV2] PLAN.xml`.

#include <planforge/diagnostics.hpp>
#include <planforge/engine.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace planforge::detail::diff {

// Runs git with `args` in `dir`; its exit status (-1 when it could not be started), what it
// wrote to stdout in `out` and to stderr in `err`.
int run_git(const std::filesystem::path& dir, const std::vector<std::string>& args, std::string& out,
            std::string& err);

class GitTree {
 public:
  // The repository holding `plan` at `revision`. Problems go to `diags`, with the exit code
  // they deserve in `code`: usage for a revision git does not know, environment for no git,
  // no repository or a plan outside it.
  static std::optional<GitTree> open(const std::filesystem::path& plan, const std::string& revision,
                                     Diagnostics& diags, ExitCode& code);

  // A file of the working tree's layout (an absolute path) as it is at the revision.
  SourceFile read(const std::filesystem::path& absolute) const;

  // "REV:path/in/repo.xml" for messages and the diff's header.
  std::string label(const std::filesystem::path& absolute) const;

 private:
  std::filesystem::path top_;  // the repository's top folder, canonical
  std::string revision_, commit_;
  std::optional<std::string> relative(const std::filesystem::path& absolute) const;
};

}  // namespace planforge::detail::diff
