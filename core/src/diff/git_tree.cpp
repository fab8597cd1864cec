#include "diff/git_tree.hpp"
#include "sdk/core_codes.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace planforge::detail::diff {

namespace fs = std::filesystem;

namespace {

std::string trim_line(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// The nearest folder of `path` that exists (a plan may be gone from the working tree).
fs::path existing_folder(const fs::path& path) {
  std::error_code ec;
  fs::path dir = path.parent_path();
  while (!dir.empty() && !fs::is_directory(dir, ec)) {
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return dir.empty() ? fs::path(".") : dir;
}

}  // namespace

int run_git(const fs::path& dir, const std::vector<std::string>& args, std::string& out, std::string& err) {
  int out_pipe[2], err_pipe[2];
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) return -1;
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(out_pipe[0]);
    ::close(out_pipe[1]);
    return -1;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  std::vector<std::string> argv_strings{"git", "-C", dir.string(), "--no-pager"};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (spawned != 0) {
    ::close(out_pipe[0]);
    ::close(err_pipe[0]);
    err = std::strerror(spawned);
    return -1;
  }
  // Both pipes at once: git may fill one while we wait on the other.
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open_pipes = 2;
  char buffer[1 << 15];
  while (open_pipes > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int k = 0; k < 2; ++k) {
      if (fds[k].fd < 0 || fds[k].revents == 0) continue;
      const ssize_t n = ::read(fds[k].fd, buffer, sizeof buffer);
      if (n > 0) {
        sinks[k]->append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        ::close(fds[k].fd);
        fds[k].fd = -1;
        --open_pipes;
      }
    }
  }
  for (const pollfd& f : fds)
    if (f.fd >= 0) ::close(f.fd);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::optional<GitTree> GitTree::open(const fs::path& plan, const std::string& revision, Diagnostics& diags,
                                     ExitCode& code) {
  const Location command_line{"command line"};
  std::error_code ec;
  const fs::path absolute = fs::weakly_canonical(fs::absolute(plan, ec), ec);
  std::string out, err;
  int status = run_git(existing_folder(absolute), {"rev-parse", "--show-toplevel"}, out, err);
  if (status < 0) {
    diags.report(detail::code("diff/git-unavailable"), command_line, "--git: cannot run git: " + err,
                 {"install git, or compare two files"});
    code = more_urgent(code, ExitCode::environment);
    return std::nullopt;
  }
  if (status != 0) {
    diags.report(detail::code("diff/not-in-repository"), Location{plan.string()},
                 "--git: the plan is not in a git repository: " + trim_line(err));
    code = more_urgent(code, ExitCode::environment);
    return std::nullopt;
  }
  GitTree tree;
  tree.top_ = fs::weakly_canonical(trim_line(out), ec);
  tree.revision_ = revision;
  if (!tree.relative(absolute)) {
    diags.report(detail::code("diff/not-in-repository"), Location{plan.string()},
                 "--git: the plan is outside the repository " + tree.top_.string());
    code = more_urgent(code, ExitCode::environment);
    return std::nullopt;
  }
  out.clear();
  err.clear();
  status = run_git(
      tree.top_, {"rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"}, out, err);
  if (status != 0) {
    diags.report(detail::code("diff/unknown-revision"), command_line,
                 "--git: unknown revision '" + revision + "'",
                 {"name a commit, tag or branch git knows, e.g. HEAD~1 or v1.2.0"});
    code = more_urgent(code, ExitCode::usage);
    return std::nullopt;
  }
  tree.commit_ = trim_line(out);
  return tree;
}

std::optional<std::string> GitTree::relative(const fs::path& absolute) const {
  const fs::path rel = absolute.lexically_relative(top_);
  if (rel.empty() || *rel.begin() == "..") return std::nullopt;
  return rel.generic_string();
}

SourceFile GitTree::read(const fs::path& absolute) const {
  SourceFile file;
  std::error_code ec;
  const auto rel = relative(fs::weakly_canonical(absolute, ec));
  if (!rel) return file;  // outside the repository: not there at any revision
  std::string err;
  const int status = run_git(top_, {"cat-file", "blob", commit_ + ":" + *rel}, file.bytes, err);
  if (status < 0) file.problem = "cannot run git: " + err;
  file.found = status == 0;
  if (!file.found) file.bytes.clear();
  return file;
}

std::string GitTree::label(const fs::path& absolute) const {
  std::error_code ec;
  const auto rel = relative(fs::weakly_canonical(fs::absolute(absolute, ec), ec));
  return revision_ + ":" + rel.value_or(absolute.string());
}

}  // namespace planforge::detail::diff
