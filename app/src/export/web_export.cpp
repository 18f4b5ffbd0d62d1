// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/web_export.h"

#include "export/export_text.h"
#include "export/tour_export.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/safe_write.h"

#include "okhotsk/citation_export.h"
#include "okhotsk/dataset.h"
#include "okhotsk/edtf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QTranslator>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace okhotsk::app {

namespace {

constexpr std::array<Language, 3> kLanguages{Language::English, Language::Japanese, Language::Russian};

// What marks a folder as a web export of the atlas: its index.html says so in its head.
constexpr const char* kGeneratorMarker = R"(<meta name="generator" content="Okhotsk Atlas" />)";
constexpr qint64 kMarkerSearchBytes = 8192;

// The pages' own words, looked up in the catalogue of the page's language (not the interface's:
// one export writes all three languages). Context "TourWeb" in the .ts catalogues.
constexpr const char* kContext = "TourWeb";

enum class WebWord : unsigned char {
  Previous,
  Next,
  Contents,
  Sources,
  SourcesIntro,
  StopOf,
  Credit,
  Untitled,
  Count
};

struct WordSource {
  const char* text;
  const char* comment;
};

// In the order of WebWord.
constexpr std::array<WordSource, static_cast<std::size_t>(WebWord::Count)> kWords{{
    QT_TRANSLATE_NOOP3("TourWeb", "← Previous", "web export: link to the tour's previous stop"),
    QT_TRANSLATE_NOOP3("TourWeb", "Next →", "web export: link to the tour's next stop"),
    QT_TRANSLATE_NOOP3("TourWeb", "Contents",
                       "web export: heading of, and link to, the list of the tour's stops"),
    QT_TRANSLATE_NOOP3("TourWeb", "Sources",
                       "web export: heading of a stop's sources and of the list of every source at the end"),
    QT_TRANSLATE_NOOP3("TourWeb",
                       "Every source cited by the stops of this tour: their events and the control of the "
                       "territories shown on their dates.",
                       "web export: under the heading of the list of every source"),
    QT_TRANSLATE_NOOP3("TourWeb", "Stop %1 of %2",
                       "web export: above a stop; %1 is its number, %2 the count"),
    QT_TRANSLATE_NOOP3("TourWeb",
                       "Okhotsk Atlas · Coastlines: GSHHG 2.3.7 (Wessel & Smith), LGPL-3+ · every event and "
                       "boundary with its sources in the atlas's dataset",
                       "web export: the credit line at the foot of the page, as on the handout"),
    QT_TRANSLATE_NOOP3("TourWeb", "Okhotsk Atlas tour", "web export: the title of a tour that has none"),
}};

// A language's name in that language, for the links to the other pages: never translated.
QString autonym(Language language) {
  switch (language) {
    case Language::Japanese:
      return QStringLiteral("日本語");
    case Language::Russian:
      return QStringLiteral("Русский");
    case Language::English:
      break;
  }
  return QStringLiteral("English");
}

QString languageCodeText(Language language) {
  return QString::fromUtf8(languageCode(language).data());
}

// The atlas's catalogue of one language, which answers every lookup in that language: its own
// translation, else the English source, never another catalogue's word.
class PageCatalogue : public QTranslator {
 public:
  explicit PageCatalogue(Language language) {
    (void)load(QStringLiteral(":/i18n/okhotsk_") + languageCodeText(language));
  }
  [[nodiscard]] QString translate(const char* context, const char* sourceText, const char* disambiguation,
                                  int n) const override {
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    return text.isEmpty() ? QString::fromUtf8(sourceText) : text;
  }
  [[nodiscard]] bool isEmpty() const override { return false; }

  [[nodiscard]] QString word(WebWord word) const {
    const WordSource& source = kWords.at(static_cast<std::size_t>(word));
    return translate(kContext, source.text, source.comment, -1);
  }
};

// Installs a page's catalogue on the application while the map draws its words (legend,
// credit) for that page, and takes it off again, also when the drawing ends early.
class CatalogueInstalled {
 public:
  explicit CatalogueInstalled(PageCatalogue& catalogue) : m_catalogue(catalogue) { install(); }
  ~CatalogueInstalled() { remove(); }
  CatalogueInstalled(const CatalogueInstalled&) = delete;
  CatalogueInstalled& operator=(const CatalogueInstalled&) = delete;
  CatalogueInstalled(CatalogueInstalled&&) = delete;
  CatalogueInstalled& operator=(CatalogueInstalled&&) = delete;

  void install() {
    if (!m_installed) m_installed = QCoreApplication::installTranslator(&m_catalogue);
  }
  void remove() {
    if (m_installed) QCoreApplication::removeTranslator(&m_catalogue);
    m_installed = false;
  }

 private:
  PageCatalogue& m_catalogue;
  bool m_installed = false;
};

QString escaped(const QString& text) {
  return text.toHtmlEscaped();
}

QString escaped(const std::string& text) {
  return QString::fromStdString(text).toHtmlEscaped();
}

// The stop's date as the tour gives it, spelled out in the page's language (core's reading of
// EDTF: "7 February 1855", "1855年2月7日"); the raw text when it does not parse.
QString stopDateText(const TourStop& stop, Language language) {
  if (const auto value = Edtf::parse(stop.date.toStdString()))
    return QString::fromStdString(formatEdtf(*value, language));
  return stop.date;
}

// A list of full citations, each with its addresses as links (web addresses only).
QString citationsHtml(const Dataset& dataset, const std::vector<std::string>& ids) {
  QString html = QStringLiteral("<ol>\n");
  for (const Source& source : sourcesByIds(dataset, ids)) {
    html += QStringLiteral("<li>") + escaped(source.citation);
    for (const std::string& url : source.urls) {
      const QString address = escaped(url);
      const bool web =
          address.startsWith(QLatin1String("https://")) || address.startsWith(QLatin1String("http://"));
      html += web ? QStringLiteral("<br /><a href=\"%1\">%1</a>").arg(address)
                  : QStringLiteral("<br />") + address;
    }
    html += QStringLiteral("</li>\n");
  }
  return html + QStringLiteral("</ol>");
}

// What one page is made of.
struct Page {
  const Tour& tour;
  const Dataset* dataset;
  const PageCatalogue& catalogue;
  Language language;
  QSize imageSize;
  [[nodiscard]] int stopCount() const { return static_cast<int>(tour.stops.size()); }
  [[nodiscard]] QString word(WebWord word) const { return escaped(catalogue.word(word)); }
  [[nodiscard]] const Event* event(const TourStop& stop) const {
    return dataset != nullptr && !stop.eventId.isEmpty() ? dataset->event(stop.eventId.toStdString())
                                                         : nullptr;
  }
  [[nodiscard]] QString title() const {
    return tour.title.isEmpty() ? word(WebWord::Untitled) : escaped(tour.title.get(language));
  }
};

// The links to the other languages' pages, this one's name plain: "English · 日本語 · Русский",
// each language named in itself, for a reader of that language (as the kiosk's welcome does).
QString languagesHtml(const Page& page) {
  QStringList items;
  for (const Language language : kLanguages) {
    const QString name =
        QStringLiteral("<span lang=\"%1\">%2</span>").arg(languageCodeText(language), autonym(language));
    items << (language == page.language
                  ? QStringLiteral("<strong>%1</strong>").arg(name)
                  : QStringLiteral("<a href=\"%1\" hreflang=\"%2\">%3</a>")
                        .arg(tourWebPageName(language), languageCodeText(language), name));
  }
  return QStringLiteral("<nav class=\"languages\">%1</nav>\n").arg(items.join(QStringLiteral(" · ")));
}

// The list of the stops, each its date and event, linked to its section.
QString contentsHtml(const Page& page) {
  QString html = QStringLiteral("<nav id=\"contents\" class=\"contents\"><div>\n<h2>%1</h2>\n<ol>\n")
                     .arg(page.word(WebWord::Contents));
  for (int i = 0; i < page.stopCount(); ++i) {
    const TourStop& stop = page.tour.stops.at(static_cast<std::size_t>(i));
    const Event* event = page.event(stop);
    html += QStringLiteral("<li><a href=\"#stop-%1\"><span class=\"date\">%2</span> %3</a></li>\n")
                .arg(QString::number(i + 1), escaped(stopDateText(stop, page.language)),
                     event != nullptr ? escaped(event->title.get(page.language)) : QString());
  }
  return html + QStringLiteral("</ol>\n<p><a href=\"#sources\">%1</a></p>\n</div></nav>\n")
                    .arg(page.word(WebWord::Sources));
}

// Previous, Contents and Next, as plain links; the first stop has no previous, the last no next.
QString stepsHtml(const Page& page, int i) {
  const QString previous =
      i > 0 ? QStringLiteral("<a href=\"#stop-%1\" rel=\"prev\">%2</a>")
                  .arg(QString::number(i), page.word(WebWord::Previous))
            : QStringLiteral("<span class=\"none\">%1</span>").arg(page.word(WebWord::Previous));
  const QString next = i + 1 < page.stopCount()
                           ? QStringLiteral("<a href=\"#stop-%1\" rel=\"next\">%2</a>")
                                 .arg(QString::number(i + 2), page.word(WebWord::Next))
                           : QStringLiteral("<span class=\"none\">%1</span>").arg(page.word(WebWord::Next));
  return QStringLiteral("<nav class=\"steps\">%1 <a href=\"#contents\">%2</a> %3</nav>\n")
      .arg(previous, page.word(WebWord::Contents), next);
}

// One stop: its number, date, map, caption, event and the event's sources, and the links on.
QString stopHtml(const Page& page, int i) {
  const TourStop& stop = page.tour.stops.at(static_cast<std::size_t>(i));
  const QString date = escaped(stopDateText(stop, page.language));
  const QString caption = escaped(stop.caption.get(page.language));
  QString html = QStringLiteral("<section id=\"stop-%1\" class=\"stop\">\n").arg(i + 1);
  html += QStringLiteral("<p class=\"stop-number\">%1</p>\n<h2>%2</h2>\n")
              .arg(escaped(page.catalogue.word(WebWord::StopOf).arg(i + 1).arg(page.stopCount())), date);
  // The map links to itself, to be seen at full size (a projector, a small screen).
  html +=
      QStringLiteral(
          "<figure><a href=\"%1\"><img src=\"%1\" alt=\"%2\" width=\"%3\" height=\"%4\" /></a></figure>\n")
          .arg(tourWebImageName(page.language, i, page.stopCount()), caption.isEmpty() ? date : caption,
               QString::number(page.imageSize.width()), QString::number(page.imageSize.height()));
  if (!caption.isEmpty()) html += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(caption);
  if (const Event* event = page.event(stop)) {
    html +=
        QStringLiteral("<p class=\"event\"><strong>%1</strong> (%2)</p>\n")
            .arg(escaped(event->title.get(page.language)), escaped(formatEdtf(event->date, page.language)));
    if (!event->sourceIds.empty())
      html += QStringLiteral("<div class=\"sources\"><h3>%1</h3>\n%2</div>\n")
                  .arg(page.word(WebWord::Sources), citationsHtml(*page.dataset, event->sourceIds));
  }
  return html + stepsHtml(page, i) + QStringLiteral("</section>\n");
}

// Every source the tour cites, numbered, as at the end of the handout.
QString bibliographyHtml(const Page& page) {
  if (page.dataset == nullptr) return {};
  const std::vector<std::string> ids = tourSourceIds(page.tour, *page.dataset);
  if (ids.empty()) return {};
  return QStringLiteral(
             "<section id=\"sources\" class=\"bibliography\">\n<h2>%1</h2>\n<p>%2</p>\n%3\n</section>\n")
      .arg(page.word(WebWord::Sources), page.word(WebWord::SourcesIntro), citationsHtml(*page.dataset, ids));
}

// The page's look: no file from outside, light on any system, the map as large as the window
// lets it be with its caption still in view; one column on a narrow screen.
constexpr const char* kStyle = R"(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fbfaf6; color: #1d1d1b; line-height: 1.5;
  font-family: "Noto Sans", "Noto Sans CJK JP", "DejaVu Sans", sans-serif; }
a { color: #1a4f8b; }
header { padding: 0.75rem 2rem 0.5rem; border-bottom: 1px solid #d9d5cb; }
.languages { font-size: 0.9rem; color: #5b5b57; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.3rem 0 0.2rem; }
.layout { display: grid; grid-template-columns: 17rem minmax(0, 1fr); }
.contents { border-right: 1px solid #d9d5cb; font-size: 0.9rem; }
.contents > div { position: sticky; top: 0; max-height: 100vh; overflow-y: auto; padding: 0.5rem 1.25rem 1rem; }
.contents h2 { font-size: 1.05rem; margin: 0.5rem 0; }
.contents ol { padding-left: 1.6rem; margin: 0; }
.contents li { margin-bottom: 0.45rem; }
.contents .date { display: block; color: #5b5b57; font-size: 0.8rem; }
main { padding: 0 2rem 2rem; max-width: 78rem; }
.stop { padding: 1rem 0 1.5rem; border-bottom: 1px solid #d9d5cb; }
.stop-number { margin: 0; color: #5b5b57; font-size: 0.9rem; }
.stop h2 { margin: 0 0 0.5rem; font-size: 1.4rem; line-height: 1.3; }
figure { margin: 0; }
figure img { display: block; width: auto; height: auto; max-width: 100%; max-height: calc(100vh - 15rem);
  border: 1px solid #8a8a85; background: #fff; }
.caption { font-size: 1.15rem; margin: 0.75rem 0 0.5rem; max-width: 50rem; }
.event { margin: 0.25rem 0; }
.sources h3 { font-size: 0.95rem; margin: 0.75rem 0 0.25rem; }
.sources ol, .bibliography ol { font-size: 0.85rem; padding-left: 1.6rem; }
.sources li, .bibliography li { margin-bottom: 0.3rem; overflow-wrap: anywhere; }
.steps { margin-top: 1rem; display: flex; gap: 2rem; }
.steps .none { color: #a09d95; }
.bibliography { padding-top: 1rem; }
footer { padding: 1rem 2rem; font-size: 0.8rem; color: #5b5b57; border-top: 1px solid #d9d5cb; }
@media (max-width: 60rem) {
  .layout { display: block; }
  .contents { border-right: none; border-bottom: 1px solid #d9d5cb; }
  .contents > div { position: static; max-height: none; }
  main { padding: 0 1rem 1rem; }
}
@media print { .contents, .steps, .languages { display: none; } .layout { display: block; }
  .stop { break-inside: avoid; } }
)";

// ← and → go from stop to stop; the links do the same without it. No '<' or '&' in it, so that
// the page stays well-formed XML.
constexpr const char* kScript = R"(
(function () {
  "use strict";
  var stops = document.querySelectorAll("section.stop");
  function current() {
    var at = 0;
    for (var i = 0; i !== stops.length; ++i) {
      if (stops[i].getBoundingClientRect().top > window.innerHeight / 3) break;
      at = i;
    }
    return at;
  }
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var step = event.key === "ArrowRight" ? 1 : (event.key === "ArrowLeft" ? -1 : 0);
    var next = current() + step;
    if (step === 0 || next === -1 || next === stops.length) return;
    event.preventDefault();
    location.hash = "#" + stops[next].id;
    stops[next].scrollIntoView();
  });
})();
)";

QByteArray pageHtml(const Page& page) {
  const QString code = languageCodeText(page.language);
  QString html =
      QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\" />\n").arg(code);
  html += QString::fromUtf8(kGeneratorMarker) + QLatin1Char('\n');
  html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
  html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
              .arg(page.title(), QString::fromUtf8(kStyle));
  html += QStringLiteral("<header>\n") + languagesHtml(page) +
          QStringLiteral("<h1>%1</h1>\n</header>\n").arg(page.title());
  html += QStringLiteral("<div class=\"layout\">\n") + contentsHtml(page) + QStringLiteral("<main>\n");
  for (int i = 0; i < page.stopCount(); ++i) html += stopHtml(page, i);
  html += bibliographyHtml(page) + QStringLiteral("</main>\n</div>\n");
  html += QStringLiteral("<footer><p>%1</p></footer>\n").arg(page.word(WebWord::Credit));
  html += QStringLiteral("<script>%1</script>\n</body>\n</html>\n").arg(QString::fromUtf8(kScript));
  return html.toUtf8();
}

// What is in the folder an export is asked to write to.
enum class FolderState : unsigned char { New, Empty, EarlierExport, Foreign, NotAFolder };

FolderState folderState(const QString& folder) {
  const QFileInfo info(folder);
  if (!info.exists()) return FolderState::New;
  if (!info.isDir()) return FolderState::NotAFolder;
  const QDir dir(folder);
  if (dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
    return FolderState::Empty;
  QFile index(dir.filePath(tourWebPageName(Language::English)));
  if (!index.open(QIODevice::ReadOnly)) return FolderState::Foreign;
  return index.read(kMarkerSearchBytes).contains(kGeneratorMarker) ? FolderState::EarlierExport
                                                                   : FolderState::Foreign;
}

// One run of the export: the files it has written and how far it has come.
class WebExport {
 public:
  WebExport(const QString& folder, int total, const std::function<bool(int, int)>& progress)
      : m_folder(folder), m_total(total), m_progress(progress) {}

  // Where a file of the export goes.
  [[nodiscard]] QString path(const QString& name) const { return QDir(m_folder).filePath(name); }

  // Writes one file of the export; false with `error` set when it could not, or was stopped.
  bool write(const QString& name, const QByteArray& bytes, QString* error) {
    const QString target = path(name);
    if (!writeFileSafely(target, bytes, error)) return false;
    m_written << target;
    ++m_done;
    if (m_progress && !m_progress(m_done, m_total)) {
      if (error != nullptr)
        *error = ExportText::tr("the web export to %1 was stopped before the end")
                     .arg(QDir::toNativeSeparators(m_folder));
      return false;
    }
    return true;
  }
  [[nodiscard]] const QStringList& written() const { return m_written; }

  // Removes what this run wrote and the folders it made, when they are empty then.
  void removeWritten() const {
    for (const QString& path : m_written) QFile::remove(path);
    for (const Language language : kLanguages)
      QDir(m_folder).rmdir(QStringLiteral("images/") + languageCodeText(language));
    QDir(m_folder).rmdir(QStringLiteral("images"));
  }

  // Removes the maps of an earlier export that this one did not write (a longer tour's).
  void removeStaleImages() const {
    const QSet<QString> kept(m_written.cbegin(), m_written.cend());
    for (const Language language : kLanguages) {
      const QDir images(QDir(m_folder).filePath(QStringLiteral("images/") + languageCodeText(language)));
      for (const QString& name : images.entryList({QStringLiteral("stop-*.png")}, QDir::Files))
        if (!kept.contains(images.filePath(name))) QFile::remove(images.filePath(name));
    }
  }

 private:
  QString m_folder;
  int m_total;
  const std::function<bool(int, int)>& m_progress;
  QStringList m_written;
  int m_done = 0;
};

// The maps of one language's page: each stop's held frame as drawTourFrames() draws it, without
// the caption band, in `settings` (the page's language), with the page's catalogue installed
// while the map draws its words. Each is written as soon as it is drawn.
bool writeStopImages(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                     PageCatalogue& catalogue, QSize size, WebExport& run, QString* error) {
  Tour pictures = tour;
  for (TourStop& stop : pictures.stops) {
    stop.caption = {};  // the page prints the caption under the map
    stop.holdSeconds = 0;
  }
  const int count = static_cast<int>(tour.stops.size());
  int stop = 0;
  bool failed = false;
  CatalogueInstalled installed(catalogue);
  const bool drawn =
      drawTourFrames(pictures, document, settings, size, 1, 0.0, [&](const QImage& frame, bool repeat) {
        if (repeat) return true;
        installed.remove();  // the words of an error are the interface's
        const QString name = tourWebImageName(settings.language(), stop++, count);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!frame.save(&buffer, "PNG")) {
          if (error != nullptr)
            *error =
                ExportText::tr("cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(run.path(name)), ExportText::tr("PNG encoding failed"));
          failed = true;
          return false;
        }
        if (!run.write(name, png, error)) {
          failed = true;
          return false;
        }
        installed.install();
        return true;
      });
  return drawn && !failed;
}

// The settings of the page in `language`: the caller's naming order when one was chosen, else
// the language's own.
void setPageSettings(DisplaySettings& page, const DisplaySettings& settings, Language language) {
  page.setLanguage(language);
  if (settings.namingOrderChosen()) page.setNamingOrder(settings.namingOrder());
}

// Makes the folder and its image folders ready, or says why it cannot be written to.
std::optional<QString> prepareFolder(FolderState state, const QString& folder) {
  const QString shown = QDir::toNativeSeparators(folder);
  if (state == FolderState::NotAFolder)
    return ExportText::tr("cannot write the web export to %1: it is a file, not a folder").arg(shown);
  if (state == FolderState::Foreign)
    return ExportText::tr(
               "cannot write the web export to %1: the folder is not empty and holds no earlier web "
               "export of the atlas; choose an empty folder")
        .arg(shown);
  if (!QDir().mkpath(folder)) return ExportText::tr("cannot create the folder %1").arg(shown);
  for (const Language language : kLanguages) {
    const QString images = QDir(folder).filePath(QStringLiteral("images/") + languageCodeText(language));
    if (!QDir().mkpath(images))
      return ExportText::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(images));
  }
  return std::nullopt;
}

}  // namespace

QString tourWebPageName(Language language) {
  return language == Language::English ? QStringLiteral("index.html")
                                       : QStringLiteral("index.%1.html").arg(languageCodeText(language));
}

QString tourWebImageName(Language language, int stop, int stopCount) {
  const int digits = std::max(2, static_cast<int>(QString::number(std::max(stopCount, 1)).size()));
  return QStringLiteral("images/%1/stop-%2.png")
      .arg(languageCodeText(language))
      .arg(stop + 1, digits, 10, QLatin1Char('0'));
}

bool writeTourWeb(const Tour& tour, const AtlasDocument& document, const DisplaySettings& settings,
                  const QString& folder, const TourWebOptions& options, QString* error,
                  const std::function<bool(int done, int total)>& progress, QStringList* written) {
  const auto fail = [error](const QString& reason) {
    if (error != nullptr) *error = reason;
    return false;
  };
  const QString shown = QDir::toNativeSeparators(folder);
  if (tour.stops.empty())
    return fail(ExportText::tr("cannot write %1: %2").arg(shown, ExportText::tr("the tour has no stops")));
  if (options.imageSize.width() < 16 || options.imageSize.height() < 16)
    return fail(
        ExportText::tr("cannot write %1: %2").arg(shown, ExportText::tr("the frame size is too small")));
  const FolderState state = folderState(folder);
  if (const auto problem = prepareFolder(state, folder)) return fail(*problem);

  const int stops = static_cast<int>(tour.stops.size());
  WebExport run(folder, static_cast<int>(kLanguages.size()) * (stops + 1), progress);
  bool done = true;
  for (const Language language : kLanguages) {
    PageCatalogue catalogue(language);
    DisplaySettings pageSettings;
    setPageSettings(pageSettings, settings, language);
    const Page page{tour, document.dataset(), catalogue, language, options.imageSize};
    done = writeStopImages(tour, document, pageSettings, catalogue, options.imageSize, run, error) &&
           run.write(tourWebPageName(language), pageHtml(page), error);
    if (!done) break;
  }
  if (!done) {
    if (state == FolderState::EarlierExport) {
      if (written != nullptr) written->append(run.written());  // they replaced the earlier ones
    } else {
      run.removeWritten();
      if (state == FolderState::New) QDir().rmdir(folder);
    }
    return false;
  }
  if (state == FolderState::EarlierExport) run.removeStaleImages();
  if (written != nullptr) written->append(run.written());
  return true;
}

}  // namespace okhotsk::app
