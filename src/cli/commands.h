// Subcommands defined outside main.cpp. Each takes the arguments after its name and
// returns the process exit status (cli_support.h).
#pragma once

#include <string>
#include <vector>

namespace dxaudit::cli {

int run_assert(const std::vector<std::string>& args);       // dxaudit assert
int run_eval_assert(const std::vector<std::string>& args);  // dxaudit eval-assert

}  // namespace dxaudit::cli
