// Temporaries: the files and folders a run writes before it puts them in place (an
// output's NAME.tmp.PID, a brat folder's hidden twin), listed so that a run stopped by a
// signal removes them, as a run that fails does.
//
//   int main() {
//     io::remove_temporaries_on_signals();   // first, before any thread is started
//     ...
//   }
//   io::add_temporary(path);      // right after creating it (never before: a file of that
//                                 // name found in the way is another's, never deleted)
//   io::remove_temporary(path);   // once it is renamed into place or deleted
//
// What callers may rely on:
//   - after remove_temporaries_on_signals(), SIGINT, SIGTERM and SIGHUP (those the process
//     was not started ignoring, as `nohup` does) are handled by a thread of their own: it deletes
//     every temporary listed then (folders with what they hold), and the process then ends by that
//     signal, as it would have (status 128 + N);
//   - the list is read under one lock the deleting thread holds to the end: none is
//     listed after the deletion began, none deleted after it was put in place and
//     delisted. One a signal finds created but not yet listed (a few instructions) stays,
//     empty;
//   - without remove_temporaries_on_signals() (tests, the library on its own) the list is
//     kept and nothing else happens. SIGKILL cannot be caught: its temporaries stay.
#pragma once

#include <string>

namespace dxaudit::io {

void add_temporary(const std::string& path);
void remove_temporary(const std::string& path);

// Blocks SIGINT, SIGTERM and SIGHUP in the calling thread, which every thread started
// later inherits, and starts the thread that waits for them. Call it once, before any
// other thread is started.
void remove_temporaries_on_signals();

}  // namespace dxaudit::io
