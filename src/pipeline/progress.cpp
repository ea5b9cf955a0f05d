#include "pipeline/progress.h"

namespace dxaudit::pipeline {

using Clock = std::chrono::steady_clock;

Progress::Progress(std::FILE* out) : out_(out), start_(Clock::now()), last_(start_) {}

void Progress::update(uint64_t notes, uint64_t bytes, uint64_t total) {
  notes_ = notes;
  bytes_ = bytes;
  total_ = total;
  if ((notes & 63) != 0) return;  // look at the clock every 64 notes only
  Clock::time_point now = Clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  draw(false);
}

void Progress::finish() {
  if (notes_ == 0 && !drawn_) return;
  draw(true);
  std::fputc('\n', out_);
  std::fflush(out_);
}

void Progress::draw(bool final) {
  double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
  double mb = static_cast<double>(bytes_) / 1e6;
  double rate = elapsed > 0 ? mb / elapsed : 0;
  double notes_rate = elapsed > 0 ? static_cast<double>(notes_) / elapsed : 0;
  char eta[64] = "";
  if (total_ > 0 && !final) {
    double fraction = static_cast<double>(bytes_) / static_cast<double>(total_);
    if (fraction > 0.001 && fraction <= 1.0) {
      auto left = static_cast<long>(elapsed / fraction - elapsed);
      std::snprintf(eta, sizeof eta, "  %3.0f%%  ETA %ld:%02ld", fraction * 100, left / 60,
                    left % 60);
    }
  }
  auto secs = static_cast<long>(elapsed);
  std::fprintf(out_, "\r\033[Kdxaudit: %llu notes  %.1f MB  %.1f MB/s  %.0f notes/s  %ld:%02ld%s",
               static_cast<unsigned long long>(notes_), mb, rate, notes_rate, secs / 60, secs % 60,
               eta);
  std::fflush(out_);
  drawn_ = true;
}

}  // namespace dxaudit::pipeline
