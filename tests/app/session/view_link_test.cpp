// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// View links: every field survives encode → decode, the text stays URL-safe, and a bad link
// or a bad value is reported without taking the rest of the link with it.
#include "session/view_link.h"

#include <QUrl>

#include <gtest/gtest.h>

namespace okhotsk::app {
namespace {

ViewLink fullLink() {
  ViewLink link;
  link.date = QStringLiteral("1945-08-30");
  link.view = QStringLiteral("146.200,43.600,420.0km");
  link.language = Language::Japanese;
  link.namingOrder = NamingOrder::RussianFirst;
  link.hiddenLayers = static_cast<unsigned>(ViewLayer::Legend) | static_cast<unsigned>(ViewLayer::Credit);
  link.territoryId = QStringLiteral("etorofu");
  link.eventId = QStringLiteral("E013");
  return link;
}

ViewLink roundTrip(const ViewLink& link) {
  const ViewLinkReadResult read = decodeViewLink(encodeViewLink(link));
  EXPECT_TRUE(read.problems.isEmpty()) << read.problems.join(u'\n').toStdString();
  EXPECT_TRUE(read.link.has_value());
  return read.link.value_or(ViewLink{});
}

TEST(ViewLinkTest, EveryFieldSurvivesARoundTrip) {
  const ViewLink link = fullLink();
  const QString text = encodeViewLink(link);
  EXPECT_TRUE(text.startsWith(QStringLiteral("okhotsk:1945-08-30?v=1&"))) << text.toStdString();
  EXPECT_EQ(roundTrip(link), link);
}

TEST(ViewLinkTest, EachFieldAloneSurvivesARoundTrip) {
  ViewLink onlyView;
  onlyView.view = QStringLiteral("world");
  EXPECT_EQ(roundTrip(onlyView), onlyView);
  for (const Language language : {Language::English, Language::Japanese, Language::Russian}) {
    ViewLink link;
    link.language = language;
    EXPECT_EQ(roundTrip(link), link);
  }
  for (const NamingOrder order :
       {NamingOrder::JapaneseFirst, NamingOrder::RussianFirst, NamingOrder::English}) {
    ViewLink link;
    link.namingOrder = order;
    EXPECT_EQ(roundTrip(link), link);
  }
  for (unsigned bits = 0; bits <= kAllViewLayers; ++bits) {
    ViewLink link;
    link.hiddenLayers = bits;
    EXPECT_EQ(roundTrip(link), link) << bits;
  }
  ViewLink onlySelection;
  onlySelection.territoryId = QStringLiteral("south_sakhalin");
  EXPECT_EQ(roundTrip(onlySelection), onlySelection);
}

TEST(ViewLinkTest, QualifiedDatesAndIntervalsSurviveAndStayUrlSafe) {
  for (const char* date : {"1945~", "1945?", "1945%", "197X", "1956-10-19/1956-12-12", "1991-12/..",
                           "1945-08-09T11:02:00+09:00"}) {
    ViewLink link;
    link.date = QString::fromLatin1(date);
    const QString text = encodeViewLink(link);
    // One "?" only (the query's): the date's own is encoded; no spaces or raw "%" qualifiers.
    EXPECT_EQ(text.count(u'?'), 1) << text.toStdString();
    EXPECT_FALSE(text.contains(u' '));
    EXPECT_TRUE(QUrl(text, QUrl::StrictMode).isValid()) << text.toStdString();
    EXPECT_EQ(roundTrip(link), link) << date;
  }
}

TEST(ViewLinkTest, ANonLinkGivesNoViewAndOneClearProblem) {
  for (const char* text : {"1945-08-30", "https://example.org/?view=1", ""}) {
    const ViewLinkReadResult read = decodeViewLink(QString::fromLatin1(text));
    EXPECT_FALSE(read.link.has_value()) << text;
    ASSERT_EQ(read.problems.size(), 1) << text;
    EXPECT_TRUE(read.problems.constFirst().contains(QStringLiteral("okhotsk:"))) << text;
  }
}

TEST(ViewLinkTest, BadValuesAreReportedAndSkippedAndTheRestIsKept) {
  const ViewLinkReadResult read = decodeViewLink(QStringLiteral(
      "okhotsk:1956-02-30?v=1&view=nowhere&lang=fr&names=sideways&hide=legend,clouds&territory=shikotan"));
  ASSERT_TRUE(read.link.has_value());
  EXPECT_TRUE(read.link->date.isEmpty());
  EXPECT_TRUE(read.link->view.isEmpty());
  EXPECT_FALSE(read.link->language.has_value());
  EXPECT_FALSE(read.link->namingOrder.has_value());
  EXPECT_EQ(read.link->hiddenLayers, static_cast<unsigned>(ViewLayer::Legend));
  EXPECT_EQ(read.link->territoryId, QStringLiteral("shikotan"));
  ASSERT_EQ(read.problems.size(), 5) << read.problems.join(u'\n').toStdString();
  EXPECT_TRUE(read.problems.at(0).contains(QStringLiteral("1956-02-30")));
  EXPECT_TRUE(read.problems.at(1).contains(QStringLiteral("nowhere")));
  EXPECT_TRUE(read.problems.at(2).contains(QStringLiteral("fr")));
  EXPECT_TRUE(read.problems.at(3).contains(QStringLiteral("sideways")));
  EXPECT_TRUE(read.problems.at(4).contains(QStringLiteral("clouds")));
}

TEST(ViewLinkTest, UnknownKeysAreIgnoredAndANewerVersionIsSaid) {
  const ViewLinkReadResult tolerant =
      decodeViewLink(QStringLiteral("  okhotsk://1904?v=1&tilt=30&lang=ru  "));
  ASSERT_TRUE(tolerant.link.has_value());
  EXPECT_TRUE(tolerant.problems.isEmpty());
  EXPECT_EQ(tolerant.link->date, QStringLiteral("1904"));
  EXPECT_EQ(tolerant.link->language, Language::Russian);

  const ViewLinkReadResult newer = decodeViewLink(QStringLiteral("okhotsk:1904?v=7&lang=ja"));
  ASSERT_TRUE(newer.link.has_value());
  EXPECT_EQ(newer.link->language, Language::Japanese);
  ASSERT_EQ(newer.problems.size(), 1);
  EXPECT_TRUE(newer.problems.constFirst().contains(QStringLiteral("newer")));
}

TEST(ViewLinkTest, AMinimalLinkSaysOnlyItsDate) {
  const ViewLinkReadResult read = decodeViewLink(QStringLiteral("OKHOTSK:1945-08-30"));
  ASSERT_TRUE(read.link.has_value());
  ViewLink expected;
  expected.date = QStringLiteral("1945-08-30");
  EXPECT_EQ(*read.link, expected);
  EXPECT_TRUE(isViewLink(QStringLiteral("okhotsk:1904")));
  EXPECT_FALSE(isViewLink(QStringLiteral("/data/okhotsk.gpkg")));
}

}  // namespace
}  // namespace okhotsk::app
