// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QSettings;

namespace okhotsk::app {

/// A named view: a view link (view_link.h) and the name the user gave it.
struct Bookmark {
  QString name;
  QString link;
  friend bool operator==(const Bookmark&, const Bookmark&) = default;
};

/// The user's bookmarks, in the order they were added, kept in the settings (QSettings array
/// "bookmarks", each with "name" and "link"). Not a widget: the Bookmarks menu shows them and
/// listens to changed().
class Bookmarks : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  [[nodiscard]] const std::vector<Bookmark>& list() const noexcept { return m_list; }

  /// Reads the bookmarks saved by save() (none on a first run); entries without a link are
  /// dropped.
  void load(QSettings& settings);
  void save(QSettings& settings) const;

  /// Adds a bookmark at the end (an empty name becomes the link itself).
  void add(const Bookmark& bookmark);
  /// Removes the bookmark at `index`; false when there is none.
  bool remove(int index);
  /// Renames the bookmark at `index`; false when there is none.
  bool rename(int index, const QString& name);

 Q_SIGNALS:
  void changed();

 private:
  std::vector<Bookmark> m_list;
};

}  // namespace okhotsk::app
