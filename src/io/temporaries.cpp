#include "io/temporaries.h"

#include <pthread.h>
#include <signal.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

namespace dxaudit::io {

namespace {

std::mutex& list_mutex() {
  static std::mutex m;
  return m;
}

std::set<std::string>& listed() {
  static std::set<std::string> paths;
  return paths;
}

// SIGINT, SIGTERM and SIGHUP, but not one the process was started ignoring (`nohup`, a
// shell's background job): blocked, Linux would keep it pending for sigwait() to take.
sigset_t handled_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    if (sigaction(signal_number, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) continue;
    sigaddset(&set, signal_number);
  }
  return set;
}

[[noreturn]] void wait_for_signals(sigset_t set) {
  int signal_number = 0;
  while (sigwait(&set, &signal_number) != 0) {
  }
  // Held to the end: no temporary is listed, created or put in place after this.
  std::lock_guard<std::mutex> lock(list_mutex());
  for (const std::string& path : listed()) {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  // End as the signal would have ended the process: its default action, delivered to this
  // thread, where it is no longer blocked.
  signal(signal_number, SIG_DFL);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, signal_number);
  pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
  raise(signal_number);
  std::_Exit(128 + signal_number);  // not reached: the default action ends the process
}

}  // namespace

void add_temporary(const std::string& path) {
  std::lock_guard<std::mutex> lock(list_mutex());
  listed().insert(path);
}

void remove_temporary(const std::string& path) {
  std::lock_guard<std::mutex> lock(list_mutex());
  listed().erase(path);
}

void remove_temporaries_on_signals() {
  const sigset_t set = handled_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  std::thread(wait_for_signals, set).detach();
}

}  // namespace dxaudit::io
