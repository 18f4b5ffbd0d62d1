// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/bookmarks.h"

#include <QSettings>

namespace okhotsk::app {

namespace {
constexpr auto kGroup = "bookmarks";
}

void Bookmarks::load(QSettings& settings) {
  m_list.clear();
  const int count = settings.beginReadArray(QLatin1String(kGroup));
  for (int i = 0; i < count; ++i) {
    settings.setArrayIndex(i);
    Bookmark bookmark{settings.value(QStringLiteral("name")).toString(),
                      settings.value(QStringLiteral("link")).toString()};
    if (bookmark.link.isEmpty()) continue;
    if (bookmark.name.isEmpty()) bookmark.name = bookmark.link;
    m_list.push_back(bookmark);
  }
  settings.endArray();
  Q_EMIT changed();
}

void Bookmarks::save(QSettings& settings) const {
  settings.remove(QLatin1String(kGroup));
  settings.beginWriteArray(QLatin1String(kGroup), static_cast<int>(m_list.size()));
  for (int i = 0; i < static_cast<int>(m_list.size()); ++i) {
    settings.setArrayIndex(i);
    settings.setValue(QStringLiteral("name"), m_list[static_cast<std::size_t>(i)].name);
    settings.setValue(QStringLiteral("link"), m_list[static_cast<std::size_t>(i)].link);
  }
  settings.endArray();
}

void Bookmarks::add(const Bookmark& bookmark) {
  Bookmark added = bookmark;
  added.name = added.name.trimmed();
  if (added.name.isEmpty()) added.name = added.link;
  m_list.push_back(added);
  Q_EMIT changed();
}

bool Bookmarks::remove(int index) {
  if (index < 0 || index >= static_cast<int>(m_list.size())) return false;
  m_list.erase(m_list.begin() + index);
  Q_EMIT changed();
  return true;
}

bool Bookmarks::rename(int index, const QString& name) {
  if (index < 0 || index >= static_cast<int>(m_list.size()) || name.trimmed().isEmpty()) return false;
  m_list[static_cast<std::size_t>(index)].name = name.trimmed();
  Q_EMIT changed();
  return true;
}

}  // namespace okhotsk::app
