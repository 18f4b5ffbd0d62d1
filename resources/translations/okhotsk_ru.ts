<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Показать справку по параметрам командной строки.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Показать справку вместе с параметрами самой Qt.</translation>
    </message>
</context>
<context>
    <name>TourWeb</name>
    <message>
        <source>← Previous</source>
        <comment>web export: link to the tour&apos;s previous stop</comment>
        <translation>← Предыдущая</translation>
    </message>
    <message>
        <source>Next →</source>
        <comment>web export: link to the tour&apos;s next stop</comment>
        <translation>Следующая →</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>web export: heading of, and link to, the list of the tour&apos;s stops</comment>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>web export: heading of a stop&apos;s sources and of the list of every source at the end</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Every source cited by the stops of this tour: their events and the control of the territories shown on their dates.</source>
        <comment>web export: under the heading of the list of every source</comment>
        <translation>Все источники, на которые ссылаются остановки экскурсии: об их событиях и о том, кто управлял показанными территориями на их даты.</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <comment>web export: above a stop; %1 is its number, %2 the count</comment>
        <translation>Остановка %1 из %2</translation>
    </message>
    <message>
        <source>Okhotsk Atlas · Coastlines: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3+ · every event and boundary with its sources in the atlas&apos;s dataset</source>
        <comment>web export: the credit line at the foot of the page, as on the handout</comment>
        <translation>Охотский атлас · Береговые линии: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3+ · источники каждого события и каждой границы приведены в наборе данных атласа</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tour</source>
        <comment>web export: the title of a tour that has none</comment>
        <translation>Экскурсия «Охотского атласа»</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::AddLayerDialog</name>
    <message>
        <source>Add Layer</source>
        <translation>Добавление слоя</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>GeoJSON, GeoPackage, Shapefile, KML, CSV…</source>
        <translation>GeoJSON, GeoPackage, Shapefile, KML, CSV…</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Start date field</source>
        <translation>Поле даты начала</translation>
    </message>
    <message>
        <source>End date field</source>
        <translation>Поле даты окончания</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>Поле подписи</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Dates are recognised as they come: EDTF or ISO 8601 (1945-08-28, 1945-08, 1945, 1945~), date-times, or date fields. Without an end field the start date alone gives the span; an empty end means still in force. Features without dates are shown on every day.</source>
        <translation>Даты распознаются в том виде, в каком записаны: EDTF или ISO 8601 (1945-08-28, 1945-08, 1945, 1945~), дата и время или поля типа «дата». Если поля окончания нет, срок задаёт одна дата начала; пустая дата окончания означает, что объект действует до сих пор. Объекты без дат показываются в любой день.</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no field chosen</comment>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.csv *.fgb *.gml *.gpx);;All files (*)</source>
        <translation>Векторные данные (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.csv *.fgb *.gml *.gpx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Выберите файл.</translation>
    </message>
    <message>
        <source>Features: %1, with dates: %2</source>
        <comment>in the chosen layer</comment>
        <translation>Объектов: %1, из них с датами: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <comment>problems not listed</comment>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>Цвет слоя</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::Application</name>
    <message>
        <source>Okhotsk Atlas</source>
        <translation>Охотский атлас</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::AtlasDocument</name>
    <message>
        <source>The dataset cannot be reached (%1); the last version read is shown.</source>
        <translation>Набор данных недоступен (%1); показана последняя прочитанная версия.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset changed, but its new version has %n error(s) and was not opened; the last good version is shown. %1</source>
        <translation>
            <numerusform>Набор данных изменился, но в его новой версии %n ошибка, и она не открыта; показана последняя исправная версия. %1</numerusform>
            <numerusform>Набор данных изменился, но в его новой версии %n ошибки, и она не открыта; показана последняя исправная версия. %1</numerusform>
            <numerusform>Набор данных изменился, но в его новой версии %n ошибок, и она не открыта; показана последняя исправная версия. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::AtlasWindow</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Data &amp;Sources and Credits</source>
        <translation>&amp;Источники данных и авторы</translation>
    </message>
    <message>
        <source>&amp;About Okhotsk Atlas</source>
        <translation>&amp;О программе «Охотский атлас»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open Dataset &amp;Folder…</source>
        <translation>Открыть &amp;папку с набором данных…</translation>
    </message>
    <message>
        <source>Open &amp;GeoPackage…</source>
        <translation>О&amp;ткрыть файл GeoPackage…</translation>
    </message>
    <message>
        <source>Open &amp;Embedded Dataset</source>
        <translation>Открыть &amp;встроенный набор данных</translation>
    </message>
    <message>
        <source>Dataset &amp;Diagnostics…</source>
        <translation>&amp;Диагностика набора данных…</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Экспорт карты…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Fit &amp;Region</source>
        <translation>&amp;Регион целиком</translation>
    </message>
    <message>
        <source>Fit &amp;World</source>
        <translation>&amp;Весь мир</translation>
    </message>
    <message>
        <source>&amp;Habomai Islets</source>
        <translation>Острова &amp;Хабомаи</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>&amp;Измерить расстояние</translation>
    </message>
    <message>
        <source>&amp;Names of Disputed Places</source>
        <translation>&amp;Топонимы спорных территорий</translation>
    </message>
    <message>
        <source>&amp;Japanese Usage First (Etorofu / Iturup)</source>
        <translation>Сначала &amp;японское название (Эторофу / Итуруп)</translation>
    </message>
    <message>
        <source>&amp;Russian Usage First (Iturup / Etorofu)</source>
        <translation>Сначала &amp;русское название (Итуруп / Эторофу)</translation>
    </message>
    <message>
        <source>&amp;English Exonyms Where They Exist</source>
        <translation>&amp;Английские экзонимы, где они есть</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Воспроизведение / пауза</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>&amp;Предыдущее событие</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Следующее событие</translation>
    </message>
    <message>
        <source>Previous &amp;Control Change</source>
        <translation>П&amp;редыдущая смена контроля</translation>
    </message>
    <message>
        <source>Next C&amp;ontrol Change</source>
        <translation>С&amp;ледующая смена контроля</translation>
    </message>
    <message>
        <source>&amp;Jump to Date…</source>
        <translation>Перейти к &amp;дате…</translation>
    </message>
    <message>
        <source>embedded dataset</source>
        <translation>встроенный набор данных</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Набор данных: %1</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Не удаётся открыть набор данных</translation>
    </message>
    <message>
        <source>Nothing could be read from %1. The current dataset stays open.</source>
        <translation>Из %1 не удалось ничего прочитать. Текущий набор данных остаётся открытым.</translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation>Открыть папку с набором данных</translation>
    </message>
    <message>
        <source>Open GeoPackage</source>
        <translation>Открыть файл GeoPackage</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The embedded dataset was not found.</source>
        <translation>Встроенный набор данных не найден.</translation>
    </message>
    <message>
        <source>Jump to Date</source>
        <translation>Переход к дате</translation>
    </message>
    <message>
        <source>Date (EDTF: 1956-10-19, 1978-08, 1945, 1945-08?):</source>
        <translation>Дата (EDTF: 1956-10-19, 1978-08, 1945, 1945-08?):</translation>
    </message>
    <message>
        <source>%1
Date (EDTF):</source>
        <translation>%1
Дата (EDTF):</translation>
    </message>
    <message>
        <source>About Okhotsk Atlas</source>
        <translation>О программе «Охотский атлас»</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Okhotsk Atlas %1&lt;/h3&gt;&lt;p&gt;An interactive map and timeline of Japanese–Soviet and Japanese–Russian relations and the disputed territories.&lt;/p&gt;&lt;p&gt;The atlas takes no side: disputed places carry both names, and who administered and who claimed a territory are shown as separate facts, each with its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Охотский атлас %1&lt;/h3&gt;&lt;p&gt;Интерактивная карта со шкалой времени, посвящённая японо-советским и японо-российским отношениям и спорным территориям.&lt;/p&gt;&lt;p&gt;Атлас не встаёт ни на чью сторону: у спорных мест указаны оба названия, а сведения о том, кто управлял территорией и кто заявлял на неё притязания, приводятся как отдельные факты, каждый со своим источником.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1° N, %2° E</source>
        <translation>%1° с. ш., %2° в. д.</translation>
    </message>
    <message>
        <source>%1° N, %2° W</source>
        <translation>%1° с. ш., %2° з. д.</translation>
    </message>
    <message>
        <source>%1° S, %2° E</source>
        <translation>%1° ю. ш., %2° в. д.</translation>
    </message>
    <message>
        <source>%1° S, %2° W</source>
        <translation>%1° ю. ш., %2° з. д.</translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %1 · %n events</source>
        <translation>
            <numerusform>Набор данных: %1 · %n событие</numerusform>
            <numerusform>Набор данных: %1 · %n события</numerusform>
            <numerusform>Набор данных: %1 · %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the interface and the data together</comment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Комбинации клавиш</translation>
    </message>
    <message>
        <source>Set Loop &amp;Start at Current Date</source>
        <translation>Установить &amp;начало повтора на текущую дату</translation>
    </message>
    <message>
        <source>Set Loop &amp;End at Current Date</source>
        <translation>Установить &amp;конец повтора на текущую дату</translation>
    </message>
    <message>
        <source>C&amp;lear Loop</source>
        <translation>&amp;Отменить повтор</translation>
    </message>
    <message>
        <source>Export D&amp;ata…</source>
        <translation>Экспорт д&amp;анных…</translation>
    </message>
    <message>
        <source>Add &amp;Layer…</source>
        <translation>Добавить &amp;слой…</translation>
    </message>
    <message>
        <source>Not an Okhotsk Atlas dataset</source>
        <translation>Это не набор данных «Охотского атласа»</translation>
    </message>
    <message>
        <source>%1 is not an Okhotsk Atlas dataset: it has none of the layers events, territories, control periods, states, sources and the others an atlas needs. The current dataset stays open.

To show this file on the atlas, use File → Add Layer.</source>
        <translation>%1 — не набор данных «Охотского атласа»: в нём нет ни одного из слоёв, нужных атласу (события, территории, периоды управления, государства, источники и другие). Текущий набор данных остаётся открытым.

Чтобы показать этот файл на карте атласа, выберите «Файл» → «Добавить слой».</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::CommandLine</name>
    <message>
        <source>Open this dataset folder or GeoPackage instead of the embedded one.</source>
        <translation>Открыть указанную папку с набором данных или файл GeoPackage вместо встроенного набора.</translation>
    </message>
    <message>
        <source>path</source>
        <comment>placeholder for a value in --help</comment>
        <translation>путь</translation>
    </message>
    <message>
        <source>Start at this date (EDTF).</source>
        <translation>Начать с указанной даты (EDTF).</translation>
    </message>
    <message>
        <source>date</source>
        <comment>placeholder for a value in --help</comment>
        <translation>дата</translation>
    </message>
    <message>
        <source>Ignore the layout and preferences saved by earlier runs.</source>
        <translation>Не учитывать расположение панелей и настройки, сохранённые при прошлых запусках.</translation>
    </message>
    <message>
        <source>Save a screenshot of the whole screen to this PNG once the window has settled, then quit (for checking the interface by eye).</source>
        <translation>Когда окно полностью отрисуется, сохранить снимок всего экрана в указанный файл PNG и завершить работу (для визуальной проверки интерфейса).</translation>
    </message>
    <message>
        <source>file</source>
        <comment>placeholder for a value in --help</comment>
        <translation>файл</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 3000).</source>
        <translation>Задержка перед --screenshot в миллисекундах (по умолчанию 3000).</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>placeholder for a value in --help</comment>
        <translation>мс</translation>
    </message>
    <message>
        <source>Run as a museum kiosk: full screen, touch, attract loop, no way out but the configured exit (see packaging/README.md).</source>
        <translation>Запуск в режиме музейного киоска: во весь экран, сенсорное управление, демонстрационный цикл, выйти можно только заданным способом (см. packaging/README.md).</translation>
    </message>
    <message>
        <source>Read the kiosk settings from this INI file instead of %1.</source>
        <translation>Читать настройки киоска из указанного INI-файла вместо %1.</translation>
    </message>
    <message>
        <source>Lecture mode: projector theme, tours stepped with a clicker.</source>
        <translation>Режим лекции: оформление для проектора, остановки экскурсии переключаются пультом.</translation>
    </message>
    <message>
        <source>With --present: open this tour (default: the tour shipped with the dataset).</source>
        <translation>Вместе с --present: открыть указанную экскурсию (по умолчанию — экскурсию, поставляемую с набором данных).</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>cannot open the dataset</source>
        <translation>не удаётся открыть набор данных</translation>
    </message>
    <message>
        <source>--lang “%1” is not en, ja or ru</source>
        <translation>значение --lang «%1» — не en, ja и не ru</translation>
    </message>
    <message>
        <source>Interface language: en, ja or ru (the viewer keeps it for later runs; --render and --export use it for that picture or handout).</source>
        <translation>Язык интерфейса: en, ja или ru (программа запомнит его для следующих запусков; с --render и --export он действует только для этого изображения или раздаточного материала).</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder for a value in --help</comment>
        <translation>код</translation>
    </message>
    <message>
        <source>Draw the map on this date into --out (PNG, SVG or PDF) without a window, then quit.</source>
        <translation>Нарисовать карту на эту дату в файл --out (PNG, SVG или PDF) без окна и завершить работу.</translation>
    </message>
    <message>
        <source>With --render or --export-frames: the picture&apos;s size in pixels, e.g. 1920x1080.</source>
        <translation>С --render или --export-frames: размер изображения в пикселях, например 1920x1080.</translation>
    </message>
    <message>
        <source>With --render: the file to write; its extension picks the format.</source>
        <translation>С --render: файл для записи; формат определяется по расширению.</translation>
    </message>
    <message>
        <source>With --render: region, world, habomai, or a box lon1,lat1,lon2,lat2 (default region).</source>
        <translation>С --render: region, world, habomai или рамка долгота1,широта1,долгота2,широта2 (по умолчанию region).</translation>
    </message>
    <message>
        <source>view</source>
        <comment>placeholder for a value in --help</comment>
        <translation>вид</translation>
    </message>
    <message>
        <source>With --render: japanese-first, russian-first or english (which name of a disputed place comes first).</source>
        <translation>С --render: japanese-first, russian-first или english (какое название спорного места идёт первым).</translation>
    </message>
    <message>
        <source>order</source>
        <comment>placeholder for a value in --help</comment>
        <translation>порядок</translation>
    </message>
    <message>
        <source>With --render: multiply the type size by this factor.</source>
        <translation>С --render: увеличить размер шрифта во столько раз.</translation>
    </message>
    <message>
        <source>factor</source>
        <comment>placeholder for a value in --help</comment>
        <translation>множитель</translation>
    </message>
    <message>
        <source>With --tour: write the tour&apos;s handout to this PDF, then quit.</source>
        <translation>С --tour: записать раздаточный материал экскурсии в этот PDF и завершить работу.</translation>
    </message>
    <message>
        <source>With --tour: write the tour as numbered PNG frames for a video into this folder, then quit.</source>
        <translation>С --tour: записать экскурсию в эту папку пронумерованными кадрами PNG для видео и завершить работу.</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>placeholder for a value in --help</comment>
        <translation>папка</translation>
    </message>
    <message>
        <source>Measure opening and drawing without a window and print the figures as JSON, then quit.</source>
        <translation>Измерить время открытия и отрисовки без окна, вывести результаты в формате JSON и завершить работу.</translation>
    </message>
    <message>
        <source>A dataset folder or GeoPackage to open (the same as --dataset).</source>
        <translation>Папка набора данных или GeoPackage, который нужно открыть (то же, что --dataset).</translation>
    </message>
    <message>
        <source>[dataset]</source>
        <comment>the positional argument in the usage line of --help</comment>
        <translation>[набор_данных]</translation>
    </message>
    <message>
        <source>one dataset at a time: “%1” and “%2” were both given</source>
        <translation>набор данных открывается только один: указаны и «%1», и «%2»</translation>
    </message>
    <message>
        <source>one dataset at a time: “%1” and --dataset “%2” were both given</source>
        <translation>набор данных открывается только один: указаны и «%1», и --dataset «%2»</translation>
    </message>
    <message>
        <source>Try “okhotsk-atlas --help” for the options.</source>
        <translation>Список параметров: «okhotsk-atlas --help».</translation>
    </message>
    <message>
        <source>%1 has errors and was not opened; correct them, or start with --allow-errors to open what is valid:</source>
        <translation>в наборе данных %1 есть ошибки, и он не открыт; исправьте их или запустите программу с параметром --allow-errors, чтобы открыть только корректные данные:</translation>
    </message>
    <message>
        <source>showing the embedded dataset instead</source>
        <translation>вместо него показан встроенный набор данных</translation>
    </message>
    <message>
        <source>the embedded dataset has errors too; the kiosk shows what of it is valid:</source>
        <translation>во встроенном наборе данных тоже есть ошибки; киоск показывает только его корректную часть:</translation>
    </message>
    <message>
        <source>Open the dataset even if loading it found errors, leaving out what they name. Without it a dataset with errors is refused: the viewer and the kiosk show the embedded one instead, --render and --export write nothing and exit with status 1.</source>
        <translation>Открыть набор данных, даже если при загрузке найдены ошибки, — без того, на что они указывают. Без этого параметра набор данных с ошибками не открывается: программа и киоск показывают вместо него встроенный, а --render и --export ничего не записывают и завершаются с кодом 1.</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the dataset could not be read or has errors (see --allow-errors), or a tour or an output file could not be read or written; 2 a mistake in the command line.</source>
        <translation>Код завершения: 0 — успех; 1 — набор данных не удалось прочитать или в нём есть ошибки (см. --allow-errors) либо не удалось прочитать или записать экскурсию или выходной файл; 2 — ошибка в командной строке.</translation>
    </message>
    <message>
        <source>A view link (okhotsk:DATE?…) to open: the date, map view, language, layers and selection it names. It may stand in place of the dataset or beside it.</source>
        <translation>Ссылка на вид карты (okhotsk:ДАТА?…), который нужно открыть: дата, область карты, язык, слои и выделение, указанные в ней. Её можно указать вместо набора данных или вместе с ним.</translation>
    </message>
    <message>
        <source>[okhotsk:…]</source>
        <comment>the view link argument in the usage line of --help</comment>
        <translation>[okhotsk:…]</translation>
    </message>
    <message>
        <source>one view link at a time: “%1” and “%2” were both given</source>
        <translation>ссылка на вид карты открывается только одна: указаны и «%1», и «%2»</translation>
    </message>
    <message>
        <source>Read staff PINs for the kiosk&apos;s PIN pad from standard input (one a line, not shown when typed) and print the exitPinHash= line for the kiosk settings, then quit.</source>
        <translation>Прочитать PIN-коды сотрудников для панели ввода киоска со стандартного ввода (по одному в строке, при вводе не отображаются), вывести строку exitPinHash= для настроек киоска и завершить работу.</translation>
    </message>
    <message>
        <source>Print what the kiosk would run with from this INI file (each setting and where it came from) and every problem, then quit: status 0 when there is none, 1 otherwise.</source>
        <translation>Показать, с какими настройками киоск будет работать по этому INI-файлу (каждую настройку и откуда она взята), и все проблемы, затем завершить работу: код 0, если проблем нет, иначе 1.</translation>
    </message>
    <message>
        <source>With --tour: write the tour as a video (.mp4: H.264, .webm: VP9), with its subtitles in English, Japanese and Russian beside it as WebVTT files, then quit.</source>
        <translation>С --tour: записать экскурсию как видео (.mp4 — H.264, .webm — VP9), а рядом субтитры на английском, японском и русском в файлах WebVTT, и завершить работу.</translation>
    </message>
    <message>
        <source>With --export-frames or --export-video: frames per second (default 25).</source>
        <translation>С --export-frames или --export-video: число кадров в секунду (по умолчанию 25).</translation>
    </message>
    <message>
        <source>With --tour and --export: print each stop&apos;s speaker notes under its caption.</source>
        <translation>С --tour и --export: печатать заметки докладчика под подписью каждой остановки.</translation>
    </message>
    <message>
        <source>With --tour: write the tour as web pages in English, Japanese and Russian, with a map per stop, into this folder (it opens from a USB stick without a server), then quit.</source>
        <translation>С --tour: записать экскурсию в эту папку как веб-страницы на английском, японском и русском, с картой для каждой остановки (они открываются с USB-накопителя без сервера), и завершить работу.</translation>
    </message>
    <message>
        <source>Okhotsk Atlas: an interactive map and timeline of Japanese–Soviet and Japanese–Russian relations.

Headless output: okhotsk-atlas --render DATE --size WxH --out FILE [--view region|world|habomai]
Benchmark:       okhotsk-atlas --benchmark
Tour handout:    okhotsk-atlas --tour FILE --export HANDOUT.pdf [--handout-notes] [--lang en|ja|ru]
Video frames:    okhotsk-atlas --tour FILE --export-frames DIR --size WxH --fps N
Video:           okhotsk-atlas --tour FILE --export-video TALK.mp4|TALK.webm --size WxH --fps N
Web pages:       okhotsk-atlas --tour FILE --export-web DIR [--size WxH]</source>
        <translation>Охотский атлас: интерактивная карта со шкалой времени, посвящённая японо-советским и японо-российским отношениям.

Вывод без окна:       okhotsk-atlas --render ДАТА --size ШxВ --out ФАЙЛ [--view region|world|habomai]
Замер скорости:       okhotsk-atlas --benchmark
Раздаточный материал: okhotsk-atlas --tour ФАЙЛ --export МАТЕРИАЛ.pdf [--handout-notes] [--lang en|ja|ru]
Кадры для видео:      okhotsk-atlas --tour ФАЙЛ --export-frames ПАПКА --size ШxВ --fps N
Видео:                okhotsk-atlas --tour ФАЙЛ --export-video ЛЕКЦИЯ.mp4|ЛЕКЦИЯ.webm --size ШxВ --fps N
Веб-страницы:         okhotsk-atlas --tour ФАЙЛ --export-web ПАПКА [--size ШxВ]</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::CompareText</name>
    <message>
        <source>the date has no first day (its start is open)</source>
        <translation>у этой даты нет первого дня (начало не задано)</translation>
    </message>
    <message>
        <source>Control of territories</source>
        <translation>Контроль над территориями</translation>
    </message>
    <message>
        <source>No change of control.</source>
        <translation>Смены контроля нет.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Границы</translation>
    </message>
    <message>
        <source>No boundary came or went.</source>
        <translation>Границы не менялись.</translation>
    </message>
    <message>
        <source>Events in between</source>
        <translation>События между датами</translation>
    </message>
    <message>
        <source>No events in between.</source>
        <translation>Между датами событий нет.</translation>
    </message>
    <message>
        <source>Compare Dates</source>
        <translation>Сравнение дат</translation>
    </message>
    <message>
        <source>date (EDTF)</source>
        <translation>дата (EDTF)</translation>
    </message>
    <message>
        <source>Earlier date</source>
        <translation>Более ранняя дата</translation>
    </message>
    <message>
        <source>Later date</source>
        <translation>Более поздняя дата</translation>
    </message>
    <message>
        <source>Map on the first date</source>
        <translation>Карта на первую дату</translation>
    </message>
    <message>
        <source>Map on the second date</source>
        <translation>Карта на вторую дату</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>нет сведений</translation>
    </message>
    <message>
        <source>%1 or %2 (the day is uncertain)</source>
        <translation>%1 или %2 (дата неясна)</translation>
    </message>
    <message>
        <source>administered by: %1 → %2</source>
        <translation>управление: %1 → %2</translation>
    </message>
    <message>
        <source>claimed by: %1 → %2</source>
        <translation>притязания: %1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>territory — what changed</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two changes</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>came into force: %1</source>
        <translation>вступление в силу: %1</translation>
    </message>
    <message>
        <source>no longer in force: %1</source>
        <translation>прекращение действия: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>event date — title</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ControlHistoryModel</name>
    <message>
        <source>Possibly in force on the current date (the hand-over date is imprecise)</source>
        <translation>Возможно, действует на текущую дату (дата передачи известна неточно)</translation>
    </message>
    <message>
        <source>In force on the current date</source>
        <translation>Действует на текущую дату</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Administered by</source>
        <translation>Под управлением</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Притязания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид контроля</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Legal positions</source>
        <translation>Правовые позиции</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DataExportDialog</name>
    <message>
        <source>No dataset is open.</source>
        <translation>Набор данных не открыт.</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>Выберите папку для записи.</translation>
    </message>
    <message>
        <source>Choose a file to write to.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>The data could not be exported; nothing was written.</source>
        <translation>Данные не удалось экспортировать; ничего не записано.</translation>
    </message>
    <message>
        <source>Export Data to Folder</source>
        <translation>Экспорт данных в папку</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Экспорт данных</translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>GeoPackage (one file, every layer)</source>
        <translation>GeoPackage (один файл со всеми слоями)</translation>
    </message>
    <message>
        <source>GeoJSON (a folder, one file per layer)</source>
        <translation>GeoJSON (папка, по файлу на слой)</translation>
    </message>
    <message>
        <source>FlatGeobuf (a folder, one file per layer)</source>
        <translation>FlatGeobuf (папка, по файлу на слой)</translation>
    </message>
    <message>
        <source>CSV with column types (a folder, one file per layer)</source>
        <translation>CSV с типами столбцов (папка, по файлу на слой)</translation>
    </message>
    <message>
        <source>KML for Google Earth (one file, with time spans)</source>
        <translation>KML для Google Earth (один файл, с периодами времени)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>The whole dataset</source>
        <translation>Весь набор данных</translation>
    </message>
    <message>
        <source>What the current filters show</source>
        <translation>То, что показано с текущими фильтрами</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Events of the categories shown in the event list, and control periods, boundaries and names, within the timeline&apos;s visible range (%1); the other layers whole.</source>
        <translation>События тех категорий, что показаны в списке событий, а также периоды управления, границы и названия — в пределах видимого на шкале времени отрезка (%1); остальные слои целиком.</translation>
    </message>
    <message>
        <source>every date</source>
        <translation>все даты</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DateText</name>
    <message>
        <source>Type a date, for example 1956-10-19.</source>
        <translation>Введите дату, например 1956-10-19.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before the date does: write year-month-day, for example 1956-10-19.</source>
        <translation>«%1»: дата записана не полностью — введите год-месяц-день, например 1956-10-19.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a date has no spaces (character %2).</source>
        <translation>«%1»: в дате не должно быть пробелов (символ %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: character %2 has no place in a date (write, for example, 1956-10-19, 1956-10 or 1956?).</source>
        <translation>«%1»: символ в позиции %2 не может стоять в дате (пишите, например, 1956-10-19, 1956-10 или 1956?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a month and a day have two digits each, as in 1956-01-05.</source>
        <translation>«%1»: месяц и день записываются двумя цифрами, например 1956-01-05.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is not written the way EDTF writes years (character %2).</source>
        <translation>«%1»: год записан не так, как требует формат EDTF (символ %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: ?, ~ or % comes once, at the end of the date.</source>
        <translation>«%1»: знак ?, ~ или % ставится один раз, в конце даты.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an interval is written start/end, for example 1945-08-09/1945-09-05.</source>
        <translation>«%1»: промежуток записывается как начало/конец, например 1945-08-09/1945-09-05.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the interval starts after it ends.</source>
        <translation>«%1»: промежуток начинается позже, чем заканчивается.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a form of date the atlas does not read (character %2).</source>
        <translation>«%1» — такую форму даты атлас не читает (символ %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2.</source>
        <translation>«%1»: месяца %2 не существует.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %3 %4 has no day %2.</source>
        <comment>%2 the day, %3 the month&apos;s name as in a date (Russian: genitive), %4 the year</comment>
        <translation>«%1»: %2 %3 %4 г. не существует.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the time of day is impossible or not allowed there (character %2); write it whole after a full date, as in 1945-08-09T11:02:00 or 1945-08-09T11:02:00+09:00.</source>
        <translation>«%1»: время суток невозможно или здесь не допускается (символ %2); пишите его полностью после полной даты, например 1945-08-09T11:02:00 или 1945-08-09T11:02:00+09:00.</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DiagnosticsDialog</name>
    <message>
        <source>Dataset diagnostics</source>
        <translation>Диагностика набора данных</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the selected rows, or every row shown, as text</source>
        <translation>Скопировать выделенные строки (а если ничего не выделено — все показанные) как текст</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 ошибка</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 предупреждение</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 примечание</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>Набор данных</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation>%1: проблем не найдено</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>Okhotsk Atlas dataset diagnostics</source>
        <translation>Диагностика набора данных «Охотского атласа»</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Набор данных: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Дата составления: %1</translation>
    </message>
    <message>
        <source>Save diagnostics report</source>
        <translation>Сохранить отчёт о диагностике</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n примечание</numerusform>
            <numerusform>%n примечания</numerusform>
            <numerusform>%n примечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of counts: errors, warnings (, notes)</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Open What Is Valid</source>
        <translation>&amp;Открыть только корректные данные</translation>
    </message>
    <message>
        <source>Open the dataset without the rows and features the errors name</source>
        <comment>a button&apos;s tooltip</comment>
        <translation>Открыть набор данных без строк и объектов, на которые указывают ошибки</translation>
    </message>
    <message>
        <source>Because of these errors the dataset was not opened, and the atlas on screen stays as it was. Correct the files named below and open the dataset again, or choose Open What Is Valid to open it without what the errors name.</source>
        <translation>Из-за этих ошибок набор данных не открыт, а атлас на экране остался прежним. Исправьте указанные ниже файлы и откройте набор данных снова или нажмите «Открыть только корректные данные», чтобы открыть его без того, на что указывают ошибки.</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DistanceTool</name>
    <message>
        <source>%1. %2</source>
        <comment>a measured point: its number, its coordinates</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1→%2: %3, bearing %4°</source>
        <comment>a measured segment: from point, to point, length, bearing</comment>
        <translation>%1→%2: %3, азимут %4°</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <comment>the length of the whole measured line</comment>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>%1 · %2°</source>
        <comment>a segment on the map: its length · its bearing</comment>
        <translation>%1 · %2°</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::EventListModel</name>
    <message>
        <source>Unconfirmed</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Unconfirmed.</source>
        <translation>Не подтверждено.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::EventPanel</name>
    <message>
        <source>Choose an event in the list or on the map.</source>
        <translation>Выберите событие в списке или на карте.</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Поиск событий</translation>
    </message>
    <message>
        <source>Searches titles and summaries, in the display language and in English</source>
        <translation>Поиск по заголовкам и кратким описаниям — на выбранном языке и на английском</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Categories (%1/%2)</source>
        <translation>Категории (%1/%2)</translation>
    </message>
    <message>
        <source>Japanese era: %1</source>
        <translation>По японскому летосчислению: %1</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Territories:</source>
        <translation>Территории:</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Не подтверждено</translation>
    </message>
    <message>
        <source>not confirmed by the sources read; treat with caution (see the note).</source>
        <translation>изученные источники этого не подтверждают; относитесь к сведениям с осторожностью (см. примечание).</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message numerus="yes">
        <source>±%n years</source>
        <translation>
            <numerusform>±%n год</numerusform>
            <numerusform>±%n года</numerusform>
            <numerusform>±%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only events within %n years of the current date</source>
        <translation>
            <numerusform>Только события в пределах %n года от текущей даты</numerusform>
            <numerusform>Только события в пределах %n лет от текущей даты</numerusform>
            <numerusform>Только события в пределах %n лет от текущей даты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1° N, %2° E</source>
        <translation>%1° с. ш., %2° в. д.</translation>
    </message>
    <message>
        <source>%1° N, %2° W</source>
        <translation>%1° с. ш., %2° з. д.</translation>
    </message>
    <message>
        <source>%1° S, %2° E</source>
        <translation>%1° ю. ш., %2° в. д.</translation>
    </message>
    <message>
        <source>%1° S, %2° W</source>
        <translation>%1° ю. ш., %2° з. д.</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>the list of events, for screen readers</comment>
        <translation>События</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Подробности о событии</translation>
    </message>
    <message>
        <source>No event with sources is shown.</source>
        <translation>Не показано ни одного события с источниками.</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <source>Copy or export this event’s sources for a citation manager</source>
        <translation>Скопировать или экспортировать источники этого события для менеджера библиографии</translation>
    </message>
    <message>
        <source>Copy Sources as &amp;BibTeX</source>
        <translation>Копировать источники в формате &amp;BibTeX</translation>
    </message>
    <message>
        <source>Copy Sources as &amp;CSL-JSON</source>
        <translation>Копировать источники в формате &amp;CSL-JSON</translation>
    </message>
    <message>
        <source>&amp;Export Sources…</source>
        <translation>&amp;Экспортировать источники…</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ExportText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the file must end in .png, .svg or .pdf</source>
        <translation>имя файла должно оканчиваться на .png, .svg или .pdf</translation>
    </message>
    <message>
        <source>the picture has no size</source>
        <translation>у изображения нулевой размер</translation>
    </message>
    <message>
        <source>Okhotsk Atlas — %1</source>
        <comment>title of an exported picture; %1 is the date</comment>
        <translation>Охотский атлас — %1</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>не удалось закодировать изображение PNG</translation>
    </message>
    <message>
        <source>the SVG generator could not start</source>
        <translation>не удалось запустить создание файла SVG</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>не удалось начать запись файла PDF</translation>
    </message>
    <message>
        <source>Okhotsk Atlas · Coastlines: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3+ · every event and boundary with its sources in the atlas&apos;s dataset</source>
        <comment>handout footer</comment>
        <translation>Охотский атлас · Береговые линии: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3+ · источники каждого события и каждой границы приведены в наборе данных атласа</translation>
    </message>
    <message>
        <source>the tour has no stops</source>
        <translation>в экскурсии нет остановок</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tour</source>
        <comment>title of a handout whose tour has none</comment>
        <translation>Охотский атлас: экскурсия</translation>
    </message>
    <message>
        <source>the frame size is too small</source>
        <translation>слишком маленький размер кадра</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <comment>handout: before the event&apos;s citations</comment>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>%1; frames 1 to %2 were written and stay in %3</source>
        <comment>%1 is why a frame could not be written</comment>
        <translation>%1; кадры с 1 по %2 уже записаны и остаются в папке %3</translation>
    </message>
    <message>
        <source>Okhotsk Atlas</source>
        <translation>Охотский атлас</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north, on the north arrow</comment>
        <translation>С</translation>
    </message>
    <message>
        <source>the page is too large at this resolution</source>
        <translation>при таком разрешении страница слишком велика</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver</source>
        <translation>В GDAL нет драйвера GeoTIFF</translation>
    </message>
    <message>
        <source>GDAL could not create the GeoTIFF: %1</source>
        <translation>GDAL не удалось создать файл GeoTIFF: %1</translation>
    </message>
    <message>
        <source>GDAL could not write the GeoTIFF: %1</source>
        <translation>GDAL не удалось записать файл GeoTIFF: %1</translation>
    </message>
    <message>
        <source>GDAL wrote an empty GeoTIFF</source>
        <translation>GDAL записала пустой файл GeoTIFF</translation>
    </message>
    <message>
        <source>the file must end in .png, .svg, .pdf, .tif or .tiff</source>
        <translation>имя файла должно оканчиваться на .png, .svg, .pdf, .tif или .tiff</translation>
    </message>
    <message>
        <source>cannot remove the old %1</source>
        <translation>не удаётся удалить старый файл %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>handout: heading of the bibliography at its end</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Every source cited by the stops of this tour: their events and the control of the territories shown on their dates.</source>
        <comment>handout: under the bibliography heading</comment>
        <translation>Все источники, на которые ссылаются остановки этой экскурсии: об их событиях и о том, кто управлял показанными территориями на их даты.</translation>
    </message>
    <message>
        <source>Speaker notes:</source>
        <comment>handout: before the lecturer&apos;s notes for a stop</comment>
        <translation>Заметки докладчика:</translation>
    </message>
    <message>
        <source>the web export to %1 was stopped before the end</source>
        <translation>запись веб-страниц в %1 остановлена до конца</translation>
    </message>
    <message>
        <source>cannot write the web export to %1: it is a file, not a folder</source>
        <translation>не удаётся записать веб-страницы в %1: это файл, а не папка</translation>
    </message>
    <message>
        <source>cannot write the web export to %1: the folder is not empty and holds no earlier web export of the atlas; choose an empty folder</source>
        <translation>не удаётся записать веб-страницы в %1: папка не пуста и не содержит прежней веб-версии атласа; выберите пустую папку</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ExportViewDialog</name>
    <message>
        <source>Export View</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>map.png, map.svg or map.pdf</source>
        <translation>карта.png, карта.svg или карта.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Full HD 1920 × 1080</source>
        <translation>1080p 1920 × 1080</translation>
    </message>
    <message>
        <source>4K 3840 × 2160</source>
        <translation>4K 3840 × 2160</translation>
    </message>
    <message>
        <source>HD 1280 × 720</source>
        <translation>720p 1280 × 720</translation>
    </message>
    <message>
        <source>As shown %1 × %2</source>
        <translation>Как на экране %1 × %2</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Готовый размер</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels; the PDF page has the paper&apos;s size</source>
        <translation>%1 × %2 пикселей; страница PDF — размера листа</translation>
    </message>
    <message>
        <source>For print: a page with title, caption, north arrow and scale bar</source>
        <translation>Для печати: страница с заголовком, подписью, стрелкой севера и масштабной линейкой</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation>A4, альбомная (297 × 210 мм)</translation>
    </message>
    <message>
        <source>A4 portrait (210 × 297 mm)</source>
        <translation>A4, книжная (210 × 297 мм)</translation>
    </message>
    <message>
        <source>A3 landscape (420 × 297 mm)</source>
        <translation>A3, альбомная (420 × 297 мм)</translation>
    </message>
    <message>
        <source>A3 portrait (297 × 420 mm)</source>
        <translation>A3, книжная (297 × 420 мм)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Размер листа</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>Разрешение (точек на дюйм)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Okhotsk Atlas</source>
        <comment>the default title of a printed map</comment>
        <translation>Охотский атлас</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>A line under the date (optional)</source>
        <translation>Строка под датой (необязательно)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif *.tiff)</source>
        <translation>Изображение PNG (*.png);;Векторный рисунок SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::HelpWindow</name>
    <message>
        <source>Guide</source>
        <translation>Руководство</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>Поиск команды или клавиши</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Поиск комбинации клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбинации клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::KioskCommands</name>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>default: the file&apos;s value is refused</source>
        <translation>по умолчанию: значение из файла отклонено</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>из файла</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 hashed staff PIN(s)</source>
        <translation>хешированных PIN-кодов сотрудников: %1</translation>
    </message>
    <message>
        <source>a plain-text PIN (insecure)</source>
        <translation>PIN-код открытым текстом (небезопасно)</translation>
    </message>
    <message>
        <source>none: no PIN pad</source>
        <translation>нет: панели ввода PIN-кода не будет</translation>
    </message>
    <message>
        <source>tour %1 cannot be played; the shipped tour plays instead</source>
        <translation>экскурсию %1 воспроизвести нельзя; вместо неё идёт экскурсия из комплекта атласа</translation>
    </message>
    <message>
        <source>none found: the attract loop only returns to the start</source>
        <translation>не найдена: в режиме ожидания киоск только возвращается к началу</translation>
    </message>
    <message>
        <source>the shipped tour (%1)</source>
        <translation>экскурсия из комплекта атласа (%1)</translation>
    </message>
    <message>
        <source>the embedded dataset</source>
        <translation>встроенный набор данных</translation>
    </message>
    <message>
        <source>PIN %1 is not 4 to 12 digits (0–9)</source>
        <translation>PIN-код № %1 — не от 4 до 12 цифр (0–9)</translation>
    </message>
    <message>
        <source>PIN %1 could not be hashed (libcrypt refused)</source>
        <translation>PIN-код № %1 не удалось захешировать (libcrypt отказала)</translation>
    </message>
    <message>
        <source>Type each staff PIN (4 to 12 digits) and Enter; an empty line ends. Nothing is shown while you type.</source>
        <translation>Введите каждый PIN-код сотрудника (от 4 до 12 цифр) и нажмите Enter; пустая строка завершает ввод. Вводимые символы не отображаются.</translation>
    </message>
    <message>
        <source>no PIN given: nothing to hash</source>
        <translation>PIN-код не введён: хешировать нечего</translation>
    </message>
    <message>
        <source>Put this line in the [kiosk] section of the kiosk&apos;s INI file:</source>
        <translation>Вставьте эту строку в раздел [kiosk] INI-файла киоска:</translation>
    </message>
    <message>
        <source>the primary screen</source>
        <translation>основной экран</translation>
    </message>
    <message>
        <source>%1 (checked when the kiosk starts; the primary screen if there is none such)</source>
        <translation>%1 (проверяется при запуске киоска; если такого экрана нет — основной экран)</translation>
    </message>
    <message>
        <source>The kiosk would run with (from %1):</source>
        <translation>Киоск будет работать с такими настройками (из %1):</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Проблем нет.</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Проблемы (%1):</translation>
    </message>
    <message>
        <source>off (nothing is recorded)</source>
        <translation>выключен (ничего не записывается)</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>без предупреждения</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::KioskText</name>
    <message>
        <source>Okhotsk Atlas</source>
        <comment>the application&apos;s name as a title</comment>
        <translation>Охотский атлас</translation>
    </message>
    <message>
        <source>Japan and Russia, 1855 to today: the Kuril Islands and Sakhalin</source>
        <translation>Япония и Россия с 1855 года до наших дней: Курильские острова и Сахалин</translation>
    </message>
    <message>
        <source>Start over</source>
        <comment>kiosk button: back to the start screen</comment>
        <translation>Сначала</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <comment>kiosk button: previous event</comment>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <comment>kiosk button: play through time</comment>
        <translation>▶ Пуск</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <comment>kiosk button</comment>
        <translation>❚❚ Пауза</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <comment>kiosk button: next event</comment>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Touch an island or a marker to read its story. Drag the timeline to travel in time; pinch the map to zoom.</source>
        <translation>Коснитесь острова или метки, чтобы прочитать их историю. Ведите пальцем по шкале времени; масштаб карты меняется двумя пальцами.</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>heading of the list of sources</comment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Not confirmed by the sources</source>
        <comment>a tour stop the data does not back up</comment>
        <translation>Не подтверждено источниками</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <comment>prompt for the code that leaves the kiosk</comment>
        <translation>PIN-код персонала</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Story</source>
        <comment>the kiosk&apos;s text about the chosen island or event</comment>
        <translation>История</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>the PIN pad&apos;s button that checks the PIN typed</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <comment>the PIN pad, after OK with a PIN that is not a staff PIN</comment>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: the pad is locked for %1 min.</source>
        <comment>the PIN pad&apos;s lock-out; %1 is a number of minutes</comment>
        <translation>Слишком много неверных PIN-кодов: панель заблокирована на %1 мин.</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <comment>the PIN pad&apos;s wait after a wrong PIN; %1 is a number of seconds</comment>
        <translation>Повторите через %1 с.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <comment>the kiosk&apos;s warning before it starts again from the beginning</comment>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>The atlas starts again from the beginning in %n second(s). Touch the screen to carry on.</source>
        <comment>the kiosk&apos;s warning; %n counts down</comment>
        <translation>
            <numerusform>Через %n секунду атлас начнётся сначала. Коснитесь экрана, чтобы продолжить.</numerusform>
            <numerusform>Через %n секунды атлас начнётся сначала. Коснитесь экрана, чтобы продолжить.</numerusform>
            <numerusform>Через %n секунд атлас начнётся сначала. Коснитесь экрана, чтобы продолжить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <comment>the kiosk&apos;s welcome screen: one button per language, each in its own language</comment>
        <translation>Коснитесь, чтобы начать</translation>
    </message>
    <message>
        <source>Legend</source>
        <comment>kiosk button that shows or hides the map&apos;s key</comment>
        <translation>Легенда</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::LegendMenu</name>
    <message>
        <source>Legend &amp;Position</source>
        <translation>Положение ле&amp;генды</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Показывать &amp;легенду</translation>
    </message>
    <message>
        <source>Top &amp;Left</source>
        <comment>legend position</comment>
        <translation>Вверху с&amp;лева</translation>
    </message>
    <message>
        <source>&amp;Top Right</source>
        <comment>legend position</comment>
        <translation>Вверху с&amp;права</translation>
    </message>
    <message>
        <source>&amp;Bottom Left</source>
        <comment>legend position</comment>
        <translation>&amp;Внизу слева</translation>
    </message>
    <message>
        <source>Bottom &amp;Right</source>
        <comment>legend position</comment>
        <translation>Вни&amp;зу справа</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::MapText</name>
    <message>
        <source>no status recorded</source>
        <comment>a territory on a day the data does not cover</comment>
        <translation>статус не указан</translation>
    </message>
    <message>
        <source>Administered by</source>
        <comment>map legend heading, followed by state colour swatches</comment>
        <translation>Под управлением</translation>
    </message>
    <message>
        <source>claimed by (hatching in its colour)</source>
        <comment>map legend</comment>
        <translation>притязания (штриховка цветом страны)</translation>
    </message>
    <message>
        <source>disputed (dashed outline)</source>
        <comment>map legend</comment>
        <translation>спорная (пунктирный контур)</translation>
    </message>
    <message>
        <source>joint administration (stripes)</source>
        <comment>map legend</comment>
        <translation>совместное управление (полосы)</translation>
    </message>
    <message>
        <source>uncertain day or transition (?)</source>
        <comment>map legend</comment>
        <translation>неясная дата или переход (?)</translation>
    </message>
    <message>
        <source>boundary in force</source>
        <comment>map legend: a line symbol</comment>
        <translation>действующая граница</translation>
    </message>
    <message>
        <source>schematic boundary (course not given)</source>
        <comment>map legend: a dotted line symbol</comment>
        <translation>схематичная граница (трасса не указана)</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>map legend heading, followed by event categories</comment>
        <translation>События</translation>
    </message>
    <message>
        <source>imprecise date (halo)</source>
        <comment>map legend: an event marker with a soft halo</comment>
        <translation>неточная дата (ореол)</translation>
    </message>
    <message>
        <source>later event (ring)</source>
        <comment>map legend: an event after the current date</comment>
        <translation>позднее событие (кольцо)</translation>
    </message>
    <message>
        <source>Coastlines: GSHHG 2.3.7 (LGPL-3+); data: see sources</source>
        <comment>map credit line</comment>
        <translation>Береговые линии: GSHHG 2.3.7 (LGPL-3+); данные: см. источники</translation>
    </message>
    <message>
        <source>%1 km</source>
        <comment>a distance; %1 is the number</comment>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>Treaty</source>
        <comment>event category</comment>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <comment>event category</comment>
        <translation>Дипломатия</translation>
    </message>
    <message>
        <source>Military</source>
        <comment>event category</comment>
        <translation>Военные действия</translation>
    </message>
    <message>
        <source>Territorial</source>
        <comment>event category</comment>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Trade</source>
        <comment>event category</comment>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Economy</source>
        <comment>event category</comment>
        <translation>Экономика</translation>
    </message>
    <message>
        <source>Politics</source>
        <comment>event category</comment>
        <translation>Политика</translation>
    </message>
    <message>
        <source>day uncertain: %1 → %2</source>
        <comment>the state before → after an imprecisely dated change</comment>
        <translation>дата неясна: %1 → %2</translation>
    </message>
    <message>
        <source>joint: %1</source>
        <comment>administered jointly by the states in %1</comment>
        <translation>совместно: %1</translation>
    </message>
    <message>
        <source>occupied by %1</source>
        <comment>a territory under military occupation</comment>
        <translation>оккупация: %1</translation>
    </message>
    <message>
        <source>administered by %1</source>
        <comment>a territory&apos;s administering state</comment>
        <translation>управление: %1</translation>
    </message>
    <message>
        <source>%1 · claimed by %2</source>
        <comment>%1 is who administers, %2 the other claimants</comment>
        <translation>%1 · притязания: %2</translation>
    </message>
    <message>
        <source>Map on %1.</source>
        <comment>for screen readers; %1 is the date</comment>
        <translation>Карта на %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>for screen readers: a territory&apos;s names, then its state on the day</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source> &amp; </source>
        <comment>joins the names of two states on a map label</comment>
        <translation> и </translation>
    </message>
    <message>
        <source>in transition: %1</source>
        <comment>%1 lists the states involved, joined by &quot; &amp; &quot;</comment>
        <translation>переход: %1</translation>
    </message>
    <message>
        <source>Coastlines: GSHHG 2.3.7 (LGPL-3+)</source>
        <comment>map credit line when no data is drawn</comment>
        <translation>Береговые линии: GSHHG 2.3.7 (LGPL-3+)</translation>
    </message>
    <message>
        <source>Data: see sources</source>
        <comment>map credit line when no coastline is drawn</comment>
        <translation>Данные: см. источники</translation>
    </message>
    <message>
        <source>%1° S</source>
        <comment>a latitude</comment>
        <translation>%1° ю. ш.</translation>
    </message>
    <message>
        <source>%1° N</source>
        <comment>a latitude</comment>
        <translation>%1° с. ш.</translation>
    </message>
    <message>
        <source>%1° W</source>
        <comment>a longitude</comment>
        <translation>%1° з. д.</translation>
    </message>
    <message>
        <source>%1° E</source>
        <comment>a longitude</comment>
        <translation>%1° в. д.</translation>
    </message>
    <message>
        <source>%1 S</source>
        <comment>a latitude in DMS</comment>
        <translation>%1 ю. ш.</translation>
    </message>
    <message>
        <source>%1 N</source>
        <comment>a latitude in DMS</comment>
        <translation>%1 с. ш.</translation>
    </message>
    <message>
        <source>%1 W</source>
        <comment>a longitude in DMS</comment>
        <translation>%1 з. д.</translation>
    </message>
    <message>
        <source>%1 E</source>
        <comment>a longitude in DMS</comment>
        <translation>%1 в. д.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a position: latitude, longitude</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Lambert conformal conic, standard parallels %1 and %2, central meridian %3</source>
        <comment>the map&apos;s projection, in its credit line</comment>
        <translation>Равноугольная коническая проекция Ламберта, стандартные параллели %1 и %2, осевой меридиан %3</translation>
    </message>
    <message>
        <source>Equal Earth, central meridian %1</source>
        <comment>the world map&apos;s projection, in its credit line</comment>
        <translation>Проекция Equal Earth, осевой меридиан %1</translation>
    </message>
    <message>
        <source>Projection: %1; %2</source>
        <comment>%1 is the projection with its parameters, %2 the datum (WGS 84)</comment>
        <translation>%1; система координат %2</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::MapWidget</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>Набор данных не открыт.</translation>
    </message>
    <message>
        <source>Events at this place</source>
        <translation>События в этом месте</translation>
    </message>
    <message numerus="yes">
        <source>%n events here</source>
        <comment>a menu of co-located events</comment>
        <translation>
            <numerusform>Здесь %n событие</numerusform>
            <numerusform>Здесь %n события</numerusform>
            <numerusform>Здесь %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>an event in the chooser: its date — its title</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n events here: click to choose one</source>
        <comment>a tooltip over co-located markers</comment>
        <translation>
            <numerusform>Здесь %n событие: щёлкните, чтобы выбрать одно</numerusform>
            <numerusform>Здесь %n события: щёлкните, чтобы выбрать одно</numerusform>
            <numerusform>Здесь %n событий: щёлкните, чтобы выбрать одно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zoom in to see all %n events</source>
        <comment>the last entry of a chooser that lists only some events of a cluster</comment>
        <translation>
            <numerusform>Приблизить, чтобы увидеть все %n событие</numerusform>
            <numerusform>Приблизить, чтобы увидеть все %n события</numerusform>
            <numerusform>Приблизить, чтобы увидеть все %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PanelText</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list of states: A, B and C</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between items of a list of states</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Sovereignty</source>
        <comment>kind of control over a territory</comment>
        <translation>Суверенитет</translation>
    </message>
    <message>
        <source>Joint (undivided)</source>
        <comment>kind of control: two states share an undivided territory</comment>
        <translation>Совместное владение (без границы)</translation>
    </message>
    <message>
        <source>Military occupation</source>
        <comment>kind of control over a territory</comment>
        <translation>Военная оккупация</translation>
    </message>
    <message>
        <source>Administered; sovereignty disputed</source>
        <comment>kind of control over a territory</comment>
        <translation>Под управлением; суверенитет оспаривается</translation>
    </message>
    <message>
        <source>Transition</source>
        <comment>kind of control: a handover in progress</comment>
        <translation>Переходный период</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>с точностью до дня</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>с точностью до месяца</translation>
    </message>
    <message>
        <source>known to the season</source>
        <translation>с точностью до времени года</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>с точностью до года</translation>
    </message>
    <message>
        <source>known to the decade</source>
        <translation>с точностью до десятилетия</translation>
    </message>
    <message>
        <source>known to the century</source>
        <translation>с точностью до века</translation>
    </message>
    <message>
        <source>known to the millennium</source>
        <translation>с точностью до тысячелетия</translation>
    </message>
    <message>
        <source>uncertain and approximate</source>
        <translation>предположительно и приблизительно</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>предположительно</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <source>open start</source>
        <translation>без даты начала</translation>
    </message>
    <message>
        <source>no end (ongoing)</source>
        <translation>без даты окончания (продолжается)</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>начало неизвестно</translation>
    </message>
    <message>
        <source>end unknown</source>
        <translation>конец неизвестен</translation>
    </message>
    <message>
        <source>start %1</source>
        <comment>%1: how precisely the start is known</comment>
        <translation>начало: %1</translation>
    </message>
    <message>
        <source>end %1</source>
        <comment>%1: how precisely the end is known</comment>
        <translation>конец: %1</translation>
    </message>
    <message>
        <source>start %1, %2</source>
        <comment>%1: how precisely the start is known; %2: uncertain/approximate</comment>
        <translation>начало: %1, %2</translation>
    </message>
    <message>
        <source>end %1, %2</source>
        <comment>%1: how precisely the end is known; %2: uncertain/approximate</comment>
        <translation>конец: %1, %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>how precisely a date is known; uncertain/approximate</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No administering state recorded; no other claim recorded.</source>
        <translation>Управляющее государство не указано; иных притязаний не отмечено.</translation>
    </message>
    <message>
        <source>No administering state recorded; claimed by %1.</source>
        <translation>Управляющее государство не указано; суверенитет заявляет: %1.</translation>
    </message>
    <message>
        <source>Administered jointly by %1; no other claim recorded.</source>
        <translation>Совместное управление: %1; иных притязаний не отмечено.</translation>
    </message>
    <message>
        <source>Administered jointly by %1; claimed by %2.</source>
        <translation>Совместное управление: %1; суверенитет заявляет: %2.</translation>
    </message>
    <message>
        <source>Administered by %1; no other claim recorded.</source>
        <translation>Под управлением: %1; иных притязаний не отмечено.</translation>
    </message>
    <message>
        <source>Administered by %1; claimed by %2.</source>
        <translation>Под управлением: %1; суверенитет заявляет: %2.</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <comment>%1: citations</comment>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <comment>an area; %1 is the number</comment>
        <translation>%1 км²</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PlaybackBar</name>
    <message>
        <source>%1 year/s</source>
        <translation>%1 год/с</translation>
    </message>
    <message>
        <source>%1 years/s</source>
        <translation>%1 г./с</translation>
    </message>
    <message>
        <source>Previous control change</source>
        <translation>Предыдущая смена контроля</translation>
    </message>
    <message>
        <source>Go to the previous change of control (Ctrl+Page Up)</source>
        <translation>Перейти к предыдущей смене контроля (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <source>Go to the previous event (Page Up)</source>
        <translation>Перейти к предыдущему событию (Page Up)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Play or pause the timeline</source>
        <translation>Запустить или приостановить движение по шкале времени</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <source>Go to the next event (Page Down)</source>
        <translation>Перейти к следующему событию (Page Down)</translation>
    </message>
    <message>
        <source>Next control change</source>
        <translation>Следующая смена контроля</translation>
    </message>
    <message>
        <source>Go to the next change of control (Ctrl+Page Down)</source>
        <translation>Перейти к следующей смене контроля (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <source>e.g. 1956-10-19</source>
        <translation>например, 1956-10-19</translation>
    </message>
    <message>
        <source>Type a date (EDTF: 1956-10-19, 1978-08, 1945) and press Enter</source>
        <translation>Введите дату (EDTF: 1956-10-19, 1978-08, 1945) и нажмите Enter</translation>
    </message>
    <message>
        <source>Date error</source>
        <translation>Ошибка в дате</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>Текущая дата</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>Неверная дата: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n months/s</source>
        <comment>playback speed: months of history per second</comment>
        <translation>
            <numerusform>%n месяц/с</numerusform>
            <numerusform>%n месяца/с</numerusform>
            <numerusform>%n месяцев/с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks/s</source>
        <comment>playback speed: weeks of history per second</comment>
        <translation>
            <numerusform>%n неделя/с</numerusform>
            <numerusform>%n недели/с</numerusform>
            <numerusform>%n недель/с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days/s</source>
        <comment>playback speed: days of history per second</comment>
        <translation>
            <numerusform>%n день/с</numerusform>
            <numerusform>%n дня/с</numerusform>
            <numerusform>%n дней/с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days/s</source>
        <comment>playback speed: days of history per second, not a whole number</comment>
        <translation>%1 дня/с</translation>
    </message>
    <message>
        <source>How much history passes per second while playing</source>
        <translation>Сколько исторического времени проходит за секунду воспроизведения</translation>
    </message>
    <message>
        <source>After the end, start again from the beginning, or from the start of the loop set in the Go menu</source>
        <translation>Дойдя до конца, начинать заново — с самого начала или с начала интервала повтора, заданного в меню «Переход»</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PresentationWindow</name>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>&amp;Открыть экскурсию…</translation>
    </message>
    <message>
        <source>&amp;Save Tour</source>
        <translation>&amp;Сохранить экскурсию</translation>
    </message>
    <message>
        <source>Save Tour &amp;As…</source>
        <translation>Сохранить экскурсию &amp;как…</translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation>&amp;Экспорт карты…</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Handout (PDF)…</source>
        <translation>Экспорт экскурсии в &amp;раздаточный материал (PDF)…</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Frames for Video…</source>
        <translation>Экспорт экскурсии в ка&amp;дры для видео…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Экскурсия</translation>
    </message>
    <message>
        <source>&amp;Next Stop</source>
        <translation>&amp;Следующая остановка</translation>
    </message>
    <message>
        <source>&amp;Previous Stop</source>
        <translation>&amp;Предыдущая остановка</translation>
    </message>
    <message>
        <source>&amp;First Stop</source>
        <translation>П&amp;ервая остановка</translation>
    </message>
    <message>
        <source>&amp;Last Stop</source>
        <translation>П&amp;оследняя остановка</translation>
    </message>
    <message>
        <source>&amp;Blank Screen</source>
        <translation>&amp;Затемнить экран</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Увеличить текст</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>Выйти из полноэкранного режима</translation>
    </message>
    <message>
        <source>No tour loaded: File → Open Tour, or add stops in the tour editor (E).</source>
        <translation>Экскурсия не загружена: выберите «Файл → Открыть экскурсию» или добавьте остановки в редакторе экскурсии (E).</translation>
    </message>
    <message>
        <source>Press PageDown or → to start the tour.</source>
        <translation>Чтобы начать экскурсию, нажмите Page Down или →.</translation>
    </message>
    <message>
        <source>Unsaved tour</source>
        <translation>Несохранённая экскурсия</translation>
    </message>
    <message>
        <source>The tour has changes that are not saved. Save them?</source>
        <translation>В экскурсии есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Открыть экскурсию</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tours (*.json);;All files (*)</source>
        <translation>Экскурсии «Охотского атласа» (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open tour</source>
        <translation>Не удаётся открыть экскурсию</translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation>Сохранить экскурсию</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tours (*.json)</source>
        <translation>Экскурсии «Охотского атласа» (*.json)</translation>
    </message>
    <message>
        <source>Tour not saved</source>
        <translation>Экскурсия не сохранена</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Экспорт раздаточного материала</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout not written</source>
        <translation>Раздаточный материал не записан</translation>
    </message>
    <message>
        <source>Export Frames into Folder</source>
        <translation>Экспорт кадров в папку</translation>
    </message>
    <message>
        <source>Frame Size</source>
        <translation>Размер кадра</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Frame Rate</source>
        <translation>Частота кадров</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>Кадров в секунду:</translation>
    </message>
    <message>
        <source>Writing %1 frames…</source>
        <translation>Запись кадров: %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Frames not written</source>
        <translation>Кадры не записаны</translation>
    </message>
    <message>
        <source>Next &amp;Language</source>
        <comment>English → Japanese → Russian, for the interface and the data</comment>
        <translation>Следующий &amp;язык</translation>
    </message>
    <message>
        <source>Lecture[*]</source>
        <translation>Лекция[*]</translation>
    </message>
    <message>
        <source>Speaker Notes</source>
        <translation>Заметки докладчика</translation>
    </message>
    <message>
        <source>Protected tour file</source>
        <translation>Защищённый файл экскурсии</translation>
    </message>
    <message>
        <source>%1 is the tour shipped with the atlas or a read-only file. Write over it anyway?</source>
        <translation>%1 — экскурсия из комплекта атласа или файл только для чтения. Всё равно перезаписать?</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Video…</source>
        <translation>Экспорт экскурсии в &amp;видео…</translation>
    </message>
    <message>
        <source>tour</source>
        <comment>default file name of an exported video</comment>
        <translation>экскурсия</translation>
    </message>
    <message>
        <source>Export Tour as Video</source>
        <translation>Экспорт экскурсии в видео</translation>
    </message>
    <message>
        <source>MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)</source>
        <translation>Видео MP4, H.264 (*.mp4);;Видео WebM, VP9 (*.webm)</translation>
    </message>
    <message>
        <source>Video Size</source>
        <translation>Размер видео</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n frame(s)…</source>
        <translation>
            <numerusform>Кодируется %n кадр…</numerusform>
            <numerusform>Кодируются %n кадра…</numerusform>
            <numerusform>Кодируются %n кадров…</numerusform>
        </translation>
    </message>
    <message>
        <source>Video not written</source>
        <translation>Видео не записано</translation>
    </message>
    <message>
        <source>Video written: %1, with subtitles in English, Japanese and Russian beside it</source>
        <translation>Видео записано: %1, рядом — субтитры на английском, японском и русском</translation>
    </message>
    <message>
        <source>Print each stop&apos;s speaker notes under its caption?</source>
        <translation>Напечатать заметки докладчика под подписью каждой остановки?</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <comment>the lecturer&apos;s window: notes, next stop, times, editor</comment>
        <translation>&amp;Окно докладчика</translation>
    </message>
    <message>
        <source>&amp;Edit Tour</source>
        <translation>&amp;Редактировать экскурсию</translation>
    </message>
    <message>
        <source>S&amp;wap Screens</source>
        <comment>exchange the projector&apos;s and the lecturer&apos;s screens</comment>
        <translation>&amp;Поменять экраны местами</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Colours</source>
        <comment>lecture: map colours for a projector: deeper sea, dark coasts, strong fills</comment>
        <translation>&amp;Контрастные цвета</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Web Pages…</source>
        <comment>pages in three languages for students, opened from a USB stick</comment>
        <translation>Экспорт экскурсии в &amp;веб-страницы…</translation>
    </message>
    <message>
        <source>Export Tour as Web Pages into Folder</source>
        <translation>Папка для веб-страниц экскурсии</translation>
    </message>
    <message>
        <source>Writing the web pages…</source>
        <translation>Запись веб-страниц…</translation>
    </message>
    <message>
        <source>Web pages not written</source>
        <translation>Веб-страницы не записаны</translation>
    </message>
    <message>
        <source>Web pages written: open %1 in a browser</source>
        <translation>Веб-страницы записаны: откройте %1 в браузере</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PresenterView</name>
    <message>
        <source>Presenter View[*]</source>
        <translation>Окно докладчика[*]</translation>
    </message>
    <message>
        <source>Presenter</source>
        <comment>tab of the presenter view: the current and next stop, notes, times</comment>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Edit Tour</source>
        <comment>tab of the presenter view: the tour editor</comment>
        <translation>Редактор экскурсии</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>presenter view: heading over the next stop</comment>
        <translation>Следующая остановка</translation>
    </message>
    <message>
        <source>Restart Timer</source>
        <translation>Сбросить таймер</translation>
    </message>
    <message>
        <source>Time since the tour reached its first stop</source>
        <translation>Время с начала первой остановки экскурсии</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Текущее время</translation>
    </message>
    <message>
        <source>No tour loaded</source>
        <translation>Экскурсия не загружена</translation>
    </message>
    <message numerus="yes">
        <source>Before the first stop (%n stop(s))</source>
        <translation>
            <numerusform>Перед первой остановкой (всего %n остановка)</numerusform>
            <numerusform>Перед первой остановкой (всего %n остановки)</numerusform>
            <numerusform>Перед первой остановкой (всего %n остановок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop %1 of %2 · %3</source>
        <translation>Остановка %1 из %2 · %3</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(заметок нет)</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Конец экскурсии</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::SafeWriteText</name>
    <message>
        <source>disk full (no space left on the device)</source>
        <translation>диск заполнен (на устройстве не осталось места)</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>файл оказался бы больше, чем допускает эта система</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>файловая система доступна только для чтения</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>нет прав на запись в это место</translation>
    </message>
    <message>
        <source>the device reported a write error</source>
        <translation>устройство сообщило об ошибке записи</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <comment>%1 is a file, %2 the reason</comment>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>там уже есть папка с таким именем</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папки %1 не существует</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 — не папка</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::SourcesDialog</name>
    <message>
        <source>Data Sources and Credits</source>
        <translation>Источники данных и авторы</translation>
    </message>
    <message>
        <source>Search the sources</source>
        <translation>Поиск по источникам</translation>
    </message>
    <message>
        <source>Sources of the dataset</source>
        <translation>Источники набора данных</translation>
    </message>
    <message>
        <source>Coastlines: GSHHG 2.3.7, Wessel &amp;amp; Smith (1996), LGPL-3+.</source>
        <translation>Береговые линии: GSHHG 2.3.7, Wessel &amp;amp; Smith (1996), LGPL-3+.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <comment>sources in the dataset</comment>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <comment>sources matching a search</comment>
        <translation>
            <numerusform>%1 из %n источника</numerusform>
            <numerusform>%1 из %n источников</numerusform>
            <numerusform>%1 из %n источников</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::SourcesExport</name>
    <message>
        <source>cannot write %1: there are no sources to export</source>
        <translation>не удаётся записать %1: нет источников для экспорта</translation>
    </message>
    <message>
        <source>BibTeX (*.bib)</source>
        <translation>BibTeX (*.bib)</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json)</source>
        <translation>CSL-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Sources</source>
        <translation>Экспорт источников</translation>
    </message>
    <message>
        <source>Sources not exported</source>
        <translation>Источники не экспортированы</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TerritoryPanel</name>
    <message>
        <source>Choose a territory on the map to see its names, its state on the current date and its control history.</source>
        <translation>Выберите территорию на карте, чтобы увидеть её названия, положение на текущую дату и историю контроля над ней.</translation>
    </message>
    <message>
        <source>Control history</source>
        <translation>История контроля</translation>
    </message>
    <message>
        <source>Double-click a period to go to its start</source>
        <translation>Дважды щёлкните по периоду, чтобы перейти к его началу</translation>
    </message>
    <message>
        <source>Japanese usage</source>
        <translation>Японское название</translation>
    </message>
    <message>
        <source>Russian usage</source>
        <translation>Русское название</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Площадь:</translation>
    </message>
    <message>
        <source>(link)</source>
        <translation>(ссылка)</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>По данным:</translation>
    </message>
    <message>
        <source>Also published:</source>
        <translation>Также опубликовано:</translation>
    </message>
    <message>
        <source>No published area for this territory in the dataset.</source>
        <translation>Опубликованных сведений о площади этой территории в наборе данных нет.</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>No control period recorded for this date.</source>
        <translation>На эту дату нет записи о контроле над территорией.</translation>
    </message>
    <message>
        <source>The change of control falls within an imprecise interval; on this date either:</source>
        <translation>Смена контроля приходится на неточно датированный промежуток; на эту дату — один из двух вариантов:</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Английское название</translation>
    </message>
    <message>
        <source>Boundary, drawn schematically: the source names the line, not its course.</source>
        <translation>Граница показана схематично: источник называет линию, но не описывает её прохождение.</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Граница</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>Период действия: %1</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Basis event:</source>
        <translation>Событие-основание:</translation>
    </message>
    <message>
        <source>No sources for this boundary in the dataset.</source>
        <translation>Источников по этой границе в наборе данных нет.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TimeController</name>
    <message>
        <source>the date has no known start</source>
        <translation>начало даты неизвестно</translation>
    </message>
    <message>
        <source>%1 is outside the atlas&apos;s time span (%2 to %3)</source>
        <translation>%1 — вне периода, который охватывает атлас (с %2 по %3)</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TimelineWidget</name>
    <message>
        <source>No dataset is open.</source>
        <translation>Набор данных не открыт.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n событие</numerusform>
            <numerusform>и ещё %n события</numerusform>
            <numerusform>и ещё %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>date imprecise or uncertain</source>
        <comment>timeline legend: a soft, dashed mark</comment>
        <translation>неточная или предположительная дата</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <comment>timeline legend: a hollow mark; an event the sources do not confirm</comment>
        <translation>не подтверждено</translation>
    </message>
    <message>
        <source>control changes</source>
        <comment>timeline legend and tooltip heading: a territory changes hands</comment>
        <translation>смены контроля</translation>
    </message>
    <message>
        <source>Set Loop Start Here</source>
        <translation>Установить начало повтора здесь</translation>
    </message>
    <message>
        <source>Set Loop End Here</source>
        <translation>Установить конец повтора здесь</translation>
    </message>
    <message>
        <source>Clear Loop</source>
        <translation>Отменить повтор</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <comment>timeline tooltip: how many events one bar of the density view stands for</comment>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TourEditor</name>
    <message>
        <source>Tour title</source>
        <translation>Название экскурсии</translation>
    </message>
    <message>
        <source>Add Current State</source>
        <translation>Добавить текущее состояние</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Date (EDTF)</source>
        <translation>Дата (EDTF)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Область карты</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Заметки докладчика</translation>
    </message>
    <message>
        <source>Hold (attract loop, video)</source>
        <translation>Длительность показа (демонстрационный цикл, видео)</translation>
    </message>
    <message>
        <source>Stop %1, field &quot;date&quot;: %2</source>
        <translation>Остановка %1, поле «Дата»: %2</translation>
    </message>
    <message>
        <source>Stop %1, field &quot;view&quot;: %2</source>
        <translation>Остановка %1, поле «Область карты»: %2</translation>
    </message>
    <message>
        <source>The tour was not opened; the current tour is unchanged.
</source>
        <translation>Экскурсия не открыта; текущая экскурсия осталась без изменений.
</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <comment>tour editor: which language&apos;s title, caption and notes the fields edit</comment>
        <translation>Язык текстов</translation>
    </message>
    <message>
        <source>Export Sources…</source>
        <translation>Экспортировать источники…</translation>
    </message>
    <message>
        <source>Every source the tour’s stops cite, as BibTeX or CSL-JSON for a citation manager</source>
        <translation>Все источники, на которые ссылаются остановки экскурсии, в формате BibTeX или CSL-JSON для менеджера библиографии</translation>
    </message>
    <message>
        <source>no dataset is open</source>
        <translation>набор данных не открыт</translation>
    </message>
    <message>
        <source>Sources not exported: %1</source>
        <translation>Источники не экспортированы: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n source(s) to %1</source>
        <translation>
            <numerusform>%n источник экспортирован в %1</numerusform>
            <numerusform>%n источника экспортированы в %1</numerusform>
            <numerusform>%n источников экспортировано в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TourFileText</name>
    <message>
        <source>true or false</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>a missing JSON value</comment>
        <translation>ничего</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>ожидалось: %1, получено: %2</translation>
    </message>
    <message>
        <source>not valid JSON: at character offset %1: %2</source>
        <translation>ошибка в записи JSON, позиция %1: %2</translation>
    </message>
    <message>
        <source>not an Okhotsk Atlas tour file</source>
        <translation>это не файл экскурсии «Охотского атласа»</translation>
    </message>
    <message>
        <source>missing (this atlas reads version %1)</source>
        <translation>отсутствует (программа поддерживает версию %1)</translation>
    </message>
    <message>
        <source>version %1 is not supported (this atlas reads version %2)</source>
        <translation>версия %1 не поддерживается (программа поддерживает версию %2)</translation>
    </message>
    <message>
        <source>missing (a tour needs at least one stop)</source>
        <translation>отсутствует (в экскурсии должна быть хотя бы одна остановка)</translation>
    </message>
    <message>
        <source>the tour has no stops</source>
        <translation>в экскурсии нет остановок</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>неизвестное поле, пропущено</translation>
    </message>
    <message>
        <source>missing: every stop needs a date</source>
        <translation>отсутствует: у каждой остановки должна быть дата</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>число секунд</translation>
    </message>
    <message>
        <source>%1 seconds is out of range (more than 0, at most %2)</source>
        <translation>%1 с — вне допустимого диапазона (больше 0 и не больше %2)</translation>
    </message>
    <message>
        <source>%1: stop %2, field &quot;%3&quot;: %4</source>
        <comment>file: where in the tour file: what is wrong</comment>
        <translation>%1: остановка %2, поле «%3»: %4</translation>
    </message>
    <message>
        <source>%1: stop %2: %3</source>
        <comment>file: which stop: what is wrong</comment>
        <translation>%1: остановка %2: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <comment>file: which field: what is wrong</comment>
        <translation>%1: поле «%2»: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: what is wrong</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <comment>a problem that does not stop the tour</comment>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>null</source>
        <comment>the JSON value null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>no event &quot;%1&quot; in the dataset; the stop is kept without it</source>
        <translation>в наборе данных нет события «%1»; остановка загружена без него</translation>
    </message>
    <message>
        <source>no territory &quot;%1&quot; in the dataset; the stop is kept without it</source>
        <translation>в наборе данных нет территории «%1»; остановка загружена без неё</translation>
    </message>
    <message>
        <source>a string or an object with &quot;en&quot;, &quot;ja&quot;, &quot;ru&quot;</source>
        <translation>строка или объект с ключами «en», «ja», «ru»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no first day to go to</source>
        <translation>у «%1» нет первого дня, к которому можно перейти</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EDTF date: %2</source>
        <translation>«%1» — не дата в формате EDTF: %2</translation>
    </message>
    <message>
        <source>(empty name)</source>
        <comment>a JSON key that is the empty string</comment>
        <translation>(пустое имя)</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TradeChart</name>
    <message>
        <source>Log scale</source>
        <translation>Логарифмическая шкала</translation>
    </message>
    <message>
        <source>Logarithmic value axis; zero values cannot be drawn on it and are left out</source>
        <translation>Логарифмическая ось значений; нулевые значения на ней показать нельзя, поэтому они опущены</translation>
    </message>
    <message>
        <source>US$ million (current)</source>
        <translation>млн долл. США (в текущих ценах)</translation>
    </message>
    <message>
        <source>summed here</source>
        <translation>расчётная сумма</translation>
    </message>
    <message>
        <source>Totals computed in the dataset from the two flows, not stated by the source</source>
        <translation>Итоговые суммы рассчитаны в наборе данных по экспорту и импорту; источник их не приводит</translation>
    </message>
    <message>
        <source>(log scale: %1 zero values not drawn)</source>
        <translation>(логарифмическая шкала: нулевые значения не показаны — %1)</translation>
    </message>
    <message>
        <source>A logarithmic scale cannot show zero; hover a year to read its figures</source>
        <translation>На логарифмической шкале ноль показать нельзя; наведите указатель на год, чтобы увидеть его данные</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>
(annual series, drawn as lines)</source>
        <translation>
(годовой ряд, показан линиями)</translation>
    </message>
    <message>
        <source>
(figures from the text, drawn as points)</source>
        <translation>
(цифры из текста, показаны точками)</translation>
    </message>
    <message>
        <source>No trade figures in this dataset.</source>
        <translation>В этом наборе данных нет сведений о торговле.</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <source>Japan&apos;s exports</source>
        <translation>Экспорт Японии</translation>
    </message>
    <message>
        <source>Japan&apos;s imports</source>
        <translation>Импорт Японии</translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>over</source>
        <translation>более</translation>
    </message>
    <message>
        <source>about</source>
        <translation>около</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>как в источнике</translation>
    </message>
    <message>
        <source>nearly / less than</source>
        <translation>почти / менее</translation>
    </message>
    <message>
        <source>US$%1 million</source>
        <translation>%1 млн долл. США</translation>
    </message>
    <message>
        <source>Japan&apos;s exports to %1</source>
        <translation>Экспорт Японии (партнёр: %1)</translation>
    </message>
    <message>
        <source>Japan&apos;s imports from %1</source>
        <translation>Импорт Японии (партнёр: %1)</translation>
    </message>
    <message>
        <source>Trade between Japan and %1, both ways</source>
        <translation>Товарооборот Японии (партнёр: %1)</translation>
    </message>
    <message>
        <source>an upper bound: the true figure is below it</source>
        <translation>верхняя граница: действительное значение ниже</translation>
    </message>
    <message>
        <source>a lower bound: the true figure is above it</source>
        <translation>нижняя граница: действительное значение выше</translation>
    </message>
    <message>
        <source>an approximate figure</source>
        <translation>приблизительное значение</translation>
    </message>
    <message>
        <source>rounded or converted</source>
        <translation>округлено или пересчитано</translation>
    </message>
    <message>
        <source>summed here, not stated by the source</source>
        <translation>расчётная сумма, источник её не приводит</translation>
    </message>
    <message>
        <source>year inferred: the source dates it loosely</source>
        <translation>год установлен косвенно: источник датирует неточно</translation>
    </message>
    <message>
        <source>zero: not drawn on the logarithmic scale</source>
        <translation>ноль: на логарифмической шкале не показан</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Trade partner %1–%2: %3</source>
        <translation>Торговый партнёр в %1–%2 гг.: %3</translation>
    </message>
    <message>
        <source>… and %1 more figures here</source>
        <translation>… здесь ещё значений: %1</translation>
    </message>
    <message>
        <source>Trade between Japan and Russia by year</source>
        <comment>the trade chart, for screen readers</comment>
        <translation>Товарооборот Японии и России по годам</translation>
    </message>
    <message>
        <source>US$ million (current), log scale</source>
        <translation>млн долл. США (в текущих ценах), логарифмическая шкала</translation>
    </message>
    <message>
        <source>nearly %1</source>
        <comment>a trade figure: an upper bound</comment>
        <translation>почти %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <comment>a trade figure: a lower bound</comment>
        <translation>более %1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <comment>a trade figure: an upper bound</comment>
        <translation>менее %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>a trade figure: approximate</comment>
        <translation>около %1</translation>
    </message>
    <message>
        <source>below the series&apos; reporting threshold, given as %1</source>
        <translation>ниже порога учёта в этом ряду, указано как %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show the figures as a table beside the chart (sortable; Ctrl+C copies them)</source>
        <translation>Показать цифры таблицей рядом с графиком (её можно сортировать; Ctrl+C копирует)</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TradeTableModel</name>
    <message>
        <source>%1 (below threshold)</source>
        <comment>a trade figure under the series&apos; reporting threshold</comment>
        <translation>%1 (ниже порога учёта)</translation>
    </message>
    <message>
        <source>%1 (summed)</source>
        <comment>a trade figure summed in the dataset from the two flows</comment>
        <translation>%1 (сумма)</translation>
    </message>
    <message>
        <source>year uncertain</source>
        <translation>год неточен</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>a year the source gives only loosely</comment>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Exports (US$ million)</source>
        <comment>Japan&apos;s exports to Russia / the USSR</comment>
        <translation>Экспорт (млн долл. США)</translation>
    </message>
    <message>
        <source>Imports (US$ million)</source>
        <comment>Japan&apos;s imports from Russia / the USSR</comment>
        <translation>Импорт (млн долл. США)</translation>
    </message>
    <message>
        <source>Total (US$ million)</source>
        <translation>Всего (млн долл. США)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::UserLayerMenu</name>
    <message>
        <source>&amp;Layers</source>
        <translation>С&amp;лои</translation>
    </message>
    <message>
        <source>No layers added</source>
        <comment>the Layers menu when the user has added none</comment>
        <translation>Слои не добавлены</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>a user layer on the map and the timeline</comment>
        <translation>Показывать</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>a user layer</comment>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::UserLayers</name>
    <message>
        <source>%1: the file is gone; the layer is no longer shown</source>
        <comment>a saved user layer&apos;s file is missing</comment>
        <translation>%1: файл не найден; слой больше не показывается</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ViewActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>П&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation>Открыть &amp;ссылку…</translation>
    </message>
    <message>
        <source>&amp;Compare Dates…</source>
        <translation>Сравнить &amp;даты…</translation>
    </message>
    <message>
        <source>Copy &amp;Link to This View</source>
        <translation>Копировать &amp;ссылку на этот вид карты</translation>
    </message>
    <message>
        <source>Copy &amp;Citation for This View</source>
        <translation>Копировать &amp;библиографическую ссылку на этот вид карты</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>&amp;Добавить закладку…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>&amp;Управление закладками…</translation>
    </message>
    <message>
        <source>the link’s territory “%1” is not in this dataset</source>
        <translation>территории «%1», указанной в ссылке, нет в этом наборе данных</translation>
    </message>
    <message>
        <source>the link’s event “%1” is not in this dataset</source>
        <translation>события «%1», указанного в ссылке, нет в этом наборе данных</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Открыть ссылку</translation>
    </message>
    <message>
        <source>Part of the link could not be used:</source>
        <translation>Часть ссылки не удалось использовать:</translation>
    </message>
    <message>
        <source>A view link (okhotsk:…):</source>
        <translation>Ссылка на вид карты (okhotsk:…):</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>Добавление закладки</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Manage Bookmarks</source>
        <translation>Управление закладками</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Copy Sources of This View as &amp;BibTeX</source>
        <translation>Копировать источники этого вида в формате &amp;BibTeX</translation>
    </message>
    <message>
        <source>Copy Sources of This View as CSL-&amp;JSON</source>
        <translation>Копировать источники этого вида в формате CSL-&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Export Sources of This View…</source>
        <translation>&amp;Экспортировать источники этого вида…</translation>
    </message>
    <message>
        <source>cannot write %1: no dataset is open</source>
        <translation>не удаётся записать %1: набор данных не открыт</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ViewCitationText</name>
    <message>
        <source>%1 %2, map of %3.</source>
        <translation>%1 %2, карта на %3</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Ссылка на вид карты: %1</translation>
    </message>
    <message>
        <source>Sources shown (control of the territories on this date):</source>
        <translation>Источники (контроль над территориями на эту дату):</translation>
    </message>
    <message>
        <source>Sources shown (%1):</source>
        <translation>Источники (%1):</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ViewLinkText</name>
    <message>
        <source>“%1” is not a view link: a view link starts with “okhotsk:”</source>
        <translation>«%1» — не ссылка на вид карты: такая ссылка начинается с «okhotsk:»</translation>
    </message>
    <message>
        <source>the date has no first day (its start is open)</source>
        <translation>у этой даты нет первого дня (начало не задано)</translation>
    </message>
    <message>
        <source>the link’s date “%1” was left out: %2</source>
        <translation>дата «%1» из ссылки пропущена: %2</translation>
    </message>
    <message>
        <source>the link’s “%1” value “%2” was left out: it is not one the atlas knows</source>
        <translation>значение «%2» параметра «%1» из ссылки пропущено: атлас такого значения не знает</translation>
    </message>
    <message>
        <source>the link was made by a newer version of the atlas (format %1); what this version understands of it is shown</source>
        <translation>ссылка создана более новой версией атласа (формат %1); показано то, что понимает эта версия</translation>
    </message>
    <message>
        <source>the link’s map view “%1” was left out: %2</source>
        <translation>область карты «%1» из ссылки пропущена: %2</translation>
    </message>
    <message>
        <source>the link’s layer “%1” was left out: the atlas has no such layer</source>
        <translation>слой «%1» из ссылки пропущен: в атласе нет такого слоя</translation>
    </message>
</context>
</TS>
