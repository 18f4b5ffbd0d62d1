// SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "japanese_lunisolar_table.h"

namespace okhotsk::lunisolar {

namespace {

// Where the figures come from
// ---------------------------
// The first days of the months and the intercalary months below are transcribed from the
// Japanese new-moon-and-intercalation table (朔閏表) "Japanese" of the when_exe calendar
// library by Takashi SUGA (github.com/suchowan/when_exe, lib/when_exe/region/japanese/
// calendars.rb, commit aa52953), which gives each lunisolar year as its sequence of long
// (30-day) and short (29-day) months with the intercalary month marked, counted from a
// stated Julian Day Number; the Gregorian dates here were worked out from those lengths and
// written in our own form. Taichi Kawabata's cal-japan.el for Emacs (github.com/kawabata/
// cal-japan, file cal-japan.el, commit fd0ab28) holds a table of month lengths that its
// commentary says is based on when_exe; decoded, its rows for 1853-1872 give the same first
// days and intercalary months as below. Being taken from when_exe, it is a copy of the same
// source, not a second one.
//
// Checked independently of that table, month by month:
// - ja.wikipedia.org, articles 安政, 万延, 元治 and 慶応, section 西暦との対照表 (the 元治 table read
//   in a mirror of the article, wikippe.e-do-match.com): every month's first day of 1854
//   (嘉永7年, with 閏7月), 1855 (安政2年), 1860-1861 (万延元年-2年, with 閏3月), 1864 (元治元年)
//   and 1865-1868 (慶応元年-4年, with 閏5月 and 閏4月, to the 9th month of 1868) agrees with the
//   rows below. The 嘉永 article's table makes 嘉永5年12月 a short month from 1853-01-10, which
//   puts 嘉永6年1月1日 on 1853-02-08, the first day below.
// Checked by single days, each given with both its lunisolar and its Gregorian date (all agree
// with the rows below; tests/core/calendar_test.cpp checks each):
// - The proclamation days of 安政 (1855-01-15), 万延 (1860-04-08), 文久 (1861-03-29),
//   元治 (1864-03-27), 慶応 (1865-05-01) and 明治 (慶応4年9月8日 = 1868-10-23), as given by
//   ja.wikipedia.org (articles of each era, section 改元).
// - 1853: Perry at Uraga, 嘉永6年6月3日 = 07-08; Putyatin at Nagasaki, 7月18日 = 08-22
//   (ja.wikipedia.org, 嘉永). 1854-1855: the Treaty of Kanagawa, 嘉永7年3月3日 = 1854-03-31, and
//   the Treaty of Shimoda, 安政元年12月21日 = 1855-02-07, as commonly given.
// - 1856: Harris lands at Shimoda, 安政3年7月21日 = 08-21 (Shimoda local museum,
//   shimoda-museum.jp).
// - 1857: 5月26日 = 06-17, 8月29日 = 10-16 and 10月21日 = 12-07 (ja.wikipedia.org, 1857年). They
//   put four months between 5月1日 (05-23) and 8月1日 (09-18), so the year has an intercalary
//   5th, 6th or 7th month; that it is 閏5月 rests on when_exe (and the reconstruction below).
// - 1858-1859: 日米修好通商条約 signed 安政5年6月19日 = 1858-07-29, in force 安政6年6月5日 =
//   1859-07-04 (ja.wikipedia.org, 日米修好通商条約).
// - 1860: 桜田門外の変, 安政7年3月3日 = 03-24 (ja.wikipedia.org, 安政).
// - 1862: 生麦事件, 文久2年8月21日 = 09-14, as commonly given (e.g. the 幕末日誌 at
//   www4.plala.or.jp/bakumatsu); Matsudaira Katamori made 京都守護職 on 文久2年閏8月1日
//   (chronologies of his life) = 1862-09-24 (accounts that give the Gregorian date), which
//   confirms 閏8月 and its first day.
// - 1863: 八月十八日の政変, 文久3年8月18日 = 09-30 (ja.wikipedia.org, 八月十八日の政変).
// - 1867-1869: 大政奉還, 慶応3年10月14日 = 1867-11-09, and 王政復古, 慶応3年12月9日 = 1868-01-03,
//   as commonly given; 1869-01-01 = 明治元年11月19日 (ja.wikipedia.org, 明治元年); 版籍奉還,
//   明治2年6月17日 = 1869-07-25 (ja.wikipedia.org, 版籍奉還 and 廃藩置県).
// - 1870: 工部省 set up on 明治3年閏10月20日 = 12-12 (ja.wikipedia.org, 工部省), which confirms
//   閏10月 and its place.
// - 1871: 廃藩置県, 明治4年7月14日 = 08-29 (ja.wikipedia.org, 廃藩置県); 学制取調掛 appointed
//   明治4年12月2日 = 1872-01-11 (ja.wikipedia.org, 1872年), which puts 12月1日 on 1872-01-10.
// - 1872: the post opened in Tokyo, 明治5年3月1日 = 04-08 (ja.wikipedia.org, 1872年); the
//   calendar reform of 明治5年11月9日 = 12-09 (ja.wikipedia.org, 明治改暦); 明治5年12月2日 =
//   12-31, the day before 1873-01-01 (明治6年1月1日), so the 12th month began on 12-30.
// Semi-independent check: an astronomical reconstruction made for this comparison (new moons
// and principal solar terms after Meeus, Astronomical Algorithms, ch. 25 and 49; days counted
// from local midnight at Kyoto, 135.77°E; the month holding the winter solstice is the 11th;
// in a solstice-to-solstice span of 13 months the first month without a principal term is
// intercalary) gives the same seven intercalary months and the same first day for 246 of the
// 247 months. The exception is 明治4年12月: its new moon falls a minute after local midnight
// on 1872-01-11 by modern reckoning, while the dated day 1872-01-11 = 12月2日 above keeps the
// table's 1872-01-10. Modern astronomy is not the Tenpō calendar's own computation, so this
// shows that the rows are plausible, not that they are right.
// Not done: a month-by-month comparison with the National Astronomical Observatory of
// Japan's 日本の暦日データベース (eco.mtk.nao.ac.jp/koyomi) or with Uchida Masao's
// 日本暦日原典, which could not be reached from where this table was written. The months of
// 1853, 1856-1859, 1862-1863 and 1869-1872 that no single day above falls in rest on when_exe
// and the reconstruction only.
constexpr std::array<YearRow, 20> kYears{{
    {1853,
     0,
     {18530208, 18530310, 18530408, 18530508, 18530607, 18530706, 18530805, 18530903, 18531003, 18531101,
      18531201, 18531230}},  // 嘉永6年
    {1854,
     7,
     {18540129, 18540227, 18540329, 18540427, 18540527, 18540625, 18540725, 18540824, 18540922, 18541022,
      18541120, 18541220, 18550118}},  // 嘉永7年・安政元年
    {1855,
     0,
     {18550217, 18550318, 18550417, 18550516, 18550614, 18550714, 18550813, 18550911, 18551011, 18551110,
      18551209, 18560108}},  // 安政2年
    {1856,
     0,
     {18560206, 18560307, 18560405, 18560504, 18560603, 18560702, 18560801, 18560830, 18560929, 18561029,
      18561128, 18561227}},  // 安政3年
    {1857,
     5,
     {18570126, 18570224, 18570326, 18570424, 18570523, 18570622, 18570721, 18570820, 18570918, 18571018,
      18571117, 18571216, 18580115}},  // 安政4年
    {1858,
     0,
     {18580214, 18580315, 18580414, 18580513, 18580611, 18580711, 18580809, 18580907, 18581007, 18581106,
      18581205, 18590104}},  // 安政5年
    {1859,
     0,
     {18590203, 18590305, 18590403, 18590503, 18590601, 18590630, 18590730, 18590828, 18590926, 18591026,
      18591124, 18591224}},  // 安政6年
    {1860,
     3,
     {18600123, 18600222, 18600322, 18600421, 18600521, 18600619, 18600718, 18600817, 18600915, 18601014,
      18601113, 18601212, 18610111}},  // 安政7年・万延元年
    {1861,
     0,
     {18610210, 18610311, 18610410, 18610510, 18610608, 18610708, 18610806, 18610905, 18611004, 18611103,
      18611202, 18611231}},  // 万延2年・文久元年
    {1862,
     8,
     {18620130, 18620301, 18620330, 18620429, 18620529, 18620627, 18620727, 18620825, 18620924, 18621023,
      18621122, 18621221, 18630120}},  // 文久2年
    {1863,
     0,
     {18630218, 18630319, 18630418, 18630518, 18630616, 18630716, 18630814, 18630913, 18631013, 18631111,
      18631211, 18640109}},  // 文久3年
    {1864,
     0,
     {18640208, 18640308, 18640406, 18640506, 18640604, 18640704, 18640802, 18640901, 18641001, 18641031,
      18641129, 18641229}},  // 文久4年・元治元年
    {1865,
     5,
     {18650127, 18650226, 18650327, 18650425, 18650525, 18650623, 18650723, 18650821, 18650920, 18651020,
      18651118, 18651218, 18660117}},  // 元治2年・慶応元年
    {1866,
     0,
     {18660215, 18660317, 18660415, 18660515, 18660613, 18660712, 18660810, 18660909, 18661009, 18661107,
      18661207, 18670106}},  // 慶応2年
    {1867,
     0,
     {18670205, 18670306, 18670405, 18670504, 18670603, 18670702, 18670731, 18670829, 18670928, 18671027,
      18671126, 18671226}},  // 慶応3年
    {1868,
     4,
     {18680125, 18680223, 18680324, 18680423, 18680522, 18680620, 18680720, 18680818, 18680916, 18681016,
      18681114, 18681214, 18690113}},  // 慶応4年・明治元年
    {1869,
     0,
     {18690211, 18690313, 18690412, 18690512, 18690610, 18690709, 18690808, 18690906, 18691005, 18691104,
      18691203, 18700102}},  // 明治2年
    {1870,
     10,
     {18700201, 18700302, 18700401, 18700501, 18700530, 18700629, 18700728, 18700827, 18700925, 18701025,
      18701123, 18701222, 18710121}},  // 明治3年
    {1871,
     0,
     {18710219, 18710321, 18710420, 18710519, 18710618, 18710718, 18710816, 18710915, 18711014, 18711113,
      18711212, 18720110}},  // 明治4年
    {1872,
     0,
     {18720209, 18720309, 18720408, 18720507, 18720606, 18720706, 18720804, 18720903, 18721003, 18721101,
      18721201, 18721230}},  // 明治5年
}};

// Eras from their proclamation day (改元の日), as lunisolar dates; the same sources as above.
// 明治 was proclaimed on 慶応4年9月8日 (1868-10-23) and applied to the whole of that year, so
// it starts here on 慶応4年1月1日 and 慶応 ends with 慶応3年.
constexpr std::array<EraRow, 7> kEras{{
    {1848, 2, 28, "Kaei", "嘉永", "Каэй"},  // 弘化5年2月28日, before the table
    {1854, 11, 27, "Ansei", "安政", "Ансэй"},
    {1860, 3, 18, "Man'en", "万延", "Манъэн"},
    {1861, 2, 19, "Bunkyū", "文久", "Бункю"},
    {1864, 2, 20, "Genji", "元治", "Гэндзи"},
    {1865, 4, 7, "Keiō", "慶応", "Кэйо"},
    {1868, 1, 1, "Meiji", "明治", "Мэйдзи"},
}};

}  // namespace

std::span<const YearRow> years() noexcept {
  return kYears;
}

std::span<const EraRow> eras() noexcept {
  return kEras;
}

}  // namespace okhotsk::lunisolar
