// The report's mustache templates (src/report/templates/*), embedded in the binary at build
// time by cmake/embed_templates.cmake: file name -> content. Nothing is read at run time.
#pragma once

#include <map>
#include <string>

namespace dxaudit::report {

const std::map<std::string, std::string>& templates();

}  // namespace dxaudit::report
