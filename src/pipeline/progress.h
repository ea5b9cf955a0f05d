// Progress: the one status line a person watching a long scan sees on standard error.
//
//   Progress p(stderr);             // the CLI creates one only when stderr is a terminal
//   p.update(notes, bytes, total);  // cheap; redraws at most four times a second
//   p.finish();                     // final figures, then a newline
//
// The line shows notes done, MB read, MB/s, notes/s, elapsed time, and when the input's
// total size is known, the percentage and an ETA. It is redrawn in place with '\r'. Only
// the pipeline's ordered writer calls update(), so Progress needs no locking.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace dxaudit::pipeline {

class Progress {
 public:
  explicit Progress(std::FILE* out);
  // `bytes`: input bytes consumed so far; `total`: the input size, 0 when unknown.
  void update(uint64_t notes, uint64_t bytes, uint64_t total);
  void finish();

 private:
  void draw(bool final);
  std::FILE* out_;
  std::chrono::steady_clock::time_point start_, last_;
  uint64_t notes_ = 0, bytes_ = 0, total_ = 0;
  bool drawn_ = false;
};

}  // namespace dxaudit::pipeline
