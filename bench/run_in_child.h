// Runs a measurement in a forked child and reads its figures back through a
// pipe, so that every run starts from the same memory and peak RSS is the run's own.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <type_traits>

namespace casus::bench {

// `measure()` returns a trivially copyable Figures; false when the child failed.
template <typename Figures, typename Measure>
bool RunInChild(Measure measure, Figures& out) {
  static_assert(std::is_trivially_copyable_v<Figures>);
  int fds[2];
  if (pipe(fds) != 0) return false;
  pid_t child = fork();
  if (child < 0) return false;
  if (child == 0) {
    close(fds[0]);
    Figures f = measure();
    ssize_t written = write(fds[1], &f, sizeof f);
    _exit(written == static_cast<ssize_t>(sizeof f) ? 0 : 1);
  }
  close(fds[1]);
  ssize_t got = read(fds[0], &out, sizeof out);
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return got == static_cast<ssize_t>(sizeof out) && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace casus::bench
