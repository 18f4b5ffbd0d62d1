// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "okhotsk/export.h"
#include "okhotsk/model.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>

#ifndef OKHOTSK_VERSION
#error "OKHOTSK_VERSION (the project version) is defined by core/cli/CMakeLists.txt"
#endif

namespace okhotsk::cli {

namespace {

constexpr const char* kProgram = "okhotsk-cli";

constexpr const char* kDescription =
    "Queries and checks Okhotsk Atlas datasets: the state of each territory on a date, events,\n"
    "trade series, a dataset's diagnostics and how an EDTF date is understood, as text or as\n"
    "stable JSON; exports a dataset for GIS tools.";

constexpr const char* kFooter =
    "Dates are EDTF: 1956-10-19, 1978-08, 1945, 1964?, 1904-02-08/1905-09-05. The embedded dataset is\n"
    "read unless --dataset names another (a folder or a GeoPackage) or $OKHOTSK_DATASET is set.\n"
    "--dataset and --lang may come before or after the command; every option takes its value\n"
    "as --option VALUE or --option=VALUE. 'okhotsk-cli COMMAND --help' describes a command.\n"
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  check found errors, date was given an invalid date, the dataset could not be read, or an\n"
    "     export or a generated dataset could not be written\n"
    "  2  a usage error (the message is on standard error)\n"
    "\n"
    "Examples:\n"
    "  $ okhotsk-cli state 1956-12-12\n"
    "  $ okhotsk-cli --lang=ja events 1945 1956 --category treaty\n"
    "  $ okhotsk-cli date 1855-02-07 --json\n"
    "  $ okhotsk-cli check path/to/dataset\n"
    "  $ okhotsk-cli sources --event E033 --format bibtex\n"
    "  $ okhotsk-cli export gpkg atlas.gpkg --from 1945 --to 1956 --category treaty\n"
    "  $ okhotsk-cli generate --events 10000 --polygons 1000 --seed 7 /tmp/atlas-10k\n";

// Each command's help ends with this (its own options are listed above it).
constexpr const char* kCommandFooter =
    "--dataset PATH and --lang en|ja|ru (see 'okhotsk-cli --help') may come before or after the\n"
    "command. Exit status: 0 success, 1 a failure, 2 a usage error.\n";

constexpr const char* kCommands = "state, events, trade, check, date, sources, export, generate";

constexpr const char* kFormats = "gpkg, geojson, fgb, csv, kml";

constexpr const char* kCategories = "treaty, diplomacy, military, territorial, trade, economy, politics";

// The values options and positionals are read into, then turned into Options.
struct Values {
  std::string dataset;
  std::string language = "en";
  bool json = false;
  std::string category;
  int fromYear = 0;
  int toYear = 0;
  std::string first;   // the command's first positional argument
  std::string second;  // and its second (events TO, export OUT)
  std::vector<std::string> eventIds;
  std::string tourFile;
  std::string viewDate;
  std::string format;
  std::string fromDate;
  std::string toDate;
  std::vector<std::string> categories;
  int generateEvents = 0;
  int generatePolygons = 0;
  std::uint64_t seed = 1;
};

CLI::Validator languageCode() {
  return {[](const std::string& code) {
            return languageFromCode(code) ? std::string() : "expects en, ja or ru, got '" + code + "'";
          },
          "", "language"};
}

CLI::Validator categoryCode() {
  return {[](const std::string& code) {
            return eventCategoryFromCode(code) ? std::string()
                                               : "unknown category '" + code + "' (" + kCategories + ")";
          },
          "", "category"};
}

CLI::App* addCommand(CLI::App& app, Values& values, const char* name, const char* description) {
  CLI::App* command = app.add_subcommand(name, description);
  command->group("Commands");
  command->fallthrough();  // --dataset and --lang after the command
  command->footer(kCommandFooter);
  command->add_flag("--json", values.json, "print stable JSON (core/cli/README.md) instead of text");
  return command;
}

CLI::Validator formatCode() {
  return {[](const std::string& code) {
            return exportFormatFromCode(code) ? std::string()
                                              : "unknown format '" + code + "' (" + kFormats + ")";
          },
          "", "format"};
}

void addPositional(CLI::App& command, std::string& value, const char* name, const char* description) {
  command.add_option(name, value, description)->required()->option_text(" ");  // no "TEXT REQUIRED"
}

// sources: which sources (all, or those of events, of the map on a date, of a tour) and the format.
void addSourcesCommand(CLI::App& app, Values& values) {
  CLI::App* sources =
      addCommand(app, values, "sources",
                 "sources as CSL-JSON, BibTeX or text: all, or those of events, a date or a tour");
  sources->add_option("--event", values.eventIds, "the sources of this event (repeat for more)")
      ->type_name("ID")
      ->take_all();
  sources
      ->add_option("--date", values.viewDate,
                   "the sources of the map on this date (the control of every territory)")
      ->type_name("DATE");
  sources->add_option("--tour", values.tourFile, "the sources of every stop of this tour file")
      ->type_name("FILE");
  sources->add_option("--format", values.format, "csl-json, bibtex or text (default; --json is csl-json)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"csl-json", "bibtex", "text"}));
}

// generate: how many synthetic events and territories, the seed, and the folder to write.
void addGenerateCommand(CLI::App& app, Values& values) {
  CLI::App* generate =
      addCommand(app, values, "generate",
                 "write a dataset folder for scale tests: the dataset plus synthetic events and territories");
  addPositional(*generate, values.first, "OUT", "the folder to write (must not exist, or be empty)");
  generate->add_option("--events", values.generateEvents, "synthetic events to add (default 0)")
      ->type_name("N")
      ->check(CLI::Range(0, 10'000'000));
  generate
      ->add_option("--polygons", values.generatePolygons,
                   "synthetic territories to add, each with its control periods (default 0)")
      ->type_name("M")
      ->check(CLI::Range(0, 1'000'000));
  generate->add_option("--seed", values.seed, "the same seed writes the same files (default 1)")
      ->type_name("S");
}

// The program and its commands, reading into `values`.
std::unique_ptr<CLI::App> makeApp(Values& values) {
  auto app = std::make_unique<CLI::App>(kDescription, kProgram);
  app->footer(kFooter);
  app->get_formatter()->label("SUBCOMMAND", "COMMAND");
  app->get_formatter()->label("Positionals", "Arguments");
  app->set_help_flag("-h,--help", "print this help and exit");  // inherited by the commands
  app->set_version_flag("--version", versionLine(), "print the version and exit");
  app->add_option("--dataset", values.dataset, "read the dataset at PATH (a folder or a GeoPackage)")
      ->type_name("PATH");
  app->add_option("--lang", values.language, "language of the text output: en (default), ja or ru")
      ->type_name("en|ja|ru")
      ->check(languageCode());
  app->add_flag("--json", values.json, "print stable JSON instead of text (also after the command)");
  app->require_subcommand(1);

  CLI::App* state =
      addCommand(*app, values, "state", "every territory on a date: who administers and claims it");
  addPositional(*state, values.first, "DATE", "an EDTF date; its first day is used");

  CLI::App* events = addCommand(*app, values, "events", "events overlapping FROM..TO");
  addPositional(*events, values.first, "FROM", "an EDTF date; from its first day");
  addPositional(*events, values.second, "TO", "an EDTF date; to its last day");
  events
      ->add_option("--category", values.category,
                   std::string("only events of this category:\n") + kCategories)
      ->type_name("CATEGORY")
      ->check(categoryCode());

  CLI::App* trade = addCommand(*app, values, "trade", "trade series per source, flow and unit");
  trade->add_option("--from", values.fromYear, "first year")->type_name("YEAR");
  trade->add_option("--to", values.toYear, "last year")->type_name("YEAR");

  CLI::App* check =
      addCommand(*app, values, "check", "every diagnostic of a dataset; exit status 1 on errors");
  addPositional(*check, values.first, "PATH", "a dataset folder or GeoPackage");

  CLI::App* date = addCommand(*app, values, "date", "how an EDTF date is understood");
  addPositional(*date, values.first, "EDTF", "the date");

  addSourcesCommand(*app, values);
  CLI::App* exporting = addCommand(
      *app, values, "export", "write the dataset for GIS tools: GeoPackage, GeoJSON, FlatGeobuf, CSV or KML");
  exporting->add_option("FORMAT", values.first, std::string("the format: ") + kFormats)
      ->required()
      ->option_text(" ")
      ->check(formatCode());
  addPositional(*exporting, values.second, "OUT",
                "the file (gpkg, kml) or folder (geojson, fgb, csv: one file per layer) to write");
  exporting
      ->add_option("--from", values.fromDate, "only what may fall on or after this EDTF date's first day")
      ->type_name("DATE");
  exporting->add_option("--to", values.toDate, "only what may fall on or before this EDTF date's last day")
      ->type_name("DATE");
  exporting
      ->add_option("--category", values.categories,
                   std::string("only events of this category (repeat for several):\n") + kCategories)
      ->type_name("CATEGORY")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->check(categoryCode());
  addGenerateCommand(*app, values);
  return app;
}

Options toOptions(const CLI::App& app, const Values& values) {
  const CLI::App& command = *app.get_subcommands().front();
  Options options;
  options.command = command.get_name();
  if (options.command != "trade" && options.command != "sources") options.arguments.push_back(values.first);
  if (options.command == "events" || options.command == "export") options.arguments.push_back(values.second);
  if (app.count("--dataset") > 0) options.dataset = values.dataset;
  options.language = languageFromCode(values.language).value_or(Language::English);
  options.json = values.json;
  if (options.command == "events" && command.count("--category") > 0) options.category = values.category;
  if (options.command == "trade") {
    if (command.count("--from") > 0) options.fromYear = values.fromYear;
    if (command.count("--to") > 0) options.toYear = values.toYear;
  }
  if (options.command == "sources") {
    options.eventIds = values.eventIds;
    if (command.count("--tour") > 0) options.tourFile = values.tourFile;
    if (command.count("--date") > 0) options.viewDate = values.viewDate;
    if (command.count("--format") > 0) options.format = values.format;
  }
  if (options.command == "export") {
    if (command.count("--from") > 0) options.fromDate = values.fromDate;
    if (command.count("--to") > 0) options.toDate = values.toDate;
    options.categories = values.categories;
  }
  if (options.command == "generate") {
    options.generateEvents = values.generateEvents;
    options.generatePolygons = values.generatePolygons;
    options.seed = values.seed;
  }
  return options;
}

// "help" and "help COMMAND", as the hand-written parser accepted them, are --help.
std::vector<std::string> withHelpWord(std::vector<std::string> arguments) {
  if (!arguments.empty() && arguments.front() == "help") {
    arguments.erase(arguments.begin());
    arguments.emplace_back("--help");
  }
  return arguments;
}

// The first argument that is neither an option nor the value of --dataset or --lang: the
// command, or a word that was meant to be one.
std::optional<std::string> commandWord(const std::vector<std::string>& arguments) {
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "--dataset" || argument == "--lang") {
      ++i;
    } else if (!argument.starts_with("-")) {
      return argument;
    }
  }
  return std::nullopt;
}

// What is wrong, in CLI11's words unless the command is missing or unknown (CLI11 speaks
// of a "subcommand" then, and does not name the unknown word).
std::string usageMessage(const CLI::ParseError& error, const std::vector<std::string>& arguments,
                         bool commandParsed) {
  std::string message = error.what();
  if (commandParsed || message.find("subcommand") == std::string::npos) return message;
  if (const auto word = commandWord(arguments)) return "unknown command '" + *word + "' (" + kCommands + ")";
  return std::string("a command is required (") + kCommands + ")";
}

}  // namespace

std::string versionLine() {
  return std::string(kProgram) + " " + OKHOTSK_VERSION;
}

std::string usageHint(const std::string& command) {
  return "Run '" + std::string(kProgram) + (command.empty() ? "" : " " + command) +
         " --help' for more information.\n";
}

CommandLine parseCommandLine(const std::vector<std::string>& arguments, std::ostream& out,
                             std::ostream& err) {
  Values values;
  const std::unique_ptr<CLI::App> app = makeApp(values);
  CommandLine result;
  if (arguments.empty()) {
    err << app->help();
    result.exitStatus = kUsage;
    return result;
  }
  std::vector<std::string> reversed = withHelpWord(arguments);
  std::reverse(reversed.begin(), reversed.end());  // CLI11 takes the arguments last first
  try {
    app->parse(reversed);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      app->exit(error, out, err);  // --help or --version
      result.exitStatus = kSuccess;
      return result;
    }
    const auto commands = app->get_subcommands();
    err << kProgram << ": " << usageMessage(error, arguments, !commands.empty()) << '\n'
        << usageHint(commands.empty() ? std::string() : commands.front()->get_name());
    result.exitStatus = kUsage;
    return result;
  }
  result.options = toOptions(*app, values);
  return result;
}

Edtf parseDateArgument(const std::string& text) {
  EdtfError error;
  auto parsed = Edtf::parse(text, &error);
  if (!parsed) throw UsageError("'" + text + "' is not an EDTF date: " + error.message());
  return *parsed;
}

}  // namespace okhotsk::cli
