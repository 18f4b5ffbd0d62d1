#include "options.h"

#include "okhotsk/model.h"

#include <charconv>
#include <system_error>

namespace okhotsk::cli {

namespace {

constexpr const char* kUsage =
    "usage: okhotsk-cli [--dataset PATH] [--lang en|ja|ru] COMMAND ...\n"
    "\n"
    "commands:\n"
    "  state DATE [--json]                           every territory on that date\n"
    "  events FROM TO [--category C] [--json]        events overlapping FROM..TO (EDTF dates)\n"
    "  trade [--from YEAR] [--to YEAR] [--json]      trade series per source and flow\n"
    "  check PATH [--json]                           every diagnostic; exit 1 on errors\n"
    "  date EDTF [--json]                            how a date is understood\n"
    "\n"
    "The embedded dataset is used unless --dataset names another (a folder or a GeoPackage).\n";

int parseYear(const std::string& text, const char* option) {
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size())
    throw UsageError(std::string(option) + " expects a year, got '" + text + "'");
  return year;
}

}  // namespace

const char* usageText() noexcept {
  return kUsage;
}

Options parseOptions(const std::vector<std::string>& arguments) {
  Options options;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& a = arguments[i];
    auto next = [&](const char* option) -> const std::string& {
      if (i + 1 >= arguments.size()) throw UsageError(std::string(option) + " needs a value");
      return arguments[++i];
    };
    if (a == "--json") {
      options.json = true;
    } else if (a == "--dataset") {
      options.dataset = next("--dataset");
    } else if (a == "--lang") {
      const auto language = languageFromCode(next("--lang"));
      if (!language) throw UsageError("--lang expects en, ja or ru");
      options.language = *language;
    } else if (a == "--category") {
      options.category = next("--category");
      if (!eventCategoryFromCode(*options.category))
        throw UsageError("unknown category '" + *options.category +
                         "' (treaty, diplomacy, military, territorial, trade, economy, politics)");
    } else if (a == "--from") {
      options.fromYear = parseYear(next("--from"), "--from");
    } else if (a == "--to") {
      options.toYear = parseYear(next("--to"), "--to");
    } else if (a == "--help" || a == "-h") {
      options.positional.insert(options.positional.begin(), "help");
    } else if (a.size() > 2 && a.starts_with("--")) {
      throw UsageError("unknown option " + a);
    } else {
      options.positional.push_back(a);
    }
  }
  return options;
}

Edtf parseDateArgument(const std::string& text) {
  EdtfError error;
  auto parsed = Edtf::parse(text, &error);
  if (!parsed) throw UsageError("'" + text + "' is not an EDTF date: " + error.message());
  return *parsed;
}

}  // namespace okhotsk::cli
