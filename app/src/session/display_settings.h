#pragma once

#include "okhotsk/language.h"

#include <QObject>

namespace okhotsk::app {

/// How names and text are shown everywhere: the interface/data language and the order of
/// a disputed place's two names. Views read it when they paint and listen to its signals.
class DisplaySettings : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  [[nodiscard]] Language language() const noexcept { return m_language; }
  [[nodiscard]] NamingOrder namingOrder() const noexcept { return m_namingOrder; }

 public Q_SLOTS:
  void setLanguage(okhotsk::Language language);
  void setNamingOrder(okhotsk::NamingOrder order);

 Q_SIGNALS:
  void languageChanged(okhotsk::Language language);
  void namingOrderChanged(okhotsk::NamingOrder order);

 private:
  Language m_language = Language::English;
  NamingOrder m_namingOrder = NamingOrder::JapaneseFirst;
};

}  // namespace okhotsk::app
