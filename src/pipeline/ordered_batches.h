// run_ordered_batches: work on batches of input in parallel, handed on in input order.
//
// For commands whose rows are independent of each other (`dxaudit assert`): `read` fills
// batches one at a time, `work` runs on several batches at once (each on one thread),
// and `write` receives every batch in the order `read` produced them, one at a time. So
// the output is the same, byte for byte, whatever the number of threads.
//
// Callers may rely on:
//   - read is never called while another read runs, nor write while another write runs;
//     but read, write and any number of works may run at the same time, each on its own
//     batch, so read and write must not share state (the input, the output) with each
//     other or with work;
//   - at most `in_flight` batches exist at once (memory follows the batches in flight,
//     not the input's size);
//   - the threads are those tbb::global_control allows (the `-j` of the run).
// None of the three may throw.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

namespace dxaudit::pipeline {

// What the callers' batches derive from.
struct Batch {
  virtual ~Batch() = default;
};

// `read` returns the next batch, or null at the end of the input.
void run_ordered_batches(size_t in_flight, const std::function<std::unique_ptr<Batch>()>& read,
                         const std::function<void(Batch&)>& work,
                         const std::function<void(Batch&)>& write);

}  // namespace dxaudit::pipeline
