#include "pipeline/ordered_batches.h"

#include <oneapi/tbb/parallel_pipeline.h>

namespace dxaudit::pipeline {

void run_ordered_batches(size_t in_flight, const std::function<std::unique_ptr<Batch>()>& read,
                         const std::function<void(Batch&)>& work,
                         const std::function<void(Batch&)>& write) {
  // The pipeline passes raw pointers; each batch is owned from `read` until `write` is done
  // with it.
  tbb::parallel_pipeline(
      in_flight < 1 ? 1 : in_flight,
      tbb::make_filter<void, Batch*>(tbb::filter_mode::serial_in_order,
                                     [&](tbb::flow_control& fc) -> Batch* {
                                       std::unique_ptr<Batch> batch = read();
                                       if (!batch) fc.stop();
                                       return batch.release();
                                     }) &
          tbb::make_filter<Batch*, Batch*>(tbb::filter_mode::parallel,
                                           [&](Batch* batch) {
                                             work(*batch);
                                             return batch;
                                           }) &
          tbb::make_filter<Batch*, void>(tbb::filter_mode::serial_in_order, [&](Batch* batch) {
            std::unique_ptr<Batch> owned(batch);
            write(*owned);
          }));
}

}  // namespace dxaudit::pipeline
