// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSL-JSON and BibTeX export of sources (citation_export.h): hand-made sources with every
// structured field, and the embedded dataset, whose sources may carry only a citation and
// addresses.

#include "okhotsk/citation_export.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"
#include "okhotsk/loader.h"

#include "../support/temp_dir.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

using namespace okhotsk;
using Json = nlohmann::json;

namespace {

Source treaty() {
  Source s;
  s.id = "treaty_1956";
  s.citation = "Joint Declaration by the USSR and Japan, Moscow, 19 October 1956";
  s.urls = {"https://www.mofa.go.jp/region/europe/russia/territory/edition92/period5.html",
            "https://treaties.un.org/doc/Publication/UNTS/Volume%20263/v263.pdf"};
  s.quality = SourceQuality::Primary;
  s.type = SourceType::TreatyText;
  s.authors = {"Government of Japan", "Government of the Union of Soviet Socialist Republics"};
  s.title = "Joint Declaration by the Union of Soviet Socialist Republics and Japan";
  s.container = "United Nations Treaty Series, vol. 263";
  s.publisher = "United Nations";
  s.issued = "1956-10-19";
  s.pages = "99–117";
  s.accessed = "2026-11-30";
  s.language = "en";
  return s;
}

Source article() {
  Source s;
  s.id = "katasonova_2020";
  s.citation = "E. L. Katasonova, \"Japanese prisoners of war in the USSR\", Russian Japanology Review 2020";
  s.urls = {"https://cyberleninka.ru/article/n/japanese-prisoners-of-war-in-the-ussr"};
  s.quality = SourceQuality::Scholarly;
  s.type = SourceType::ScholarlyWork;
  s.authors = {"Katasonova, Elena Leonidovna"};
  s.title = "Японские военнопленные в СССР: факты, версии, вопросы";
  s.container = "Russian Japanology Review";
  s.issued = "2020~";
  s.pages = "52–67";
  s.language = "ru";
  return s;
}

Source japaneseBook() {
  Source s;
  s.id = "torii_1903";
  s.citation = "Torii Ryūzō, 千島アイヌ (Tokyo, 1903)";
  s.urls = {"https://dl.ndl.go.jp/pid/992519"};
  s.type = SourceType::ScholarlyWork;
  s.authors = {"Torii, Ryūzō"};
  s.title = "千島アイヌ";
  s.publisher = "吉川弘文館";
  s.issued = "1903";
  s.language = "ja";
  return s;
}

// Only what every source of the dataset has today: an id, a citation and addresses.
Source bare(std::string id, std::string citation, std::optional<SourceQuality> quality) {
  Source s;
  s.id = std::move(id);
  s.citation = std::move(citation);
  s.urls = {"https://example.org/a_b?x=1&y=2#part"};
  s.quality = quality;
  return s;
}

Json parsed(const std::vector<Source>& sources) {
  return Json::parse(toCslJson(sources));
}

// Splits BibTeX text into entries (each starts with '@' at the start of a line).
std::vector<std::string> entries(const std::string& bibtex) {
  std::vector<std::string> out;
  std::size_t start = bibtex.find('@');
  while (start != std::string::npos) {
    std::size_t next = bibtex.find("\n@", start);
    out.push_back(bibtex.substr(start, next == std::string::npos ? std::string::npos : next + 1 - start));
    start = next == std::string::npos ? next : next + 1;
  }
  return out;
}

// Braces as BibTeX counts them (it does not treat a backslash as an escape): never below zero
// inside the entry, and back to zero at its end.
bool balanced(const std::string& entry) {
  int depth = 0;
  for (const char c : entry) {
    if (c == '{') ++depth;
    if (c == '}' && --depth < 0) return false;
  }
  return depth == 0;
}

// The value of `field` in one entry ("  field = {value}"), or "" when it has none.
std::string fieldOf(const std::string& entry, const std::string& field) {
  const std::string marker = "\n  " + field + " = {";
  const std::size_t at = entry.find(marker);
  if (at == std::string::npos) return {};
  const std::size_t begin = at + marker.size();
  int depth = 1;
  std::size_t i = begin;
  for (; i < entry.size() && depth > 0; ++i) {
    if (entry[i] == '{') ++depth;
    if (entry[i] == '}') --depth;
  }
  return entry.substr(begin, i - 1 - begin);
}

const std::set<std::string> kCslTypes{
    "article", "article-journal", "article-magazine",   "article-newspaper", "book",       "chapter",
    "dataset", "document",        "entry-encyclopedia", "legislation",       "manuscript", "report",
    "treaty",  "webpage"};

// The CSL schema's shape of an item: a string id, a known type, and dates as integer parts.
void expectCslShape(const Json& item) {
  ASSERT_TRUE(item.is_object());
  ASSERT_TRUE(item.contains("id") && item["id"].is_string());
  ASSERT_TRUE(item.contains("type") && item["type"].is_string());
  EXPECT_TRUE(kCslTypes.contains(item["type"].get<std::string>())) << item["type"];
  for (const char* key : {"issued", "accessed"}) {
    if (!item.contains(key)) continue;
    const Json& date = item[key];
    ASSERT_TRUE(date.is_object());
    if (!date.contains("date-parts")) {
      EXPECT_TRUE(date.contains("literal")) << date;
      continue;
    }
    ASSERT_TRUE(date["date-parts"].is_array());
    ASSERT_GE(date["date-parts"].size(), 1U);
    ASSERT_LE(date["date-parts"].size(), 2U);
    for (const Json& parts : date["date-parts"]) {
      ASSERT_TRUE(parts.is_array());
      ASSERT_GE(parts.size(), 1U);
      ASSERT_LE(parts.size(), 3U);
      for (const Json& part : parts) EXPECT_TRUE(part.is_number_integer()) << date;
    }
  }
  for (const Json& author : item.value("author", Json::array()))
    EXPECT_TRUE(author.contains("literal") || author.contains("family")) << author;
}

TEST(CslJson, EveryFieldOfATreaty) {
  const Json items = parsed({treaty()});
  ASSERT_TRUE(items.is_array());
  ASSERT_EQ(items.size(), 1U);
  const Json& item = items[0];
  expectCslShape(item);
  EXPECT_EQ(item["id"], "treaty_1956");
  EXPECT_EQ(item["type"], "treaty");
  EXPECT_EQ(item["title"], "Joint Declaration by the Union of Soviet Socialist Republics and Japan");
  EXPECT_EQ(item["container-title"], "United Nations Treaty Series, vol. 263");
  EXPECT_EQ(item["publisher"], "United Nations");
  EXPECT_EQ(item["page"], "99–117");
  EXPECT_EQ(item["language"], "en");
  EXPECT_EQ(item["issued"]["date-parts"], Json::parse("[[1956, 10, 19]]"));
  EXPECT_FALSE(item["issued"].contains("circa"));
  EXPECT_EQ(item["accessed"]["date-parts"], Json::parse("[[2026, 11, 30]]"));
  EXPECT_EQ(item["URL"], "https://www.mofa.go.jp/region/europe/russia/territory/edition92/period5.html");
  EXPECT_EQ(item["note"], "https://treaties.un.org/doc/Publication/UNTS/Volume%20263/v263.pdf");
  // Institutions are literal names, never split into family and given names.
  ASSERT_EQ(item["author"].size(), 2U);
  EXPECT_EQ(item["author"][0], Json::parse(R"({"literal": "Government of Japan"})"));
}

TEST(CslJson, PersonsApproximateDatesAndRussianText) {
  const Json item = parsed({article()})[0];
  expectCslShape(item);
  EXPECT_EQ(item["type"], "article-journal");  // a scholarly work in a journal
  EXPECT_EQ(item["author"][0]["family"], "Katasonova");
  EXPECT_EQ(item["author"][0]["given"], "Elena Leonidovna");
  EXPECT_EQ(item["title"], "Японские военнопленные в СССР: факты, версии, вопросы");
  EXPECT_EQ(item["issued"]["date-parts"], Json::parse("[[2020]]"));
  EXPECT_EQ(item["issued"]["circa"], true);
  EXPECT_FALSE(item.contains("archive"));
  EXPECT_FALSE(item.contains("note"));  // one address only
}

TEST(CslJson, JapaneseTextSurvives) {
  const Json item = parsed({japaneseBook()})[0];
  EXPECT_EQ(item["type"], "book");  // a scholarly work with no container
  EXPECT_EQ(item["title"], "千島アイヌ");
  EXPECT_EQ(item["publisher"], "吉川弘文館");
  EXPECT_EQ(item["author"][0]["family"], "Torii");
  EXPECT_EQ(item["author"][0]["given"], "Ryūzō");
  EXPECT_EQ(item["issued"]["date-parts"], Json::parse("[[1903]]"));
}

TEST(CslJson, TypesFollowTheSourceType) {
  struct Case {
    SourceType type;
    std::string archive, pages, container;
    std::string expected;
  };
  const Case cases[] = {{SourceType::TreatyText, "", "", "", "treaty"},
                        {SourceType::ArchivalRecord, "GARF f. 5446", "", "", "manuscript"},
                        {SourceType::ArchivalRecord, "", "", "FRUS 1955–1957", "document"},
                        {SourceType::OfficialStatement, "", "", "", "webpage"},
                        {SourceType::OfficialStatement, "", "12–14", "Diplomatic Bluebook", "report"},
                        {SourceType::ScholarlyWork, "", "", "", "book"},
                        {SourceType::ScholarlyWork, "", "1–20", "Acta Slavica Iaponica", "article-journal"},
                        {SourceType::Press, "", "", "The Japan Times", "article-newspaper"},
                        {SourceType::ReferenceWork, "", "", "Encyclopaedia", "entry-encyclopedia"},
                        {SourceType::Dataset, "", "", "", "dataset"}};
  for (const Case& c : cases) {
    Source s = bare("x", "A citation", SourceQuality::Primary);
    s.type = c.type;
    s.archive = c.archive;
    s.pages = c.pages;
    s.container = c.container;
    EXPECT_EQ(cslType(s), c.expected) << sourceTypeCode(c.type) << " " << c.container;
    expectCslShape(parsed({s})[0]);
  }
}

TEST(CslJson, FallbackFromCitationAlone) {
  const std::vector<Source> sources{
      bare("a", "Ministry of Foreign Affairs of Japan, Northern Territories", SourceQuality::Primary),
      bare("b", "The Japan Times, 9 September 2004", SourceQuality::Press),
      bare("c", "Encyclopaedia Britannica, \"Kuril Islands\"", SourceQuality::Reference),
      bare("d", "Totals computed for the atlas", SourceQuality::Derived),
      bare("e", "A citation of unknown kind", std::nullopt)};
  const Json items = parsed(sources);
  ASSERT_EQ(items.size(), sources.size());
  const char* types[] = {"document", "article-newspaper", "entry-encyclopedia", "dataset", "document"};
  for (std::size_t i = 0; i < sources.size(); ++i) {
    expectCslShape(items[i]);
    EXPECT_EQ(items[i]["type"], types[i]);
    EXPECT_EQ(items[i]["title"], sources[i].citation);
    EXPECT_EQ(items[i]["URL"], "https://example.org/a_b?x=1&y=2#part");
    EXPECT_FALSE(items[i].contains("author"));
    EXPECT_FALSE(items[i].contains("issued"));  // never guessed from the citation
  }
}

TEST(CslJson, DatesThatAreNotPlainDays) {
  Source s = bare("x", "c", SourceQuality::Primary);
  const std::pair<std::string, std::string> cases[] = {
      {"1978-08", R"({"date-parts": [[1978, 8]]})"},
      {"1945?", R"({"date-parts": [[1945]], "circa": true})"},
      {"1955/1956-02", R"({"date-parts": [[1955], [1956, 2]]})"},
      {"1991-12-26/..", R"({"date-parts": [[1991, 12, 26]]})"},
      {"195X", R"({"literal": "195X"})"},
      {"not a date", R"({"literal": "not a date"})"}};
  for (const auto& [edtf, expected] : cases) {
    s.issued = edtf;
    const Json item = parsed({s})[0];
    expectCslShape(item);
    EXPECT_EQ(item["issued"], Json::parse(expected)) << edtf;
  }
}

TEST(CslJson, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  Source s = bare("x", std::string("Bad \xFF byte"), SourceQuality::Primary);
  const Json item = parsed({s})[0];
  EXPECT_EQ(item["title"], "Bad \xEF\xBF\xBD byte");
}

TEST(Bibtex, EntriesAreBalancedAndEscaped) {
  Source s = treaty();
  s.title = "Costs & benefits: 50% of {all} #1 items_x $5 ~ ^ \\ end";
  const std::string bibtex = toBibtex(std::vector<Source>{s, article(), japaneseBook()});
  const std::vector<std::string> all = entries(bibtex);
  ASSERT_EQ(all.size(), 3U);
  for (const std::string& entry : all) EXPECT_TRUE(balanced(entry)) << entry;
  EXPECT_EQ(fieldOf(all[0], "title"),
            "Costs \\& benefits: 50\\% of \\textbraceleft{}all\\textbraceright{} \\#1 items\\_x \\$5 "
            "\\textasciitilde{} \\textasciicircum{} \\textbackslash{} end");
  // Institutions braced (not split into names); persons as "Family, Given".
  EXPECT_EQ(fieldOf(all[0], "author"),
            "{Government of Japan} and {Government of the Union of Soviet Socialist Republics}");
  EXPECT_EQ(fieldOf(all[1], "author"), "Katasonova, Elena Leonidovna");
  // The URL as it is, for LaTeX's url handling.
  EXPECT_EQ(fieldOf(all[0], "url"),
            "https://www.mofa.go.jp/region/europe/russia/territory/edition92/period5.html");
  EXPECT_EQ(fieldOf(all[0], "year"), "1956");
  EXPECT_EQ(fieldOf(all[0], "month"), "10");
  EXPECT_EQ(fieldOf(all[0], "urldate"), "2026-11-30");
  EXPECT_EQ(fieldOf(all[0], "pages"), "99–117");
}

TEST(Bibtex, TypesAndContainers) {
  const std::string bibtex = toBibtex(std::vector<Source>{treaty(), article(), japaneseBook()});
  const std::vector<std::string> all = entries(bibtex);
  ASSERT_EQ(all.size(), 3U);
  EXPECT_TRUE(all[0].starts_with("@misc{treaty_1956,\n")) << all[0];
  EXPECT_EQ(fieldOf(all[0], "howpublished"), "United Nations Treaty Series, vol. 263");
  EXPECT_TRUE(all[1].starts_with("@article{katasonova_2020,\n")) << all[1];
  EXPECT_EQ(fieldOf(all[1], "journal"), "Russian Japanology Review");
  EXPECT_EQ(fieldOf(all[1], "title"), "Японские военнопленные в СССР: факты, версии, вопросы");
  EXPECT_TRUE(all[2].starts_with("@book{torii_1903,\n")) << all[2];
  EXPECT_EQ(fieldOf(all[2], "title"), "千島アイヌ");
  EXPECT_EQ(fieldOf(all[2], "publisher"), "吉川弘文館");
  EXPECT_EQ(fieldOf(all[2], "language"), "ja");

  Source web = bare("mofa", "MOFA page", SourceQuality::Primary);
  web.type = SourceType::OfficialStatement;
  EXPECT_EQ(bibtexType(web), "online");
  Source archival = bare("garf", "GARF record", SourceQuality::Primary);
  archival.type = SourceType::ArchivalRecord;
  archival.archive = "GARF, f. 5446, op. 1";
  EXPECT_EQ(bibtexType(archival), "unpublished");
  EXPECT_EQ(fieldOf(toBibtex(std::vector<Source>{archival}), "note"), "GARF, f. 5446, op. 1");
}

TEST(Bibtex, KeysAreSafeAndUnique) {
  const std::vector<Source> sources{bare("mofa index", "a", {}), bare("Mofa_Index", "b", {}),
                                    bare("mofa{index}", "c", {}), bare("", "d", {}), bare("E013", "e", {})};
  const std::vector<std::string> keys = bibtexKeys(sources);
  ASSERT_EQ(keys.size(), sources.size());
  EXPECT_EQ(keys[0], "mofa_index");
  EXPECT_EQ(keys[1], "Mofa_Index_2");  // BibTeX takes keys differing in case for one
  EXPECT_EQ(keys[2], "mofa_index_");
  EXPECT_EQ(keys[3], "source");
  EXPECT_EQ(keys[4], "E013");
  const std::string bibtex = toBibtex(sources);
  for (const std::string& key : keys) EXPECT_NE(bibtex.find("{" + key + ",\n"), std::string::npos) << key;
}

TEST(Bibtex, FallbackFromCitationAlone) {
  const Source s = bare("japantimes_2004", "The Japan Times, \"Treaties & the border\", 9 September 2004",
                        SourceQuality::Press);
  const std::string bibtex = toBibtex(std::vector<Source>{s});
  ASSERT_EQ(entries(bibtex).size(), 1U);
  EXPECT_TRUE(bibtex.starts_with("@misc{japantimes_2004,\n"));  // a newspaper item with no container
  EXPECT_EQ(fieldOf(bibtex, "title"), "The Japan Times, \"Treaties \\& the border\", 9 September 2004");
  EXPECT_EQ(fieldOf(bibtex, "url"), "https://example.org/a_b?x=1&y=2#part");
  EXPECT_TRUE(balanced(bibtex));
}

// pybtex (Debian python3-pybtex), as biber and Zotero would, reads every field and name back.
TEST(Bibtex, PybtexReadsTheEntriesBack) {
  if (std::system("/usr/bin/python3 -c 'import pybtex' 2>/dev/null") != 0)
    GTEST_SKIP() << "python3-pybtex is not installed";
  Source special = bare("special", "c", SourceQuality::Primary);
  special.title = "Costs & benefits: 50% of {all} #1 items_x";
  const okhotsk::testing::TempDir dir;
  std::ofstream(dir.path() / "sources.bib", std::ios::binary)
      << toBibtex(std::vector<Source>{treaty(), article(), japaneseBook(), special});
  std::ofstream(dir.path() / "check.py") << R"(import sys
from pybtex.database import parse_file
data = parse_file(sys.argv[1], bib_format='bibtex')
assert list(data.entries) == ['treaty_1956', 'katasonova_2020', 'torii_1903', 'special'], list(data.entries)
article = data.entries['katasonova_2020']
assert str(article.persons['author'][0].last_names[0]) == 'Katasonova', article.persons
assert article.fields['journal'] == 'Russian Japanology Review'
assert article.fields['title'] == 'Японские военнопленные в СССР: факты, версии, вопросы'
book = data.entries['torii_1903']
assert book.fields['title'] == '千島アイヌ' and book.fields['year'] == '1903'
assert str(book.persons['author'][0].first_names[0]) == 'Ryūzō', book.persons
treaty = data.entries['treaty_1956']
assert len(treaty.persons['author']) == 2, treaty.persons
assert str(treaty.persons['author'][0]) == '{Government of Japan}', str(treaty.persons['author'][0])
assert data.entries['special'].fields['title'].startswith('Costs \\& benefits: 50\\%')
)";
  const std::string command =
      "/usr/bin/python3 " + (dir.path() / "check.py").string() + " " + (dir.path() / "sources.bib").string();
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

TEST(CitationText, OneSourceWithItsAddresses) {
  EXPECT_EQ(toCitationText(std::vector<Source>{treaty()}),
            "treaty_1956: Joint Declaration by the USSR and Japan, Moscow, 19 October 1956\n"
            "    https://www.mofa.go.jp/region/europe/russia/territory/edition92/period5.html\n"
            "    https://treaties.un.org/doc/Publication/UNTS/Volume%20263/v263.pdf\n");
}

class EmbeddedSources : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_result = new LoadResult(loadDataset(OKHOTSK_DATASET_SOURCE_DIR)); }
  static void TearDownTestSuite() {
    delete s_result;
    s_result = nullptr;
  }
  void SetUp() override { ASSERT_NE(s_result->dataset, nullptr); }
  static const Dataset& dataset() { return *s_result->dataset; }
  static LoadResult* s_result;
};

LoadResult* EmbeddedSources::s_result = nullptr;

TEST_F(EmbeddedSources, EverySourceExportsToBothFormats) {
  const std::span<const Source> sources = dataset().sources();
  ASSERT_GT(sources.size(), 100U);
  const Json items = Json::parse(toCslJson(sources));
  ASSERT_EQ(items.size(), sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    expectCslShape(items[i]);
    EXPECT_EQ(items[i]["id"], sources[i].id);
    // A source without a title of its own is titled by its citation.
    EXPECT_EQ(items[i]["title"], sources[i].title.empty() ? sources[i].citation : sources[i].title);
  }
  const std::vector<std::string> all = entries(toBibtex(sources));
  ASSERT_EQ(all.size(), sources.size());
  for (const std::string& entry : all) {
    EXPECT_TRUE(balanced(entry)) << entry;
    EXPECT_FALSE(fieldOf(entry, "title").empty()) << entry;
  }
}

TEST_F(EmbeddedSources, AnEventCitesItsOwnSources) {
  const Event* event = dataset().event("E033");
  ASSERT_NE(event, nullptr);
  const std::vector<std::string> ids{"E033", "E033", "no_such_event"};
  EXPECT_EQ(eventsCitedSourceIds(dataset(), ids), event->sourceIds);
  const std::vector<Source> sources = sourcesByIds(dataset(), event->sourceIds);
  ASSERT_EQ(sources.size(), event->sourceIds.size());
  for (std::size_t i = 0; i < sources.size(); ++i) EXPECT_EQ(sources[i].id, event->sourceIds[i]);
}

TEST_F(EmbeddedSources, AViewCitesTheControlShownAndTheSelectedEvent) {
  const DayNumber day = daysFromGregorian(1945, 8, 30);
  const Territory* etorofu = dataset().territory("etorofu");
  ASSERT_NE(etorofu, nullptr);
  const TerritoryState state = dataset().stateOf(*etorofu, day);
  ASSERT_NE(state.period, nullptr);

  // The territory selected: its period's sources, nothing else.
  const std::vector<std::string> territoryOnly = viewCitedSourceIds(dataset(), {day, "etorofu", ""});
  EXPECT_EQ(territoryOnly, state.period->sourceIds);

  // Nothing selected: every story territory's period of that day, Etorofu's among them.
  const std::vector<std::string> everything = viewCitedSourceIds(dataset(), {day, "", ""});
  for (const std::string& id : state.period->sourceIds)
    EXPECT_NE(std::find(everything.begin(), everything.end(), id), everything.end()) << id;
  EXPECT_GT(everything.size(), territoryOnly.size());
  const std::set<std::string> unique(everything.begin(), everything.end());
  EXPECT_EQ(unique.size(), everything.size());

  // Territory and event: the territory's first, then the event's not yet cited.
  const Event* event = dataset().event("E018");
  ASSERT_NE(event, nullptr);
  const std::vector<std::string> both = viewCitedSourceIds(dataset(), {day, "etorofu", "E018"});
  ASSERT_GE(both.size(), territoryOnly.size());
  EXPECT_TRUE(std::equal(territoryOnly.begin(), territoryOnly.end(), both.begin()));
  for (const std::string& id : event->sourceIds)
    EXPECT_NE(std::find(both.begin(), both.end(), id), both.end()) << id;
}

TEST_F(EmbeddedSources, ATourCitesEachStopOnceInStopOrder) {
  const CitedSelection first{daysFromGregorian(1956, 10, 19), "", "E033"};
  const CitedSelection second{daysFromGregorian(1945, 8, 28), "etorofu", "E018"};
  const std::vector<CitedSelection> stops{first, second, first};
  const std::vector<std::string> ids = stopsCitedSourceIds(dataset(), stops);
  const std::vector<std::string> a = viewCitedSourceIds(dataset(), first);
  const std::vector<std::string> b = viewCitedSourceIds(dataset(), second);
  ASSERT_FALSE(a.empty());
  ASSERT_FALSE(b.empty());
  // The first stop's sources lead, in its order; the second adds only what is new.
  ASSERT_GE(ids.size(), a.size());
  EXPECT_TRUE(std::equal(a.begin(), a.end(), ids.begin()));
  std::set<std::string> expected(a.begin(), a.end());
  expected.insert(b.begin(), b.end());
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()), expected);
  EXPECT_EQ(ids.size(), expected.size());  // each once, though the first stop comes twice
}

}  // namespace

namespace okhotsk {
namespace {

// An article with its journal's volume and issue and a DOI, and an edited report with a number.
Source articleWithIssueAndDoi() {
  Source s;
  s.id = "journal_article";
  s.citation = "Doe, Jane, \"A title\", Journal of Examples 4, no. 2, DOI 10.1234/abc.5";
  s.type = SourceType::ScholarlyWork;
  s.authors = {"Doe, Jane"};
  s.title = "A title";
  s.container = "Journal of Examples";
  s.volume = "4";
  s.number = "2";
  s.doi = "10.1234/abc.5";
  return s;
}

Source editedReport() {
  Source s;
  s.id = "edited_report";
  s.citation = "Office of Examples, Report No. 7651, ed. Roe, Richard";
  s.type = SourceType::ArchivalRecord;
  s.editors = {"Roe, Richard", "Office of Examples"};
  s.title = "Report";
  s.number = "7651";
  return s;
}

TEST(CslJson, VolumeIssueNumberDoiAndEditors) {
  const nlohmann::json items =
      nlohmann::json::parse(toCslJson(std::vector<Source>{articleWithIssueAndDoi(), editedReport()}));
  ASSERT_EQ(items.size(), 2U);
  EXPECT_EQ(items[0]["volume"], "4");
  EXPECT_EQ(items[0]["issue"], "2") << "a journal's number is its issue";
  EXPECT_FALSE(items[0].contains("number"));
  EXPECT_EQ(items[0]["DOI"], "10.1234/abc.5");
  EXPECT_FALSE(items[0].contains("editor"));
  EXPECT_EQ(items[1]["number"], "7651") << "a report's number stays its number";
  EXPECT_FALSE(items[1].contains("issue"));
  ASSERT_EQ(items[1]["editor"].size(), 2U);
  EXPECT_EQ(items[1]["editor"][0]["family"], "Roe");
  EXPECT_EQ(items[1]["editor"][1]["literal"], "Office of Examples");
  EXPECT_FALSE(items[1].contains("author"));
}

TEST(Bibtex, VolumeNumberDoiAndEditors) {
  const std::string bibtex = toBibtex(std::vector<Source>{articleWithIssueAndDoi(), editedReport()});
  EXPECT_NE(bibtex.find("volume = {4}"), std::string::npos) << bibtex;
  EXPECT_NE(bibtex.find("number = {2}"), std::string::npos) << bibtex;
  EXPECT_NE(bibtex.find("doi = {10.1234/abc.5}"), std::string::npos) << bibtex;
  EXPECT_NE(bibtex.find("editor = {Roe, Richard and {Office of Examples}}"), std::string::npos) << bibtex;
  EXPECT_NE(bibtex.find("number = {7651}"), std::string::npos) << bibtex;
}

}  // namespace
}  // namespace okhotsk
