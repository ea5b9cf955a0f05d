// NameTable: the one list of names by which an enumeration is written and read -- in
// output records, model files, the database -- so that no stage compares the strings
// itself.
//
//   enum class Severity : uint8_t { kHigh, kMedium, kLow, kInfo };
//   inline constexpr io::NameTable<Severity, 4> kSeverityNames{{"high", "medium", "low", "info"}};
//   kSeverityNames.name(Severity::kLow);     // "low"
//   kSeverityNames.find("medium");           // Severity::kMedium; nullopt for an unknown name
//
// Callers may rely on: entry i names the enumerator whose value is i, so an enumeration
// given a table must number its enumerators 0, 1, 2, ... in table order; name() of a value
// outside the table is "".
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace dxaudit::io {

template <typename Enum, size_t N>
struct NameTable {
  std::array<std::string_view, N> names;

  constexpr std::string_view name(Enum e) const {
    const auto i = static_cast<size_t>(e);
    return i < N ? names[i] : std::string_view();
  }
  constexpr std::optional<Enum> find(std::string_view name) const {
    for (size_t i = 0; i < N; ++i)
      if (names[i] == name) return static_cast<Enum>(i);
    return std::nullopt;
  }
  static constexpr size_t size() { return N; }
};

}  // namespace dxaudit::io
