// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
// okhotsk-previews: renders the panels and the trade chart to PNG files (1x and 2x) for a
// person to look at. Not a test: it checks nothing. The image dumpers that used to sit in the
// test suite as always-skipped "tests" live here instead.
//
// Usage: QT_QPA_PLATFORM=offscreen build/dev/tests/tools/okhotsk-previews OUTDIR

#include "chart/trade_chart.h"
#include "panels/diagnostics_dialog.h"
#include "panels/event_panel.h"
#include "panels/territory_panel.h"
#include "session/atlas_document.h"
#include "session/display_settings.h"
#include "session/selection.h"
#include "session/time_controller.h"

#include "okhotsk/calendar.h"
#include "okhotsk/dataset.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace okhotsk::app::previews {
namespace {

// Runs pending events, including the deferred deletes of replaced axis items (which a bare
// processEvents() outside an event loop leaves alone).
void flush() {
  for (int i = 0; i < 5; ++i) {
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  }
}

// Shows the widget and waits until it is laid out.
bool settle(QWidget& widget) {
  widget.show();
  if (!QTest::qWaitForWindowExposed(&widget)) return false;
  flush();
  return true;
}

void savePreview(QWidget& widget, const QString& name) {
  widget.grab().save(name + QStringLiteral(".png"));
  QImage hidpi(widget.size() * 2, QImage::Format_ARGB32_Premultiplied);
  hidpi.setDevicePixelRatio(2);
  hidpi.fill(Qt::white);
  widget.render(&hidpi);
  hidpi.save(name + QStringLiteral("@2x.png"));
}

/// Renders the trade chart previews into `out` (an existing folder). `fixtureFolder` is
/// opened when the embedded dataset cannot be. Returns false when nothing could be rendered.
bool renderTradeChartPreviews(const QString& out, const QString& fixtureFolder) {
  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  if (!document.openEmbedded() && !document.open(fixtureFolder)) {
    qWarning("trade chart previews: no dataset could be opened");
    return false;
  }
  TradeChart chart(controller, document, settings);
  controller.setCurrentDay(daysFromGregorian(1956, 10, 19));
  QFile legend(out + QStringLiteral("/trade_legend.txt"));
  if (legend.open(QIODevice::WriteOnly | QIODevice::Text))
    legend.write(chart.legendTexts().join(QLatin1Char('\n')).toUtf8());
  for (const QSize size : {QSize(900, 320), QSize(560, 300)}) {
    chart.resize(size);
    if (!settle(chart)) {
      qWarning("trade chart previews: the window was not exposed");
      return false;
    }
    for (const bool logarithmic : {false, true}) {
      chart.setLogarithmic(logarithmic);
      flush();
      const QString name = QStringLiteral("%1/trade_%2x%3%4")
                               .arg(out)
                               .arg(size.width())
                               .arg(size.height())
                               .arg(logarithmic ? QStringLiteral("_log") : QString());
      chart.grab().save(name + QStringLiteral(".png"));
      QImage hidpi(size * 2, QImage::Format_ARGB32_Premultiplied);
      hidpi.setDevicePixelRatio(2);
      hidpi.fill(Qt::white);
      chart.render(&hidpi);
      hidpi.save(name + QStringLiteral("@2x.png"));
    }
    chart.setLogarithmic(false);
  }
  return true;
}

/// The event panel (an unconfirmed event if any, and the first), the territory panel (Etorofu in
/// 1956, South Sakhalin in 1905) and the diagnostics dialog of the fixture with bad dates.
bool renderPanelPreviews(const QString& out, const QString& fixtures) {
  AtlasDocument document;
  TimeController controller{document};
  DisplaySettings settings;
  Selection selection;
  if (!document.openEmbedded()) {
    qWarning("panel previews: the embedded dataset could not be opened");
    return false;
  }
  const Dataset& dataset = *document.dataset();
  EventPanel events(controller, document, settings, selection);
  events.resize(420, 800);
  if (!settle(events)) return false;
  QString eventId = QString::fromStdString(dataset.events().front().id);
  for (const Event& event : dataset.events())
    if (event.confidence == Confidence::Unconfirmed) {
      eventId = QString::fromStdString(event.id);
      break;
    }
  selection.selectEvent(eventId);
  flush();
  savePreview(events, out + QStringLiteral("/events"));
  selection.selectEvent(QString::fromStdString(dataset.events().front().id));
  flush();
  savePreview(events, out + QStringLiteral("/events_first"));

  TerritoryPanel territory(controller, document, settings, selection);
  territory.resize(420, 800);
  if (!settle(territory)) return false;
  controller.setCurrentDay(daysFromGregorian(1956, 10, 19));
  selection.selectTerritory(QStringLiteral("etorofu"));
  flush();
  savePreview(territory, out + QStringLiteral("/territory"));
  selection.selectTerritory(QStringLiteral("south_sakhalin"));
  controller.setCurrentDay(daysFromGregorian(1905, 9, 30));
  flush();
  savePreview(territory, out + QStringLiteral("/territory_second"));

  // The valid fixture with the bad-dates case laid over it, as the loader tests build it.
  QTemporaryDir folder;
  for (const QString& source :
       {QStringLiteral("/loader/valid"), QStringLiteral("/loader/broken/bad_dates")}) {
    const QDir dir(fixtures + source);
    for (const QString& name : dir.entryList(QDir::Files)) {
      if (name == QLatin1String("expected_diagnostics.txt")) continue;
      QFile::remove(folder.filePath(name));
      QFile::copy(dir.filePath(name), folder.filePath(name));
    }
  }
  AtlasDocument broken;
  if (!broken.open(folder.path())) return false;
  DiagnosticsDialog dialog(broken.diagnostics(), broken.path());
  if (!settle(dialog)) return false;
  savePreview(dialog, out + QStringLiteral("/diagnostics"));
  return true;
}

}  // namespace
}  // namespace okhotsk::app::previews

int main(int argc, char** argv) {
  QApplication application(argc, argv);
  const QStringList arguments = QApplication::arguments();
  if (arguments.size() != 2) {
    std::fputs("usage: okhotsk-previews OUTDIR\n", stderr);
    return 2;
  }
  const QString& out = arguments.at(1);
  if (!QDir().mkpath(out)) {
    std::fprintf(stderr, "okhotsk-previews: cannot create %s\n", qPrintable(out));
    return 1;
  }
  const QString fixtures = QStringLiteral(OKHOTSK_FIXTURES_DIR);
  const bool panels = okhotsk::app::previews::renderPanelPreviews(out, fixtures);
  const bool chart =
      okhotsk::app::previews::renderTradeChartPreviews(out, fixtures + QStringLiteral("/loader/valid"));
  return panels && chart ? 0 : 1;
}
