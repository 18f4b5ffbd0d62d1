// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "okhotsk/user_layer.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QSettings;

namespace okhotsk::app {

/// What the user chose for an added layer: the file, its layer, the date and label fields,
/// the colour and whether it is shown. This is what the settings remember.
struct UserLayerSpec {
  QString path;
  QString layer;
  QString startField;
  QString endField;
  QString labelField;
  quint32 colour = 0xD03A2Cu;  ///< 0xRRGGBB
  bool shown = true;

  /// The name shown in the Layers menu and the timeline: the layer, with the file's name
  /// when they differ ("ports.gpkg ▸ harbours").
  [[nodiscard]] QString displayName() const;
  [[nodiscard]] UserLayerOptions options() const;
  friend bool operator==(const UserLayerSpec&, const UserLayerSpec&) = default;
};

/// One added layer: what was chosen and the features read.
struct UserLayer {
  UserLayerSpec spec;
  std::shared_ptr<const UserLayerData> data;
};

/// The user's own layers drawn over the atlas, in the order they were added (later ones on
/// top). The window owns it and hands it to the map and the timeline, which redraw on
/// changed(). Kept in the settings under "userLayers" (a QSettings array of specs); the
/// files are read again at start, and a file gone since is reported once and forgotten.
class UserLayers : public QObject {
  Q_OBJECT

 public:
  explicit UserLayers(QObject* parent = nullptr);

  /// Reads the spec's layer and adds it. False when it cannot be used: `problems` then gets
  /// the reasons (one a line) and nothing is added.
  bool add(const UserLayerSpec& spec, QString* problems = nullptr);
  /// Adds a layer already read (the dialog read it for its preview).
  void add(const UserLayerSpec& spec, std::shared_ptr<const UserLayerData> data);
  bool remove(int index);
  bool setShown(int index, bool shown);

  [[nodiscard]] int count() const noexcept { return static_cast<int>(m_layers.size()); }
  [[nodiscard]] const UserLayer& at(int index) const { return m_layers.at(static_cast<std::size_t>(index)); }
  [[nodiscard]] const std::vector<UserLayer>& layers() const noexcept { return m_layers; }
  /// A colour for the next layer, different from the last few.
  [[nodiscard]] quint32 nextColour() const noexcept;

  void save(QSettings& settings) const;
  /// Replaces the list by the saved layers, read again from their files. Returns one line per
  /// saved layer that could not be restored (its file is gone or no longer readable); those
  /// are left out of the list, so the next save() forgets them and they are reported once.
  QStringList restore(QSettings& settings);

 Q_SIGNALS:
  /// Any change: a layer added, removed, shown or hidden, or the list restored.
  void changed();

 private:
  std::vector<UserLayer> m_layers;
};

}  // namespace okhotsk::app
