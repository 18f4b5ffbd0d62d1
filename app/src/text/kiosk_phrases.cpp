#include "text/kiosk_phrases.h"

#include <array>
#include <cstddef>

namespace okhotsk::app {

namespace {

constexpr std::array<std::array<const char*, 3>, static_cast<std::size_t>(KioskPhrase::Count)> kPhrases{{
    {"Okhotsk Atlas", "オホーツク・アトラス", "Охотский атлас"},
    {"Japan and Russia, 1855 to today: the Kuril Islands and Sakhalin",
     "日本とロシア、1855年から今日まで：千島列島と樺太・サハリン",
     "Япония и Россия с 1855 года до наших дней: Курильские острова и Сахалин"},
    {"Start over", "最初から", "Сначала"},
    {"◀ Previous", "◀ 前へ", "◀ Назад"},
    {"▶ Play", "▶ 再生", "▶ Пуск"},
    {"❚❚ Pause", "❚❚ 一時停止", "❚❚ Пауза"},
    {"Next ▶", "次へ ▶", "Далее ▶"},
    {"Touch an island or a marker to read its story. Drag the timeline to travel in time; pinch the map "
     "to zoom.",
     "島や印に触れると、その歴史が表示されます。年表をなぞると時代を移動でき、地図は二本指で拡大できます。",
     "Коснитесь острова или метки, чтобы прочитать их историю. Ведите пальцем по шкале времени; "
     "масштаб карты меняется двумя пальцами."},
    {"Touch the screen to explore", "画面に触れて探索しましょう", "Коснитесь экрана, чтобы начать"},
    {"Sources", "出典", "Источники"},
    {"Not confirmed by the sources", "出典で未確認", "Не подтверждено источниками"},
    {"Staff PIN", "係員用暗証番号", "PIN-код персонала"},
    {"Cancel", "取消", "Отмена"},
}};

}  // namespace

QString kioskPhrase(KioskPhrase phrase, Language language) {
  const auto row = static_cast<std::size_t>(phrase);
  const auto column = static_cast<std::size_t>(language);
  if (row >= kPhrases.size() || column >= kPhrases[row].size()) return {};
  return QString::fromUtf8(kPhrases[row][column]);
}

}  // namespace okhotsk::app
