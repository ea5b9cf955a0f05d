// Shared pieces of the command-line shell: exit statuses and load-error printing. Nothing
// here is part of the library (files are written through io/output_file.h).
#pragma once

#include <iostream>
#include <string>
#include <vector>

#include "lexicon/line_file.h"

namespace dxaudit::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRecordErrors = 1;  // also: a measurement under its threshold
inline constexpr int kExitUsage = 2;

inline int print_load_errors(const std::vector<lexicon::LoadError>& errors) {
  for (const lexicon::LoadError& e : errors) std::cerr << "dxaudit: " << e.to_string() << "\n";
  std::cerr << "dxaudit: " << errors.size() << " problem" << (errors.size() == 1 ? "" : "s")
            << " in lexicons or models\n";
  return kExitUsage;
}

}  // namespace dxaudit::cli
