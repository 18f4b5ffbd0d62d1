#include "session/display_settings.h"

namespace okhotsk::app {

void DisplaySettings::setLanguage(Language language) {
  if (language == m_language) return;
  m_language = language;
  Q_EMIT languageChanged(language);
}

void DisplaySettings::setNamingOrder(NamingOrder order) {
  if (order == m_namingOrder) return;
  m_namingOrder = order;
  Q_EMIT namingOrderChanged(order);
}

}  // namespace okhotsk::app
