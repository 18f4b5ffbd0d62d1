#pragma once

// The command line of okhotsk-cli: its options, the usage text and usage errors.

#include "okhotsk/edtf.h"
#include "okhotsk/language.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace okhotsk::cli {

/// What the command line asks for; positional[0] is the command.
struct Options {
  std::optional<std::string> dataset;
  Language language = Language::English;
  bool json = false;
  std::optional<std::string> category;
  std::optional<int> fromYear;
  std::optional<int> toYear;
  std::vector<std::string> positional;
};

/// A mistake in the command line: reported with the usage text, exit status 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The usage text, ending in a newline.
[[nodiscard]] const char* usageText() noexcept;

/// Reads the options and positional arguments; throws UsageError on a mistake.
[[nodiscard]] Options parseOptions(const std::vector<std::string>& arguments);

/// An EDTF date given as an argument; throws UsageError when it is not one.
[[nodiscard]] Edtf parseDateArgument(const std::string& text);

}  // namespace okhotsk::cli
