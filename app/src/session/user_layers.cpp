// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/user_layers.h"

#include <QFileInfo>
#include <QSettings>

#include <array>
#include <utility>

namespace okhotsk::app {

namespace {

constexpr auto kGroup = "userLayers";

// Distinct, saturated colours that stand out on the atlas's pale land and sea.
constexpr std::array<quint32, 6> kColours{0xD03A2Cu, 0x1F77B4u, 0x2CA02Cu, 0x9467BDu, 0xFF7F0Eu, 0x17BECFu};

QString problemsText(const Diagnostics& diagnostics) {
  QStringList lines;
  for (const Diagnostic& d : diagnostics.items())
    if (d.severity == Severity::Error) lines << QString::fromStdString(d.toString());
  return lines.join(QLatin1Char('\n'));
}

}  // namespace

QString UserLayerSpec::displayName() const {
  QString file = QFileInfo(path).fileName();
  if (layer.isEmpty() || QFileInfo(path).completeBaseName() == layer) return file;
  return file + QStringLiteral(" ▸ ") + layer;
}

UserLayerOptions UserLayerSpec::options() const {
  UserLayerOptions options;
  options.layer = layer.toStdString();
  options.startField = startField.toStdString();
  options.endField = endField.toStdString();
  options.labelField = labelField.toStdString();
  return options;
}

UserLayers::UserLayers(QObject* parent) : QObject(parent) {}

bool UserLayers::add(const UserLayerSpec& spec, QString* problems) {
  auto data = std::make_shared<UserLayerData>(readUserLayer(spec.path.toStdString(), spec.options()));
  if (!data->ok) {
    if (problems != nullptr) *problems = problemsText(data->diagnostics);
    return false;
  }
  add(spec, std::move(data));
  return true;
}

void UserLayers::add(const UserLayerSpec& spec, std::shared_ptr<const UserLayerData> data) {
  UserLayerSpec added = spec;
  if (added.layer.isEmpty() && data) added.layer = QString::fromStdString(data->layer);
  m_layers.push_back({added, std::move(data)});
  Q_EMIT changed();
}

bool UserLayers::remove(int index) {
  if (index < 0 || index >= count()) return false;
  m_layers.erase(m_layers.begin() + index);
  Q_EMIT changed();
  return true;
}

bool UserLayers::setShown(int index, bool shown) {
  if (index < 0 || index >= count()) return false;
  UserLayerSpec& spec = m_layers[static_cast<std::size_t>(index)].spec;
  if (spec.shown == shown) return true;
  spec.shown = shown;
  Q_EMIT changed();
  return true;
}

quint32 UserLayers::nextColour() const noexcept {
  return kColours[m_layers.size() % kColours.size()];
}

void UserLayers::save(QSettings& settings) const {
  settings.remove(QLatin1String(kGroup));
  settings.beginWriteArray(QLatin1String(kGroup), count());
  for (int i = 0; i < count(); ++i) {
    const UserLayerSpec& spec = at(i).spec;
    settings.setArrayIndex(i);
    settings.setValue(QStringLiteral("path"), spec.path);
    settings.setValue(QStringLiteral("layer"), spec.layer);
    settings.setValue(QStringLiteral("start"), spec.startField);
    settings.setValue(QStringLiteral("end"), spec.endField);
    settings.setValue(QStringLiteral("label"), spec.labelField);
    settings.setValue(QStringLiteral("colour"), spec.colour);
    settings.setValue(QStringLiteral("shown"), spec.shown);
  }
  settings.endArray();
}

QStringList UserLayers::restore(QSettings& settings) {
  std::vector<UserLayerSpec> specs;
  const int size = settings.beginReadArray(QLatin1String(kGroup));
  for (int i = 0; i < size; ++i) {
    settings.setArrayIndex(i);
    UserLayerSpec spec;
    spec.path = settings.value(QStringLiteral("path")).toString();
    spec.layer = settings.value(QStringLiteral("layer")).toString();
    spec.startField = settings.value(QStringLiteral("start")).toString();
    spec.endField = settings.value(QStringLiteral("end")).toString();
    spec.labelField = settings.value(QStringLiteral("label")).toString();
    spec.colour = settings.value(QStringLiteral("colour"), spec.colour).toUInt();
    spec.shown = settings.value(QStringLiteral("shown"), true).toBool();
    if (!spec.path.isEmpty()) specs.push_back(spec);
  }
  settings.endArray();
  m_layers.clear();
  QStringList problems;
  for (const UserLayerSpec& spec : specs) {
    if (!QFileInfo::exists(spec.path)) {
      problems << tr("%1: the file is gone; the layer is no longer shown",
                     "a saved user layer's file is missing")
                      .arg(spec.path);
      continue;
    }
    auto data = std::make_shared<UserLayerData>(readUserLayer(spec.path.toStdString(), spec.options()));
    if (!data->ok) {
      problems << problemsText(data->diagnostics);
      continue;
    }
    m_layers.push_back({spec, std::move(data)});
  }
  Q_EMIT changed();
  return problems;
}

}  // namespace okhotsk::app
