#include "batch/process_pool.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <vector>

namespace planforge::detail {

namespace {

struct Child {
  std::size_t job = 0;
  pid_t pid = -1;
  int fd = -1;  // read end of the child's answer pipe; -1 once at its end
  std::string answer;
};

bool write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// The child: runs the job, sends the answer, leaves without running anything of the parent's.
[[noreturn]] void child_main(int fd, std::size_t job, const std::function<std::string(std::size_t)>& work) {
  int status = 0;
  try {
    status = write_all(fd, work(job)) ? 0 : 74;
  } catch (...) {  // the engine catches everything itself; this is the last line
    status = 70;
  }
  ::close(fd);
  std::fflush(nullptr);
  ::_exit(status);
}

std::string describe_status(int status) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    const char* name = ::strsignal(sig);
    return "killed by signal " + std::to_string(sig) +
           (name ? std::string(" (") + name + ")" : std::string());
  }
  if (WIFEXITED(status))
    return "exited with status " + std::to_string(WEXITSTATUS(status)) + " without an answer";
  return "ended abnormally";
}

bool start(std::size_t job, const std::function<std::string(std::size_t)>& work, std::vector<Child>& running,
           std::string& failure) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    failure = std::string("cannot create a pipe: ") + std::strerror(errno);
    return false;
  }
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) {
    failure = std::string("cannot start a process: ") + std::strerror(errno);
    ::close(fds[0]);
    ::close(fds[1]);
    return false;
  }
  if (pid == 0) {
    ::close(fds[0]);
    for (const Child& other : running) ::close(other.fd);
    child_main(fds[1], job, work);
  }
  ::close(fds[1]);
  running.push_back(Child{job, pid, fds[0], {}});
  return true;
}

// Reads what is there; false at the end of the answer.
bool read_some(Child& child) {
  char buffer[1 << 14];
  while (true) {
    const ssize_t n = ::read(child.fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;  // end of file, or an error that ends the answer all the same
    child.answer.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
}

ChildOutcome finish(Child& child) {
  ::close(child.fd);
  int status = 0;
  while (::waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
  }
  ChildOutcome out;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    out.answered = true;
    out.answer = std::move(child.answer);
  } else {
    out.failure = describe_status(status);
  }
  return out;
}

}  // namespace

void run_in_children(std::size_t count, int jobs, const std::function<std::string(std::size_t)>& work,
                     const std::function<void(std::size_t, ChildOutcome)>& done) {
  const std::size_t limit = jobs < 1 ? 1 : static_cast<std::size_t>(jobs);
  std::vector<Child> running;
  std::size_t next = 0;
  while (next < count || !running.empty()) {
    while (next < count && running.size() < limit) {
      std::string failure;
      const std::size_t job = next++;
      if (!start(job, work, running, failure)) done(job, ChildOutcome{false, {}, failure});
    }
    if (running.empty()) continue;

    std::vector<pollfd> fds;
    for (const Child& child : running) fds.push_back(pollfd{child.fd, POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      // poll itself failed: read the children one by one, blocking; they end all the same.
      for (auto& f : fds) f.revents = POLLIN;
    }
    for (std::size_t k = fds.size(); k-- > 0;) {
      if (fds[k].revents == 0) continue;
      if (read_some(running[k])) continue;
      Child child = std::move(running[k]);
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(k));
      done(child.job, finish(child));
    }
  }
}

}  // namespace planforge::detail
