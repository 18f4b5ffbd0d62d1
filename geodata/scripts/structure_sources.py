#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""One-off conversion, run once (December 2026, issue #11): kept as the record of how the
structured columns of geodata/dataset/sources.csv were first filled. Do not run it again on
an edited sources.csv; edit the columns by hand instead.

What it did: added the columns type, authors, title, container, publisher, issued, pages,
archive, accessed and language to geodata/dataset/sources.csv, and filled them from the table
below. The table was written by hand from each row's citation, urls and note alone: every
title, container, publisher, page and archive below is a part of that row's citation text
(the script checks it), every author's family name is in the citation, and every year of
`issued` is in the citation, urls or note. A field that those do not give is left empty.
`accessed` is empty for every row, since the dataset records no access dates. The columns
id, citation, urls, note and quality are written back unchanged.

Usage: structure_sources.py geodata/dataset/sources.csv   (rewrites the file in place)
"""

from __future__ import annotations

import csv
import re
import sys

NEW_COLUMNS = ["type", "authors", "title", "container", "publisher", "issued", "pages", "archive", "accessed",
               "language"]
TYPES = {"treaty_text", "archival_record", "official_statement", "scholarly_work", "press", "reference_work",
         "dataset"}

MOFA = "Ministry of Foreign Affairs of Japan"
MIDRU = "Ministry of Foreign Affairs of the Russian Federation"
FRUS_PUB = "US Department of State, Office of the Historian"
KREMLIN = "President of Russia"
WP = "Wikipedia contributors"
COMP = "Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia"
WJ = "The World and Japan"
WJ_PUB = "GRIPS / University of Tokyo"
JT = "The Japan Times"
JF = "Jamestown Foundation"

# id: dict(type, authors, title, container, publisher, issued, pages, archive, language)
T = {}
def s(id, type, title="", authors=(), container="", publisher="", issued="", pages="", archive="", lang=""):
    assert id not in T, id
    T[id] = dict(type=type, authors=list(authors), title=title, container=container, publisher=publisher,
                 issued=issued, pages=pages, archive=archive, language=lang)

def frus(id, container, doc, title="", issued=""):
    s(id, "archival_record", title or doc, container=container, publisher=FRUS_PUB, issued=issued, pages=doc, lang="en")

def wiki(id, title, container="English Wikipedia", lang="en", issued=""):
    s(id, "reference_work", title, authors=[WP], container=container, issued=issued, lang=lang)

def press(id, container, title="", issued="", lang="en", authors=(), publisher=""):
    s(id, "press", title, authors=authors, container=container, publisher=publisher, issued=issued, lang=lang)

# --- governments, treaty texts and document editions
s("mofa_territory_index", "official_statement", "Japan's Northern Territories", [MOFA], lang="en")
s("mofa_compendium_period2", "archival_record",
  "part 2: Treaty of Commerce, Navigation and Delimitation (1855) and Treaty for the Exchange of Sakhalin for the Kurile Islands (1875)",
  [MOFA, MIDRU], container=COMP, issued="1992", lang="en")
s("mofa_compendium_period4", "archival_record", "part 4: San Francisco Peace Conference (1951)",
  [MOFA, MIDRU], container=COMP, issued="1992", lang="en")
s("mofa_compendium_period6", "archival_record", "part 6: Japanese-Soviet Joint Communique of 18 April 1991",
  [MOFA, MIDRU], container=COMP, issued="1992", lang="en")
s("mofa_moscow_declaration_1998", "treaty_text",
  "Moscow Declaration on Establishing a Creative Partnership between Japan and the Russian Federation",
  [MOFA], container="Joint Compendium", issued="1998-11", lang="en")
s("mofa_statement_1999", "official_statement", "announcement of August 1999", [MOFA], issued="1999-08", lang="en")
s("mofa_summit2000_summary", "official_statement", "summary of the Japan-Russia summit meeting, Tokyo, September 2000",
  [MOFA], lang="en")
s("mofa_irkutsk_2001", "official_statement", "Japan-Russia summit meeting in Irkutsk", [MOFA], issued="2001-03-25", lang="en")
s("mofa_bluebook_1989", "official_statement", "Diplomatic Bluebook 1989", [MOFA], issued="1989",
  pages="chapter 2, section 1", lang="en")
s("mofa_treaty_1966", "treaty_text", "1966 Japan-USSR agreement", [MOFA], issued="1966",
  archive="treaty database entry A-S41-283", lang="ja")
s("cas_territory_maps", "official_statement", "research report column on official maps", ["Cabinet Secretariat of Japan"],
  publisher="Office of Policy Planning and Coordination on Territory and Sovereignty",
  pages="chapter 1, supplementary column 2", lang="en")
s("hoppou_history6", "official_statement", "learning pages on the Northern Territories: history, part 6 (1941-1945)",
  ["Northern Territories Issue Association"], lang="ja")
s("pref_hokkaido_northern_territories", "official_statement", "What are the Northern Territories?",
  ["Hokkaido Government"], lang="en")
s("betsukai_hoppo_mondai", "official_statement", "What is the Northern Territories issue?", ["Betsukai Town"], lang="ja")
frus("frus_1905_d915", "Foreign Relations of the United States 1905", "document 915", "Treaty of Portsmouth")
frus("frus_1945_v06_d402", "Foreign Relations of the United States 1945, vol. VI (The British Commonwealth, the Far East)",
     "document 402")
frus("frus_1955_57_v23_d52", "Foreign Relations of the United States 1955-1957, vol. XXIII part 1 (Japan)", "document 52")
frus("frus_1958_60_v18_d147", "Foreign Relations of the United States 1958-1960, vol. XVIII (Japan; Korea)", "document 147")
s("oir_7651", "archival_record", "Japan-USSR Economic Agreements",
  publisher="US Department of State, Office of Intelligence Research", issued="1958-01-15",
  archive="Internet Archive", lang="en")
s("cia_1972_soviet_japanese_trade", "archival_record", "Trends in Soviet-Japanese Trade",
  ["US Central Intelligence Agency"], issued="1972-05",
  archive="CIA reading room, CIA-RDP85T00875R001700030081-7", lang="en")
s("dfat_1945_doc166", "archival_record", "Addison to Commonwealth Government",
  container="Documents on Australian Foreign Policy, vol. 8 (1945)", pages="document 166", lang="en")
s("ibiblio_soviet_dow_1945", "treaty_text", "Soviet Declaration of War on Japan", container="HyperWar",
  issued="1945-08-08", lang="en")
s("cable_1976tokyo00506", "archival_record", "diplomatic cable 1976TOKYO00506", ["US Embassy Tokyo"], issued="1976-01",
  archive="WikiLeaks Public Library of US Diplomacy", lang="en")
s("cable_1976tokyo00581", "archival_record", "diplomatic cable 1976TOKYO00581", ["US Embassy Tokyo"], issued="1976-01",
  archive="WikiLeaks Public Library of US Diplomacy", lang="en")
s("cable_90tokyo3841", "archival_record", "diplomatic cable 90TOKYO3841", ["US Embassy Tokyo"], issued="1990-03",
  archive="WikiLeaks mirror", lang="en")
s("kremlin_2000_statement", "official_statement",
  "statement of the Russian President and the Prime Minister of Japan on the peace treaty issue",
  container=KREMLIN, issued="2000-09", lang="en")
s("kremlin_2001_irkutsk", "official_statement", "transcript, Irkutsk, 25 March 2001", container=KREMLIN,
  issued="2001-03-25", lang="en")
s("prlib_basic_convention", "reference_work",
  "signing of the Soviet-Japanese Convention on basic principles of relations (1925)", container="history calendar",
  publisher="Presidential Library named after B. N. Yeltsin", lang="en")
s("worldjpn_1956_declaration", "treaty_text", "Japan-Soviet Joint Declaration", container=WJ, publisher=WJ_PUB,
  issued="1956-10-19", lang="ja")
s("worldjpn_1966_trade_agreement", "treaty_text", "Japan-USSR trade and payments agreement", container=WJ,
  publisher=WJ_PUB, issued="1966-01-21", lang="ja")
s("worldjpn_1973_communique", "treaty_text", "Japanese-Soviet Joint Communique", container=WJ, publisher=WJ_PUB,
  issued="1973-10-10", lang="ja")
s("worldjpn_1993_tokyo_declaration", "treaty_text", "Tokyo Declaration on Japan-Russia Relations", container=WJ,
  publisher=WJ_PUB, issued="1993-10-13", lang="en")
s("garant_1966_agreement", "treaty_text", "1966 USSR-Japan agreement", container="Garant.ru legal database",
  issued="1966", archive="Garant.ru legal database, document 2559935", lang="ru")
s("wilson_198180", "archival_record", "record of the Tanaka-Brezhnev talks", issued="1973-10-08",
  archive="Wilson Center Digital Archive, document 198180", lang="en")
s("wilson_198181", "archival_record", "record of the Tanaka-Brezhnev talks", issued="1973-10-09",
  archive="Wilson Center Digital Archive, document 198181", lang="en")
s("kokkai_1956_05_11", "archival_record", "Diet proceedings of 11 May 1956", publisher="National Diet Library",
  issued="1956-05-11", lang="ja")
s("portsmouth_treaty_text", "treaty_text", "Treaty of Portsmouth", pages="528", lang="en")
s("portsmouth_ratification_pdfslide", "treaty_text", "Traite de paix signe a Portsmouth ... 1905", issued="1905",
  lang="fr")
s("sfpt_text_cambridge", "treaty_text", "Treaty of Peace with Japan",
  container="China's Naval Operations in the South China Sea", publisher="Cambridge University Press",
  issued="1951-09-08", lang="en")
s("sfpt_text_vcn", "treaty_text", "Treaty of Peace with Japan", container="vcn.bc.ca", issued="1951", lang="en")
s("sfpt_scribd_229", "treaty_text", "229 Treaty of Peace with Japan", container="Scribd", lang="en")
s("kcl_tad_documents", "treaty_text",
  "texts of the 1941 Soviet-Japanese Neutrality Pact and the 1945 Yalta Agreement",
  container="King's College London blog", lang="en")
s("loc_japan_study", "scholarly_work", "Japan: A Country Study",
  publisher="Library of Congress, Federal Research Division", issued="1994", lang="en")
s("loc_ussr_study", "scholarly_work", "Soviet Union: A Country Study",
  publisher="Library of Congress, Federal Research Division", issued="1991", lang="en")

# --- encyclopaedias, Wikipedia and other reference pages
wiki("seed_article", "Japanese-Soviet relations", issued="2006~")
wiki("wikipedia_japan_ussr_relations", "Japan-Soviet Union relations")
wiki("wikipedia_st_petersburg_1875", "Treaty of Saint Petersburg (1875)")
wiki("wikipedia_portsmouth", "Treaty of Portsmouth")
wiki("wikipedia_invasion_sakhalin_1905", "Japanese invasion of Sakhalin")
wiki("wikipedia_basic_convention", "Soviet-Japanese Basic Convention")
wiki("wikipedia_ru_north_sakhalin_occupation", "Японская оккупация Северного Сахалина", "Russian Wikipedia", "ru")
wiki("wikipedia_border_conflicts", "Soviet-Japanese border conflicts")
wiki("wikipedia_battle_of_shumshu", "Battle of Shumshu")
wiki("wikipedia_invasion_south_sakhalin", "Soviet invasion of South Sakhalin")
wiki("wikipedia_es_invasion_south_sakhalin", "Invasion sovietica del sur de Sajalin", "Spanish Wikipedia", "es")
wiki("wikipedia_ru_south_sakhalin_oblast", "Южно-Сахалинская область", "Russian Wikipedia", "ru")
s("wikia_sakhalin_oblast", "reference_work", "Sakhalin Oblast", container="The Politics wiki", lang="en")
s("weblio_soviet_occupation", "reference_work", "ソ連による占領・実効支配", container="Weblio", lang="ja")
wiki("wikipedia_joint_declaration_1956", "Soviet-Japanese Joint Declaration of 1956")
wiki("wikiwand_japan_china_treaty", "Treaty of Peace and Friendship between Japan and China")
wiki("wikipedia_fr_vinogradov", "Vladimir Vinogradov", "French Wikipedia", "fr")
wiki("wikipedia_habomai", "Habomai Islands")
wiki("wikipedia_hokkaido_it", "Prefectura de Hokkaido", "", "")  # the mirror does not say which Wikipedia
s("ruwiki_yuzhno_kurilsk", "reference_work", "Южно-Курильск", container="Ruwiki", lang="ru")
s("slovotolk_yuzhno_kurilsk", "reference_work", "Южно-Курильск", container="slovotolk.ru", lang="ru")
s("liquisearch_kuril_dispute", "reference_work", "Kuril Islands dispute", container="LiquiSearch", lang="en")
s("slavorum_iturup", "reference_work", "Iturup: the South Kuril Islands", container="Slavorum", lang="en")
s("wiwikim_south_kurils_dispute", "reference_work", "南千島群島爭議", container="Chinese Wikipedia", lang="zh")
s("gse_soviet_japanese_agreements", "reference_work", "Soviet-Japanese Agreements",
  container="Great Soviet Encyclopedia", issued="1970/1979", lang="en")
s("kotobank_bulganin_line", "reference_work", "ブルガーニン・ライン", container="Kotobank", lang="ja")
s("kotobank_nisso_boeki", "reference_work", "日ソ貿易", container="Heibonsha World Encyclopedia", lang="ja")
s("universalis_1991_gorbachev", "reference_work",
  "16-18 avril 1991, U.R.S.S.-Japon: visite du president Mikhail Gorbatchev a Tokyo",
  container="Encyclopaedia Universalis", lang="fr")
s("universalis_1993_yeltsin", "reference_work",
  "11-21 octobre 1993, Russie-Japon: visite du president Boris Eltsine a Tokyo",
  container="Encyclopaedia Universalis", lang="fr")
s("ie1914_russo_japanese_war", "reference_work", "Russian-Japanese War",
  container="1914-1918-online, International Encyclopedia of the First World War", lang="en")
s("omniatlas_1904", "reference_work", "historical map of Northern Eurasia, 7 February 1904", container="Omniatlas",
  lang="en")
s("codenames_kurile_landing", "reference_work", "Kurile Islands Landing Operation", container="codenames.info", lang="en")
s("karafuto_ie_t_s116", "reference_work", "Toyohara and the Soviet administration of South Sakhalin",
  container="Karafuto history site")
press("hjnahistoria_khalkhin_gol", "HJNA Historia",
      "16/9 - Travada a batalha de Khalkhin Gol entre Japao e Uniao Sovietica", lang="pt")
s("historysnacks_un_1956", "reference_work", "Japan is admitted to the United Nations", container="HistorySnacks",
  lang="en")
s("nongli_un_1956", "reference_work", container="nongli.85384.com", lang="zh")
s("napstic_2025", "scholarly_work", issued="2025", lang="zh")
s("hara_difficult_peace", "scholarly_work", "Japanese-Soviet/Russian Relations since 1945: A Difficult Peace",
  ["Hara, Kimie"], publisher="Routledge", issued="1998", lang="en")
s("terada_trade_system", "scholarly_work",
  "The system of trade between Japan and the East European countries including the Soviet Union",
  ["Terada"], container="docslib", lang="en")
s("docslib_normalization_talks_1955_56", "scholarly_work", "Soviet-Japanese normalization talks in 1955-56",
  container="docslib", lang="en")
s("docslib_gorbachev_visit", "scholarly_work", "Gorbachev's visit to Japan and Soviet-Japanese relations",
  container="docslib", lang="en")
s("doczz_ohira_government", "scholarly_work", "The Japanese government of Prime Minister Ohira Masayoshi ...",
  container="doczz.net", lang="en")
s("nippon_history_ru_st125", "scholarly_work", container="nippon-history.ru", lang="ru")
s("iwate_miyamoto_occupation", "scholarly_work", authors=["Miyamoto"], publisher="Iwate University")
s("foreign_affairs_1973", "scholarly_work", "Japan and Russia: The View from Tokyo", container="Foreign Affairs",
  issued="1973-10", lang="en")
s("foreign_affairs_toshiba", "scholarly_work", container="Foreign Affairs", issued="1987/1988", lang="en")
s("kcl_toshiba_kongsberg", "scholarly_work", "The Toshiba-Kongsberg case", publisher="King's College London", lang="en")
s("scaryreality_toshiba", "reference_work", container="scaryreality.com", lang="en")
s("librarytj_ussr_japan", "reference_work", "Politics, economics: USSR-Japan at the end of the Cold War",
  container="library.tj", lang="en")

# --- press
press("japantimes_2004_border", JT, "Repeated treaties kept border in state of flux", "2004-09-09")
press("japantimes_2000_pows", JT, "Soviets used POWs as pawns", "2000-12-20")
press("japantimes_2022_shumshu", JT, "", "2022-09-05")
press("japantimes_1998_04_14", JT, "Russia turmoil mars Yeltsin treaty quest", "1998-04-14")
press("japantimes_2000_09_06", JT, "Mori, Putin make little progress", "2000-09-06")
press("japantimes_2018_1960_papers", JT,
      "Moscow says 1960 papers demanding pullout of foreign troops from Japan a factor in peace treaty talks with Tokyo",
      "2018-12-14")
press("nippon_com_2018_1960", "nippon.com", "Moscow cites 1960 documents over peace treaty talks with Japan",
      "2018-12-14", authors=["Jiji Press"])
press("nippon_com_2022", "nippon.com", "Russia halts peace treaty talks with Japan", "2022-03-22", authors=["Jiji Press"])
press("japantoday_2022", "Japan Today", "Russia to halt peace treaty talks with Japan over sanctions", "2022-03",
      authors=["Kyodo"])
press("sankei_2020_08_27", "Sankei Shimbun", "", "2020-08-27", "ja")
press("sankei_2020_08_29", "Sankei Shimbun", "", "2020-08-29", "ja")
press("time_1965_12_31", "Time", "", "1965-12-31")
press("time_1972_02_07", "Time", "", "1972-02-07")
press("time_1979_10_15", "Time", "", "1979-10-15")
press("factsonfile_1978_08_25", "Facts On File World News Digest", "", "1978-08-25")
press("latimes_1986_01_19", "Los Angeles Times", "", "1986-01-19")
press("latimes_1991_04_16", "Los Angeles Times", "", "1991-04-16")
press("latimes_1991_04_20", "Los Angeles Times", "", "1991-04-20")
press("latimes_1993_07_09", "Los Angeles Times", "", "1993-07-09")
press("deseret_1992_09_09", "Deseret News", "Yeltsin calls Miyazawa, scuttles visit to Japan", "1992-09-09")
press("independent_1992_yeltsin", "The Independent", "Japan denies blame for Yeltsin staying away", "1992-09")
press("independent_1993_yeltsin_visit", "The Independent", "", "1993-10")
press("independent_1997_krasnoyarsk", "The Independent", "", "1997-11")
press("hina_1991_recognition", "HINA", "", "1991-12-27", lang="")
press("jamestown_krasnoyarsk_success", "Monitor", "Yeltsin-Hashimoto talks declared a success", "1997-11", publisher=JF)
press("jamestown_krasnoyarsk_disagreement", "Monitor", "Disagreement surfaces on Yeltsin-Hashimoto accord", "1997-11",
      publisher=JF)
press("jamestown_kawana", "Monitor", "Yeltsin and Hashimoto announce initiatives", "1998-04", publisher=JF)
press("jamestown_moscow_1998", "Monitor", "Yeltsin falters, but Moscow and Tokyo claim summit success", "1998-11",
      publisher=JF)
press("jamestown_russo_japanese_trade", "Monitor", "Russo-Japanese trade", "1997", publisher=JF)
press("rferl_1998", "Radio Free Europe/Radio Liberty", "", "1998-11")
press("washingtontimes_2010_medvedev", "The Washington Times", "Medvedev visits disputed isle; Tokyo protests",
      "2010-11-01", authors=["AP"])
press("japanbullet_2010_medvedev", "Japan Bullet", "Japan raps Medvedev visit to disputed Kunashiri Island", "2010-11")
press("urdupoint_2020_amendments", "UrduPoint", "Japan following with interest vote on amendments ...", "2020")
press("newsaz_2020_amendments", "News.az", "Russia's constitutional amendments enter into force July 4", "2020-07")
press("americanmilitarynews_2020_amendments", "American Military News",
      "Putin signs decree on constitutional amendments; changes take effect July 4", "2020-07")
press("tass_2016_919842", "TASS", "", "2016")
press("tass_2018_1030846", "TASS", "", "2018-11-14")
press("tass_2020_1173803", "TASS", "", "2020")
press("tass_724579", "TASS")
press("tass_1247293", "TASS")
press("tass_1736657", "TASS")
press("inkl_2018_singapore", "inkl", "Abe, Putin agree to speed treaty talks", "2018-11")
press("larouchepub_2018_singapore", "LaRouche PAC / EIR", "", "2018-11-14")
press("nuremberg_media_kurils_1946", "Nuremberg media", "Les iles Kouriles sont rattachees a l'URSS", "2021-02-02",
      "fr")
press("news_pravda_2025_basic_convention", "News-Pravda", "", "2025-01-20")
press("fujipost_expulsion", "Fuji Post", "", "", "")
s("voc_hoppou", "reference_work", "北方領土", lang="ja")
s("spf_island_studies_016", "scholarly_work", container="Island Studies", publisher="Sasakawa Peace Foundation",
  lang="ja")
s("goo_blog_haruwayuku", "reference_work", container="goo blog", issued="2022-05-20", lang="ja")
s("goo_blog_tenkasurounin", "reference_work", container="goo blog", lang="ja")
press("ckxx_mikoyan_1964", "", "", "", "")
s("okru_1976_gromyko", "reference_work", container="ok.ru")

# --- data sets, geography, later additions
s("cow_v4", "dataset", "Correlates of War Project Trade Data Set Codebook, Version 4.0",
  ["Barbieri, Katherine", "Keshk, Omar M. G."], issued="2016", lang="en")
s("gshhg", "dataset", "GSHHG, A Global Self-consistent, Hierarchical, High-resolution Geography Database",
  ["Wessel, P.", "Smith, W. H. F."], issued="2017", lang="en")
s("mofa_northern_territories", "official_statement", "Japan's Northern Territories", [MOFA], lang="en")
s("hoppou_islands", "official_statement", "outline of the islands", ["Cabinet Office of Japan"], lang="en")
s("weblio_habomai_islets", "reference_work", "歯舞群島を構成する島々", container="Weblio", lang="ja")
s("cao_hoppo_sugata", "official_statement", "北方領土の姿", ["Cabinet Office of Japan"], lang="ja")
s("lighthouse_japan_kaigara", "reference_work", "貝殻島灯台", container="Lighthouse Japan", lang="ja")
s("hoppoukanagawa_habomai", "reference_work", "歯舞群島", ["北方領土返還要求運動神奈川県民会議"], lang="ja")
s("wikiorg_oskolki", "reference_work", "Осколки (острова)", container="wiki-org.ru", lang="ru")
s("willmott_2009_sea_power", "scholarly_work",
  "The Last Century of Sea Power, vol. 1: From Port Arthur to Chanak, 1894-1922", ["Willmott, H. P."],
  publisher="Indiana University Press", issued="2009", lang="en")
frus("frus_1905_d908", "Foreign Relations of the United States 1905", "document 908",
     "the Secretary of State to the Japanese Minister", "1905-10-16")
s("portsmouth_text_brinkley", "treaty_text", "Treaty of Portsmouth", container="A History of the Japanese People",
  pages="786-787", lang="en")
s("usembassy_2020_anpo60", "official_statement",
  "The U.S.-Japan Alliance - The Gold Standard in Win-Win Defense Treaties", ["US Embassy and Consulates in Japan"],
  issued="2020", lang="en")
s("anpo_1960_text_studyres", "treaty_text",
  "Treaty of Mutual Cooperation and Security between the United States of America and Japan",
  container="studyres.com", issued="1960-01-19", lang="en")
s("mofa_pmv9811", "official_statement",
  "Official Visit to the Russian Federation by Prime Minister Keizo Obuchi, November 1998", [MOFA], lang="en")
s("worldjpn_1998_moscow_declaration", "treaty_text",
  "Moscow Declaration on Establishing a Creative Partnership between Japan and the Russian Federation",
  container=WJ, publisher=WJ_PUB, issued="1998-11-13", pages="325-329", lang="ja")
press("japantimes_1998_11_13", JT, "Japan, Russia declare 2000 peace treaty deadline", "1998-11-13")
press("jamestown_moscow_declaration_1998", "Monitor", "Russia and Japan pledge to develop creative partnership",
      "1998-11", publisher=JF)
s("kremlin_2016_lima", "official_statement", "Meeting with Prime Minister of Japan Shinzo Abe", container=KREMLIN,
  issued="2016-11-20", lang="en")
press("sputnik_2016_nagato", "Sputnik", "Putin thanks Abe for efforts aimed at strengthening Russia-Japan ties",
      "2016-12-15")
s("archontology_ussr", "reference_work", "Soviet Union: Polity Style 1922-1991", container="Archontology.org", lang="en")
s("dudarets_gorchakov", "scholarly_work", "Государственный канцлер А. М. Горчаков и решение сахалинского вопроса",
  ["Dudarets, G. A."], lang="ru")
frus("frus_1867_p2_d51", "Foreign Relations of the United States 1867, part 2", "document 51",
     "Minister Van Valkenburgh to Secretary Seward")
s("dallin_rise_of_russia_in_asia", "scholarly_work", "The Rise of Russia in Asia", ["Dallin, David J."],
  publisher="Yale University Press", issued="1949", lang="en")
s("florinsky_russia_history", "scholarly_work", "Russia: A History and an Interpretation", ["Florinsky, Michael T."],
  publisher="Macmillan", issued="1953", pages="1282", lang="en")
s("japanesewiki_russo_japanese_agreements", "reference_work", "Russo-Japanese Agreement",
  container="Japanese Wiki Corpus", lang="en")
s("decolonization_jp_tsuishikari", "reference_work", "I 対雁と樺太アイヌ", container="decolonization.jp", lang="ja")
s("kimpetatuy_forced_emigration", "reference_work",
  "日本政府によるアイヌ強制移住: 1875年サハリン島→北海道島, 1884年シュムシュ島→シコタン島",
  container="Kimpetatuy", issued="2022-06-14", lang="ja")
s("torii_1903_chishima_ainu", "scholarly_work", "千島アイヌ", ["Torii, Ryūzō"], issued="1903",
  archive="National Diet Library item 992519", lang="ja")
s("hakodate_russia_kojima", "scholarly_work",
  "小島倉太郎の遺品にみるその足跡: クリルアイヌの強制移住と北海道物産共進会", ["Ōya, Kyōsuke", "Tōmine, Ryōta"],
  publisher="Hakodate Society for the History of Japan-Russia Exchanges", issued="2015-02-16", lang="ja")
wiki("wikipedia_otsu_incident", "Ōtsu incident")
wiki("wikipedia_triple_intervention", "Triple Intervention")
wiki("wikipedia_nikolayevsk_incident", "Nikolayevsk incident")
frus("frus_1935_v03_d92", "Foreign Relations of the United States 1935, vol. III", "document 92",
     "Ambassador Grew to the Secretary of State on the sale of the Chinese Eastern Railway")
frus("frus_1944_v04_d779", "Foreign Relations of the United States 1944, vol. IV", "documents 771, 779 and 780",
     "Ambassador Harriman on the liquidation of the Japanese concessions in northern Sakhalin and the fisheries convention")
press("paperspast_1944_sakhalin", "Grey River Argus", "Japan & Soviet: new agreement on Sakhalin coal and oil",
      "1944-04-03")
T["paperspast_1944_sakhalin"]["archive"] = "Papers Past"
s("mhlw_siberia_2009", "official_statement", "シベリア抑留中死亡者に関する資料の調査について",
  publisher="Ministry of Health, Labour and Welfare of Japan", issued="2009-11", lang="ja")
s("ucdavis_siberia_timeline", "scholarly_work", "Timeline of Siberian Detainment", container="Japanese in Siberia",
  publisher="University of California, Davis", lang="en")
s("katasonova_2020_pows", "scholarly_work", "Japanese prisoners of war in the USSR: facts, versions, questions",
  ["Katasonova, E. L."], container="Russian Japanology Review", issued="2020", pages="52-67", lang="en")
frus("frus_1947_v06_d177", "Foreign Relations of the United States 1947, vol. VI", "document 177",
     "Acting Political Adviser in Japan to the Department of State", "1947-01-29")
s("scapin_1365", "archival_record", "Repatriation", ["GHQ/SCAP"], issued="1946-11-27",
  archive="SCAPIN database, Nagoya University", lang="en")
frus("frus_1947_v06_d285", "Foreign Relations of the United States 1947, vol. VI", "document 285",
     "Acting Political Adviser in Japan (Sebald) to the Secretary of State", "1947-12-24")
s("canpan_kouanmaru_1956", "reference_work",
  "1956年12月26日、シベリア抑留からの最後の引き揚げ船「興安丸」が舞鶴港へ入港", ["Museum of Maritime Science"],
  lang="ja")
s("un_scor_2470", "archival_record", "2470th meeting", container="Security Council Official Records, 38th year",
  publisher="United Nations", issued="1983-09-02", lang="en")
s("cia_kirkpatrick_1983", "official_statement",
  "Address by Ambassador Jeane Kirkpatrick to the UN Security Council on KAL flight 007", ["Kirkpatrick, Jeane"],
  issued="1983-09", archive="CIA reading room, CIA-RDP91B00874R000100260006-8", lang="en")
wiki("wikipedia_kal007", "Korean Air Lines Flight 007")
press("sputnik_jp_2022_09_06", "Sputnik Japan", "", "2022-09-06", "ja")
press("amic_2022_kurils", "Amic.ru", "РФ вышла из соглашения об облегченном посещении Курил японцами", "2022-09", "ru")
press("tass_2020_1189515", "TASS", "Tokyo suspends visa-free trips to southern Kurils until end of year", "2020-08-14")
s("mofa_pmv0301", "official_statement", "Joint Statement on the adoption of a Japan-Russia Action Plan", [MOFA],
  issued="2003-01-10", lang="en")
s("kremlin_2003_koizumi", "official_statement", "press statements with Prime Minister Koizumi", container=KREMLIN,
  issued="2003-01-10", lang="en")
press("ap_2006_kisshin_maru", "CBS News", "Russia fires on Japanese fishing boat", "2006-08-16",
      authors=["Associated Press"])
press("xinhua_2006_russian_mfa", "China.org.cn", "", "2006-08-17", authors=["Xinhua"])
s("kremlin_2009_lng", "official_statement", "report of the opening of the LNG plant of the Sakhalin-2 project",
  container=KREMLIN, issued="2009-02-18", lang="en")
s("kantei_2009_sakhalin", "official_statement", "The Prime Minister visits Sakhalin",
  ["Prime Minister of Japan and His Cabinet"], issued="2009-02-18", lang="en")
press("watoday_2023_belenko", "WAtoday", "Russian MiG-25 defector flew under the radar", "2023-11-23")
wiki("wikipedia_belenko", "Defection of Viktor Belenko")
frus("frus_1955_57_v11_d239", "Foreign Relations of the United States 1955-1957, vol. XI", "document 239",
     "position paper for the delegation to the eleventh session of the UN General Assembly (1956)")
press("asiatimes_2016_un_japan", "Asia Times", "Japan's road to United Nations membership, 1956", "2016-12")
s("mofa_shimoda_ratification", "archival_record", "ratification of the Treaty of Shimoda", [MOFA],
  archive="Diplomatic Archives", lang="ja")
frus("frus_1905_d909", "Foreign Relations of the United States 1905", "document 909",
     "Chargé Eddy to the Secretary of State", "1905-10")
s("bse_far_eastern_republic", "reference_work", "Дальневосточная республика", container="Great Soviet Encyclopedia",
  lang="ru")
wiki("wikipedia_ru_provisional_government", "Временное правительство России", "Russian Wikipedia", "ru")
wiki("wikipedia_ru_dissolution_ussr", "Распад СССР", "Russian Wikipedia", "ru")
s("cyberleninka_kuzin_north_sakhalin_1917", "scholarly_work",
  "Северный Сахалин в контексте общероссийских революционных событий 1917 г.", ["Kuzin, A. T."],
  container="CyberLeninka", lang="ru")
s("mid_2019_lavrov_kono", "official_statement",
  "Foreign Minister Sergey Lavrov's statement and answers to media questions after talks with Foreign Minister of Japan Taro Kono",
  [MIDRU], issued="2019-01-14", lang="en")
press("rg_2019_lavrov_art107", "Rossiyskaya Gazeta", "Лавров: требования Японии о возврате Курил противоречат Уставу ООН",
      "2019-01-16", "ru")
wiki("wikipedia_ja_moemoshiri", "萌茂尻島", "Japanese Wikipedia", "ja")
s("nihonshima_habomai", "reference_work", "歯舞群島", container="nihonshima.net", lang="ja")
s("okhotsk_derived", "dataset", authors=["Okhotsk Atlas"], lang="en")
s("okhotsk_derived_cow", "dataset", authors=["Okhotsk Atlas"], lang="en")


def check(row: dict, fields: dict) -> list[str]:
    """What in `fields` the row's citation, urls and note do not bear out."""
    problems = []
    cite = row["citation"]
    if fields["type"] not in TYPES:
        problems.append(f"unknown type {fields['type']}")
    for key in ("title", "container", "publisher", "pages", "archive"):
        if fields[key] and fields[key] not in cite:
            problems.append(f"{key} '{fields[key]}' is not in the citation")
    for author in fields["authors"]:
        family = author.split(",")[0]
        if family not in cite:
            problems.append(f"author '{author}' is not in the citation")
    everything = " ".join((cite, row["urls"], row["note"]))
    for year in re.findall(r"\d{4}", fields["issued"]):
        if year not in everything and f"/{year[2:]}" not in everything:  # "1987/88"
            problems.append(f"issued year {year} is not in the citation, urls or note")
    return problems


def main(path: str) -> int:
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        old_columns = list(reader.fieldnames or [])
        rows = list(reader)
    if any(c in old_columns for c in NEW_COLUMNS):
        print(f"{path} already has structured columns; not converting again", file=sys.stderr)
        return 1
    ids = [r["id"] for r in rows]
    missing = [i for i in ids if i not in T]
    unknown = [i for i in T if i not in ids]
    problems = [f"{r['id']}: {p}" for r in rows if r["id"] in T for p in check(r, T[r["id"]])]
    for p in [f"no entry for {i}" for i in missing] + [f"entry for unknown id {i}" for i in unknown] + problems:
        print(p, file=sys.stderr)
    if missing or unknown or problems:
        return 1
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(old_columns + NEW_COLUMNS)
        for r in rows:
            fields = T[r["id"]]
            values = [fields["type"], " ; ".join(fields["authors"]), fields["title"], fields["container"],
                      fields["publisher"], fields["issued"], fields["pages"], fields["archive"], "",
                      fields["language"]]
            writer.writerow([r[c] for c in old_columns] + values)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "geodata/dataset/sources.csv"))
