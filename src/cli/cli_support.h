// Shared pieces of the command-line shell: exit statuses and load-error printing. Nothing
// here is part of the library (files are written through io/output_file.h).
#pragma once

#include <iostream>
#include <string>
#include <vector>

#include "io/output_file.h"
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

// For a command that prints its result: false, with the reason printed, when standard
// output is one of the files it reads (a shell's `>> input`), checked before anything is
// written, as every output is (io/output_file.h).
inline bool standard_output_allowed(const io::InputFiles& inputs, const char* command) {
  io::OutputTarget target;
  std::string error;
  if (io::resolve_output("-", inputs, &target, &error)) return true;
  std::cerr << "dxaudit " << command << ": " << error << "\n";
  return false;
}

}  // namespace dxaudit::cli
