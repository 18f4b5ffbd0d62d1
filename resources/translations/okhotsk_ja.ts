<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションの説明を表示します。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションも含めて説明を表示します。</translation>
    </message>
</context>
<context>
    <name>TourWeb</name>
    <message>
        <source>← Previous</source>
        <comment>web export: link to the tour&apos;s previous stop</comment>
        <translation>← 前の場面</translation>
    </message>
    <message>
        <source>Next →</source>
        <comment>web export: link to the tour&apos;s next stop</comment>
        <translation>次の場面 →</translation>
    </message>
    <message>
        <source>Contents</source>
        <comment>web export: heading of, and link to, the list of the tour&apos;s stops</comment>
        <translation>目次</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>web export: heading of a stop&apos;s sources and of the list of every source at the end</comment>
        <translation>出典</translation>
    </message>
    <message>
        <source>Every source cited by the stops of this tour: their events and the control of the territories shown on their dates.</source>
        <comment>web export: under the heading of the list of every source</comment>
        <translation>このツアーの場面が引く出典の一覧です。各場面の出来事と、その日付に示される領域の施政についての出典を含みます。</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <comment>web export: above a stop; %1 is its number, %2 the count</comment>
        <translation>場面 %1 / %2</translation>
    </message>
    <message>
        <source>Okhotsk Atlas · Coastlines: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3+ · every event and boundary with its sources in the atlas&apos;s dataset</source>
        <comment>web export: the credit line at the foot of the page, as on the handout</comment>
        <translation>オホーツク・アトラス · 海岸線：GSHHG 2.3.7（Wessel &amp; Smith）、LGPL-3+ · すべての出来事と境界線の出典は、本アトラスのデータセットに収録されています</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tour</source>
        <comment>web export: the title of a tour that has none</comment>
        <translation>オホーツク・アトラスのツアー</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::AddLayerDialog</name>
    <message>
        <source>Add Layer</source>
        <translation>レイヤーの追加</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>GeoJSON, GeoPackage, Shapefile, KML, CSV…</source>
        <translation>GeoJSON、GeoPackage、シェープファイル、KML、CSV など</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Start date field</source>
        <translation>開始日のフィールド</translation>
    </message>
    <message>
        <source>End date field</source>
        <translation>終了日のフィールド</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>ラベルのフィールド</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Dates are recognised as they come: EDTF or ISO 8601 (1945-08-28, 1945-08, 1945, 1945~), date-times, or date fields. Without an end field the start date alone gives the span; an empty end means still in force. Features without dates are shown on every day.</source>
        <translation>日付はそのままの形で読み取ります。EDTF または ISO 8601（1945-08-28、1945-08、1945、1945~）、日時、日付型のフィールドに対応します。終了日のフィールドがなければ開始日だけで期間を決めます。終了日が空のものは現在も有効とみなします。日付のない地物はどの日にも表示します。</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no field chosen</comment>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Vector data (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.csv *.fgb *.gml *.gpx);;All files (*)</source>
        <translation>ベクターデータ (*.geojson *.json *.gpkg *.shp *.kml *.kmz *.csv *.fgb *.gml *.gpx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Features: %1, with dates: %2</source>
        <comment>in the chosen layer</comment>
        <translation>地物：%1 件（うち日付あり：%2 件）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <comment>problems not listed</comment>
        <translation>…ほか %1 件</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>レイヤーの色</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::Application</name>
    <message>
        <source>Okhotsk Atlas</source>
        <translation>オホーツク・アトラス</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::AtlasDocument</name>
    <message>
        <source>The dataset cannot be reached (%1); the last version read is shown.</source>
        <translation>データセットに接続できません（%1）。最後に読み込んだ版を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>The dataset changed, but its new version has %n error(s) and was not opened; the last good version is shown. %1</source>
        <translation>
            <numerusform>データセットが更新されましたが、新しい版に %n 件のエラーがあるため開きませんでした。最後に正しく読めた版を表示しています。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::AtlasWindow</name>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>貿易</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトをリセット(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Data &amp;Sources and Credits</source>
        <translation>データの出典とクレジット(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Okhotsk Atlas</source>
        <translation>オホーツク・アトラスについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open Dataset &amp;Folder…</source>
        <translation>データセットのフォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;GeoPackage…</source>
        <translation>GeoPackage を開く(&amp;G)…</translation>
    </message>
    <message>
        <source>Open &amp;Embedded Dataset</source>
        <translation>内蔵データセットを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Dataset &amp;Diagnostics…</source>
        <translation>データセットの診断(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>表示をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Fit &amp;Region</source>
        <translation>対象範囲全体を表示(&amp;R)</translation>
    </message>
    <message>
        <source>Fit &amp;World</source>
        <translation>世界全体を表示(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Habomai Islets</source>
        <translation>歯舞群島を表示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation>距離を測定(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Names of Disputed Places</source>
        <translation>係争地の地名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Japanese Usage First (Etorofu / Iturup)</source>
        <translation>日本側の呼称を先に（択捉 / イトゥルップ）(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Russian Usage First (Iturup / Etorofu)</source>
        <translation>ロシア側の呼称を先に（イトゥルップ / 択捉）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;English Exonyms Where They Exist</source>
        <translation>英語の慣用名（ある場合）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>再生 / 一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>前の出来事(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>次の出来事(&amp;N)</translation>
    </message>
    <message>
        <source>Previous &amp;Control Change</source>
        <translation>前の統治の変更(&amp;C)</translation>
    </message>
    <message>
        <source>Next C&amp;ontrol Change</source>
        <translation>次の統治の変更(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Jump to Date…</source>
        <translation>日付を指定して移動(&amp;J)…</translation>
    </message>
    <message>
        <source>embedded dataset</source>
        <translation>内蔵データセット</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>データセット：%1</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>データセットを開けません</translation>
    </message>
    <message>
        <source>Nothing could be read from %1. The current dataset stays open.</source>
        <translation>%1 からは何も読み込めませんでした。現在のデータセットは開いたままです。</translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation>データセットのフォルダーを開く</translation>
    </message>
    <message>
        <source>Open GeoPackage</source>
        <translation>GeoPackage を開く</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation>GeoPackage (*.gpkg);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The embedded dataset was not found.</source>
        <translation>内蔵データセットが見つかりません。</translation>
    </message>
    <message>
        <source>Jump to Date</source>
        <translation>日付を指定して移動</translation>
    </message>
    <message>
        <source>Date (EDTF: 1956-10-19, 1978-08, 1945, 1945-08?):</source>
        <translation>日付（EDTF 形式：1956-10-19、1978-08、1945、1945-08? など）：</translation>
    </message>
    <message>
        <source>%1
Date (EDTF):</source>
        <translation>%1
日付（EDTF 形式）：</translation>
    </message>
    <message>
        <source>About Okhotsk Atlas</source>
        <translation>オホーツク・アトラスについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Okhotsk Atlas %1&lt;/h3&gt;&lt;p&gt;An interactive map and timeline of Japanese–Soviet and Japanese–Russian relations and the disputed territories.&lt;/p&gt;&lt;p&gt;The atlas takes no side: disputed places carry both names, and who administered and who claimed a territory are shown as separate facts, each with its source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;オホーツク・アトラス %1&lt;/h3&gt;&lt;p&gt;日ソ・日露関係と係争地域をたどる、対話型の地図と年表です。&lt;/p&gt;&lt;p&gt;本アトラスはどちらの立場にも立ちません。係争地には両方の名称を併記し、ある地域を施政した国と領有を主張した国は、それぞれ出典を添えて別々の事実として示しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1° N, %2° E</source>
        <translation>北緯%1°、東経%2°</translation>
    </message>
    <message>
        <source>%1° N, %2° W</source>
        <translation>北緯%1°、西経%2°</translation>
    </message>
    <message>
        <source>%1° S, %2° E</source>
        <translation>南緯%1°、東経%2°</translation>
    </message>
    <message>
        <source>%1° S, %2° W</source>
        <translation>南緯%1°、西経%2°</translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %1 · %n events</source>
        <translation>
            <numerusform>データセット：%1 · 出来事%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the interface and the data together</comment>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>使い方ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Set Loop &amp;Start at Current Date</source>
        <translation>現在の日付を繰り返し範囲の始点に設定(&amp;S)</translation>
    </message>
    <message>
        <source>Set Loop &amp;End at Current Date</source>
        <translation>現在の日付を繰り返し範囲の終点に設定(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lear Loop</source>
        <translation>繰り返しを解除(&amp;L)</translation>
    </message>
    <message>
        <source>Export D&amp;ata…</source>
        <translation>データを書き出す(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Layer…</source>
        <translation>レイヤーを追加(&amp;L)…</translation>
    </message>
    <message>
        <source>Not an Okhotsk Atlas dataset</source>
        <translation>オホーツク・アトラスのデータセットではありません</translation>
    </message>
    <message>
        <source>%1 is not an Okhotsk Atlas dataset: it has none of the layers events, territories, control periods, states, sources and the others an atlas needs. The current dataset stays open.

To show this file on the atlas, use File → Add Layer.</source>
        <translation>%1 はオホーツク・アトラスのデータセットではありません。出来事、地域、統治期間、国家、出典など、アトラスに必要なレイヤーが一つもありません。現在のデータセットは開いたままです。

このファイルを地図に重ねて表示するには、「ファイル」→「レイヤーを追加」を使ってください。</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::CommandLine</name>
    <message>
        <source>Open this dataset folder or GeoPackage instead of the embedded one.</source>
        <translation>内蔵データセットの代わりに、指定したデータセットのフォルダーまたは GeoPackage を開きます。</translation>
    </message>
    <message>
        <source>path</source>
        <comment>placeholder for a value in --help</comment>
        <translation>パス</translation>
    </message>
    <message>
        <source>Start at this date (EDTF).</source>
        <translation>指定した日付（EDTF 形式）から始めます。</translation>
    </message>
    <message>
        <source>date</source>
        <comment>placeholder for a value in --help</comment>
        <translation>日付</translation>
    </message>
    <message>
        <source>Ignore the layout and preferences saved by earlier runs.</source>
        <translation>以前の実行時に保存されたレイアウトと設定を無視します。</translation>
    </message>
    <message>
        <source>Save a screenshot of the whole screen to this PNG once the window has settled, then quit (for checking the interface by eye).</source>
        <translation>ウィンドウの表示が落ち着いたら画面全体のスクリーンショットを指定した PNG ファイルに保存し、終了します（画面を目視で確認するためのものです）。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>placeholder for a value in --help</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 3000).</source>
        <translation>--screenshot を実行するまでの待ち時間（ミリ秒、既定値 3000）。</translation>
    </message>
    <message>
        <source>ms</source>
        <comment>placeholder for a value in --help</comment>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Run as a museum kiosk: full screen, touch, attract loop, no way out but the configured exit (see packaging/README.md).</source>
        <translation>博物館の展示端末（キオスク）として実行します。全画面・タッチ操作・待機デモを使い、設定した終了方法以外では終了できません（packaging/README.md を参照）。</translation>
    </message>
    <message>
        <source>Read the kiosk settings from this INI file instead of %1.</source>
        <translation>%1 の代わりに、指定した INI ファイルからキオスクの設定を読み込みます。</translation>
    </message>
    <message>
        <source>Lecture mode: projector theme, tours stepped with a clicker.</source>
        <translation>講義モード：プロジェクター向けの配色で、ツアーをプレゼンテーション用リモコンで一場面ずつ進めます。</translation>
    </message>
    <message>
        <source>With --present: open this tour (default: the tour shipped with the dataset).</source>
        <translation>--present と併用：指定したツアーを開きます（既定：データセットに付属のツアー）。</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
    <message>
        <source>cannot open the dataset</source>
        <translation>データセットを開けません</translation>
    </message>
    <message>
        <source>--lang “%1” is not en, ja or ru</source>
        <translation>--lang の「%1」は en、ja、ru のいずれでもありません</translation>
    </message>
    <message>
        <source>Interface language: en, ja or ru (the viewer keeps it for later runs; --render and --export use it for that picture or handout).</source>
        <translation>表示言語：en、ja、ru のいずれか（ビューアーでは次回以降も使われます。--render と --export では、その画像や配布資料だけに使われます）。</translation>
    </message>
    <message>
        <source>code</source>
        <comment>placeholder for a value in --help</comment>
        <translation>コード</translation>
    </message>
    <message>
        <source>Draw the map on this date into --out (PNG, SVG or PDF) without a window, then quit.</source>
        <translation>ウィンドウを開かずに、指定した日付の地図を --out のファイル（PNG、SVG、PDF）に描いて終了します。</translation>
    </message>
    <message>
        <source>With --render or --export-frames: the picture&apos;s size in pixels, e.g. 1920x1080.</source>
        <translation>--render または --export-frames と併用：画像の大きさ（ピクセル、例：1920x1080）。</translation>
    </message>
    <message>
        <source>With --render: the file to write; its extension picks the format.</source>
        <translation>--render と併用：書き出すファイル。拡張子で形式が決まります。</translation>
    </message>
    <message>
        <source>With --render: region, world, habomai, or a box lon1,lat1,lon2,lat2 (default region).</source>
        <translation>--render と併用：region、world、habomai、または範囲 経度1,緯度1,経度2,緯度2（既定は region）。</translation>
    </message>
    <message>
        <source>view</source>
        <comment>placeholder for a value in --help</comment>
        <translation>表示範囲</translation>
    </message>
    <message>
        <source>With --render: japanese-first, russian-first or english (which name of a disputed place comes first).</source>
        <translation>--render と併用：japanese-first、russian-first、english のいずれか（係争地の名称をどちらから先に書くか）。</translation>
    </message>
    <message>
        <source>order</source>
        <comment>placeholder for a value in --help</comment>
        <translation>順序</translation>
    </message>
    <message>
        <source>With --render: multiply the type size by this factor.</source>
        <translation>--render と併用：文字の大きさをこの倍率にします。</translation>
    </message>
    <message>
        <source>factor</source>
        <comment>placeholder for a value in --help</comment>
        <translation>倍率</translation>
    </message>
    <message>
        <source>With --tour: write the tour&apos;s handout to this PDF, then quit.</source>
        <translation>--tour と併用：ツアーの配布資料をこの PDF に書き出して終了します。</translation>
    </message>
    <message>
        <source>With --tour: write the tour as numbered PNG frames for a video into this folder, then quit.</source>
        <translation>--tour と併用：動画用に、ツアーを連番の PNG フレームとしてこのフォルダーに書き出して終了します。</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>placeholder for a value in --help</comment>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Measure opening and drawing without a window and print the figures as JSON, then quit.</source>
        <translation>ウィンドウを開かずに読み込みと描画の時間を計測し、結果を JSON で出力して終了します。</translation>
    </message>
    <message>
        <source>A dataset folder or GeoPackage to open (the same as --dataset).</source>
        <translation>開くデータセットのフォルダーまたは GeoPackage（--dataset と同じ）。</translation>
    </message>
    <message>
        <source>[dataset]</source>
        <comment>the positional argument in the usage line of --help</comment>
        <translation>[データセット]</translation>
    </message>
    <message>
        <source>one dataset at a time: “%1” and “%2” were both given</source>
        <translation>データセットは一度に一つだけです：「%1」と「%2」の両方が指定されました</translation>
    </message>
    <message>
        <source>one dataset at a time: “%1” and --dataset “%2” were both given</source>
        <translation>データセットは一度に一つだけです：「%1」と --dataset の「%2」の両方が指定されました</translation>
    </message>
    <message>
        <source>Try “okhotsk-atlas --help” for the options.</source>
        <translation>オプションの一覧は「okhotsk-atlas --help」で確認できます。</translation>
    </message>
    <message>
        <source>%1 has errors and was not opened; correct them, or start with --allow-errors to open what is valid:</source>
        <translation>%1 にはエラーがあるため、開きませんでした。エラーを修正するか、--allow-errors を付けて起動すれば、有効な部分だけを開けます：</translation>
    </message>
    <message>
        <source>showing the embedded dataset instead</source>
        <translation>代わりに内蔵データセットを表示します</translation>
    </message>
    <message>
        <source>the embedded dataset has errors too; the kiosk shows what of it is valid:</source>
        <translation>内蔵データセットにもエラーがあります。キオスクではその有効な部分だけを表示します：</translation>
    </message>
    <message>
        <source>Open the dataset even if loading it found errors, leaving out what they name. Without it a dataset with errors is refused: the viewer and the kiosk show the embedded one instead, --render and --export write nothing and exit with status 1.</source>
        <translation>読み込みでエラーが見つかっても、エラーの箇所を除いてデータセットを開きます。この指定がなければ、エラーのあるデータセットは開きません。ビューアーとキオスクは代わりに内蔵データセットを表示し、--render と --export は何も書き出さずに終了ステータス 1 で終了します。</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 the dataset could not be read or has errors (see --allow-errors), or a tour or an output file could not be read or written; 2 a mistake in the command line.</source>
        <translation>終了ステータス：0 は成功、1 はデータセットを読み込めないかエラーがある（--allow-errors を参照）、またはツアーや出力ファイルの読み書きに失敗、2 はコマンドラインの誤り。</translation>
    </message>
    <message>
        <source>A view link (okhotsk:DATE?…) to open: the date, map view, language, layers and selection it names. It may stand in place of the dataset or beside it.</source>
        <translation>開く表示へのリンク（okhotsk:日付?…）。リンクが示す日付、地図の表示範囲、言語、レイヤー、選択の状態で開きます。データセットの代わりに指定することも、データセットと併せて指定することもできます。</translation>
    </message>
    <message>
        <source>[okhotsk:…]</source>
        <comment>the view link argument in the usage line of --help</comment>
        <translation>[okhotsk:…]</translation>
    </message>
    <message>
        <source>one view link at a time: “%1” and “%2” were both given</source>
        <translation>表示へのリンクは一度に一つだけです：「%1」と「%2」の両方が指定されました</translation>
    </message>
    <message>
        <source>Read staff PINs for the kiosk&apos;s PIN pad from standard input (one a line, not shown when typed) and print the exitPinHash= line for the kiosk settings, then quit.</source>
        <translation>展示端末の PIN 入力画面で使う職員用 PIN を標準入力から読み込み（1 行に一つ。入力中は表示されません）、展示端末の設定に書く exitPinHash= の行を出力して終了します。</translation>
    </message>
    <message>
        <source>Print what the kiosk would run with from this INI file (each setting and where it came from) and every problem, then quit: status 0 when there is none, 1 otherwise.</source>
        <translation>この INI ファイルで展示端末がどの設定で動作するか（各設定とその出どころ）と、すべての問題を出力して終了します。問題がなければ終了ステータスは 0、あれば 1 です。</translation>
    </message>
    <message>
        <source>With --tour: write the tour as a video (.mp4: H.264, .webm: VP9), with its subtitles in English, Japanese and Russian beside it as WebVTT files, then quit.</source>
        <translation>--tour と併用：ツアーを動画（.mp4 は H.264、.webm は VP9）として書き出し、英語・日本語・ロシア語の字幕を WebVTT ファイルとして隣に置いて終了します。</translation>
    </message>
    <message>
        <source>With --export-frames or --export-video: frames per second (default 25).</source>
        <translation>--export-frames または --export-video と併用：1秒あたりのフレーム数（既定は 25）。</translation>
    </message>
    <message>
        <source>With --tour and --export: print each stop&apos;s speaker notes under its caption.</source>
        <translation>--tour と --export と併用：各場面の発表者ノートを説明文の下に印刷します。</translation>
    </message>
    <message>
        <source>With --tour: write the tour as web pages in English, Japanese and Russian, with a map per stop, into this folder (it opens from a USB stick without a server), then quit.</source>
        <translation>--tour と併用：ツアーを英語・日本語・ロシア語のウェブページ（場面ごとに地図つき）としてこのフォルダーに書き出して終了します。サーバーなしで USB メモリーからも開けます。</translation>
    </message>
    <message>
        <source>Okhotsk Atlas: an interactive map and timeline of Japanese–Soviet and Japanese–Russian relations.

Headless output: okhotsk-atlas --render DATE --size WxH --out FILE [--view region|world|habomai]
Benchmark:       okhotsk-atlas --benchmark
Tour handout:    okhotsk-atlas --tour FILE --export HANDOUT.pdf [--handout-notes] [--lang en|ja|ru]
Video frames:    okhotsk-atlas --tour FILE --export-frames DIR --size WxH --fps N
Video:           okhotsk-atlas --tour FILE --export-video TALK.mp4|TALK.webm --size WxH --fps N
Web pages:       okhotsk-atlas --tour FILE --export-web DIR [--size WxH]</source>
        <translation>オホーツク・アトラス：日ソ・日露関係を扱う対話型の地図と年表です。

画像の直接出力：   okhotsk-atlas --render 日付 --size 幅x高さ --out ファイル [--view region|world|habomai]
ベンチマーク：     okhotsk-atlas --benchmark
ツアーの配布資料： okhotsk-atlas --tour ファイル --export 配布資料.pdf [--handout-notes] [--lang en|ja|ru]
動画用フレーム：   okhotsk-atlas --tour ファイル --export-frames フォルダー --size 幅x高さ --fps N
動画：             okhotsk-atlas --tour ファイル --export-video 講義.mp4|講義.webm --size 幅x高さ --fps N
ウェブページ：     okhotsk-atlas --tour ファイル --export-web フォルダー [--size 幅x高さ]</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::CompareText</name>
    <message>
        <source>the date has no first day (its start is open)</source>
        <translation>この日付には最初の日がありません（開始時期の定めのない期間です）</translation>
    </message>
    <message>
        <source>Control of territories</source>
        <translation>各地域の統治</translation>
    </message>
    <message>
        <source>No change of control.</source>
        <translation>統治の変更はありません。</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>境界線</translation>
    </message>
    <message>
        <source>No boundary came or went.</source>
        <translation>発効・失効した境界線はありません。</translation>
    </message>
    <message>
        <source>Events in between</source>
        <translation>その間の出来事</translation>
    </message>
    <message>
        <source>No events in between.</source>
        <translation>その間の出来事はありません。</translation>
    </message>
    <message>
        <source>Compare Dates</source>
        <translation>日付の比較</translation>
    </message>
    <message>
        <source>date (EDTF)</source>
        <translation>日付（EDTF）</translation>
    </message>
    <message>
        <source>Earlier date</source>
        <translation>早い方の日付</translation>
    </message>
    <message>
        <source>Later date</source>
        <translation>遅い方の日付</translation>
    </message>
    <message>
        <source>Map on the first date</source>
        <translation>1つ目の日付の地図</translation>
    </message>
    <message>
        <source>Map on the second date</source>
        <translation>2つ目の日付の地図</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>%1 or %2 (the day is uncertain)</source>
        <translation>%1または%2（日付不確定）</translation>
    </message>
    <message>
        <source>administered by: %1 → %2</source>
        <translation>施政：%1 → %2</translation>
    </message>
    <message>
        <source>claimed by: %1 → %2</source>
        <translation>領有主張：%1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>territory — what changed</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two changes</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>came into force: %1</source>
        <translation>発効：%1</translation>
    </message>
    <message>
        <source>no longer in force: %1</source>
        <translation>失効：%1</translation>
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
        <translation>現在の日付の時点で有効な可能性があります（移管の日付が特定できないため）</translation>
    </message>
    <message>
        <source>In force on the current date</source>
        <translation>現在の日付の時点で有効です</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Administered by</source>
        <translation>施政国</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>領有主張国</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Legal positions</source>
        <translation>法的立場</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DataExportDialog</name>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message>
        <source>Choose a folder to write to.</source>
        <translation>書き出し先のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose a file to write to.</source>
        <translation>書き出し先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The data could not be exported; nothing was written.</source>
        <translation>データを書き出せませんでした。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Export Data to Folder</source>
        <translation>データをフォルダーに書き出す</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>データの書き出し</translation>
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
        <translation>形式：</translation>
    </message>
    <message>
        <source>GeoPackage (one file, every layer)</source>
        <translation>GeoPackage（全レイヤーを一つのファイルに）</translation>
    </message>
    <message>
        <source>GeoJSON (a folder, one file per layer)</source>
        <translation>GeoJSON（フォルダーに、レイヤーごとに一つのファイル）</translation>
    </message>
    <message>
        <source>FlatGeobuf (a folder, one file per layer)</source>
        <translation>FlatGeobuf（フォルダーに、レイヤーごとに一つのファイル）</translation>
    </message>
    <message>
        <source>CSV with column types (a folder, one file per layer)</source>
        <translation>列の型付き CSV（フォルダーに、レイヤーごとに一つのファイル）</translation>
    </message>
    <message>
        <source>KML for Google Earth (one file, with time spans)</source>
        <translation>Google Earth 用 KML（一つのファイル、期間付き）</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>The whole dataset</source>
        <translation>データセット全体</translation>
    </message>
    <message>
        <source>What the current filters show</source>
        <translation>現在の絞り込みで表示されているもの</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Events of the categories shown in the event list, and control periods, boundaries and names, within the timeline&apos;s visible range (%1); the other layers whole.</source>
        <translation>出来事一覧に表示中の分類の出来事と、統治期間・境界線・名称のうち、タイムラインの表示範囲（%1）にかかるもの。その他のレイヤーは全体を書き出します。</translation>
    </message>
    <message>
        <source>every date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DateText</name>
    <message>
        <source>Type a date, for example 1956-10-19.</source>
        <translation>日付を入力してください（例：1956-10-19）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before the date does: write year-month-day, for example 1956-10-19.</source>
        <translation>「%1」は日付の途中で終わっています。年-月-日の形で入力してください（例：1956-10-19）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a date has no spaces (character %2).</source>
        <translation>「%1」：日付に空白は使えません（%2文字目）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: character %2 has no place in a date (write, for example, 1956-10-19, 1956-10 or 1956?).</source>
        <translation>「%1」：%2文字目は日付に使えない文字です（例：1956-10-19、1956-10、1956?）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a month and a day have two digits each, as in 1956-01-05.</source>
        <translation>「%1」：月と日はそれぞれ2桁で入力してください（例：1956-01-05）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year is not written the way EDTF writes years (character %2).</source>
        <translation>「%1」：年の書き方が EDTF の形式に合っていません（%2文字目）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: ?, ~ or % comes once, at the end of the date.</source>
        <translation>「%1」：?、~、% は日付の最後に一つだけ付けられます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: an interval is written start/end, for example 1945-08-09/1945-09-05.</source>
        <translation>「%1」：期間は「開始/終了」の形で入力してください（例：1945-08-09/1945-09-05）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the interval starts after it ends.</source>
        <translation>「%1」：期間の開始が終了より後になっています。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a form of date the atlas does not read (character %2).</source>
        <translation>「%1」は、このアトラスでは読み取れない日付の形式です（%2文字目）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2.</source>
        <translation>「%1」：%2月という月はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %3 %4 has no day %2.</source>
        <comment>%2 the day, %3 the month&apos;s name as in a date (Russian: genitive), %4 the year</comment>
        <translation>「%1」：%4年%3%2日という日付はありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the time of day is impossible or not allowed there (character %2); write it whole after a full date, as in 1945-08-09T11:02:00 or 1945-08-09T11:02:00+09:00.</source>
        <translation>「%1」：時刻が正しくないか、この位置では使えません（%2文字目）。完全な日付の後に、1945-08-09T11:02:00 や 1945-08-09T11:02:00+09:00 のように秒まで続けて書いてください。</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DiagnosticsDialog</name>
    <message>
        <source>Dataset diagnostics</source>
        <translation>データセットの診断</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows, or every row shown, as text</source>
        <translation>選択した行（選択がなければ表示中のすべての行）をテキストとしてコピーします</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>エラー1件</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>警告1件</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>注記1件</translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation>%1に問題は見つかりませんでした</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2：%1</translation>
    </message>
    <message>
        <source>Okhotsk Atlas dataset diagnostics</source>
        <translation>オホーツク・アトラス：データセット診断レポート</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>データセット：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>作成日時：%1</translation>
    </message>
    <message>
        <source>Save diagnostics report</source>
        <translation>診断レポートの保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>エラー%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>警告%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>注記%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of counts: errors, warnings (, notes)</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>&amp;Open What Is Valid</source>
        <translation>有効な部分だけを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the dataset without the rows and features the errors name</source>
        <comment>a button&apos;s tooltip</comment>
        <translation>エラーのある行や地物を除いてデータセットを開きます</translation>
    </message>
    <message>
        <source>Because of these errors the dataset was not opened, and the atlas on screen stays as it was. Correct the files named below and open the dataset again, or choose Open What Is Valid to open it without what the errors name.</source>
        <translation>これらのエラーのため、データセットは開かれず、画面のアトラスはそのままです。下に示したファイルを修正してからもう一度開くか、「有効な部分だけを開く」を選んで、エラーの箇所を除いて開いてください。</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>地物</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
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
        <translation>%1→%2：%3、方位角 %4°</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <comment>the length of the whole measured line</comment>
        <translation>合計：%1</translation>
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
        <translation>未確認</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Unconfirmed.</source>
        <translation>未確認。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::EventPanel</name>
    <message>
        <source>Choose an event in the list or on the map.</source>
        <translation>一覧または地図上で出来事を選んでください。</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>出来事を検索</translation>
    </message>
    <message>
        <source>Searches titles and summaries, in the display language and in English</source>
        <translation>表示言語と英語の両方で、見出しと概要を検索します</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <source>Categories (%1/%2)</source>
        <translation>分類（%1/%2）</translation>
    </message>
    <message>
        <source>Japanese era: %1</source>
        <translation>和暦：%1</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>場所：</translation>
    </message>
    <message>
        <source>Territories:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>not confirmed by the sources read; treat with caution (see the note).</source>
        <translation>参照した出典では確認されていません。取り扱いにご注意ください（注記を参照）。</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注記：</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message numerus="yes">
        <source>±%n years</source>
        <translation>
            <numerusform>±%n年</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only events within %n years of the current date</source>
        <translation>
            <numerusform>現在の日付の前後%n年以内の出来事だけを表示します</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>出来事%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1° N, %2° E</source>
        <translation>北緯%1°、東経%2°</translation>
    </message>
    <message>
        <source>%1° N, %2° W</source>
        <translation>北緯%1°、西経%2°</translation>
    </message>
    <message>
        <source>%1° S, %2° E</source>
        <translation>南緯%1°、東経%2°</translation>
    </message>
    <message>
        <source>%1° S, %2° W</source>
        <translation>南緯%1°、西経%2°</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>the list of events, for screen readers</comment>
        <translation>出来事の一覧</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>出来事の詳細</translation>
    </message>
    <message>
        <source>No event with sources is shown.</source>
        <translation>出典のある出来事が表示されていません。</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Copy or export this event’s sources for a citation manager</source>
        <translation>この出来事の出典を文献管理ソフト用にコピーまたは書き出します</translation>
    </message>
    <message>
        <source>Copy Sources as &amp;BibTeX</source>
        <translation>出典を BibTeX 形式でコピー(&amp;B)</translation>
    </message>
    <message>
        <source>Copy Sources as &amp;CSL-JSON</source>
        <translation>出典を CSL-JSON 形式でコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Sources…</source>
        <translation>出典を書き出す(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ExportText</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>the file must end in .png, .svg or .pdf</source>
        <translation>ファイルの拡張子は .png、.svg、.pdf のいずれかにしてください</translation>
    </message>
    <message>
        <source>the picture has no size</source>
        <translation>画像のサイズが0です</translation>
    </message>
    <message>
        <source>Okhotsk Atlas — %1</source>
        <comment>title of an exported picture; %1 is the date</comment>
        <translation>オホーツク・アトラス — %1</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG 形式への変換に失敗しました</translation>
    </message>
    <message>
        <source>the SVG generator could not start</source>
        <translation>SVG の生成処理を開始できませんでした</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>PDF の書き出し処理を開始できませんでした</translation>
    </message>
    <message>
        <source>Okhotsk Atlas · Coastlines: GSHHG 2.3.7 (Wessel &amp; Smith), LGPL-3+ · every event and boundary with its sources in the atlas&apos;s dataset</source>
        <comment>handout footer</comment>
        <translation>オホーツク・アトラス · 海岸線：GSHHG 2.3.7（Wessel &amp; Smith）、LGPL-3+ · すべての出来事と境界線の出典は、本アトラスのデータセットに収録されています</translation>
    </message>
    <message>
        <source>the tour has no stops</source>
        <translation>ツアーに場面がありません</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tour</source>
        <comment>title of a handout whose tour has none</comment>
        <translation>オホーツク・アトラスのツアー</translation>
    </message>
    <message>
        <source>the frame size is too small</source>
        <translation>フレームサイズが小さすぎます</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Sources:</source>
        <comment>handout: before the event&apos;s citations</comment>
        <translation>出典：</translation>
    </message>
    <message>
        <source>%1; frames 1 to %2 were written and stay in %3</source>
        <comment>%1 is why a frame could not be written</comment>
        <translation>%1。1～%2 番目のフレームは書き出し済みで、%3 にそのまま残っています</translation>
    </message>
    <message>
        <source>Okhotsk Atlas</source>
        <translation>オホーツク・アトラス</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north, on the north arrow</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>the page is too large at this resolution</source>
        <translation>この解像度ではページが大きすぎます</translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver</source>
        <translation>GDAL に GeoTIFF ドライバーがありません</translation>
    </message>
    <message>
        <source>GDAL could not create the GeoTIFF: %1</source>
        <translation>GDAL が GeoTIFF を作成できませんでした：%1</translation>
    </message>
    <message>
        <source>GDAL could not write the GeoTIFF: %1</source>
        <translation>GDAL が GeoTIFF を書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>GDAL wrote an empty GeoTIFF</source>
        <translation>GDAL が書き出した GeoTIFF が空です</translation>
    </message>
    <message>
        <source>the file must end in .png, .svg, .pdf, .tif or .tiff</source>
        <translation>ファイル名の末尾は .png、.svg、.pdf、.tif、.tiff のいずれかにしてください</translation>
    </message>
    <message>
        <source>cannot remove the old %1</source>
        <translation>古い %1 を削除できません</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>handout: heading of the bibliography at its end</comment>
        <translation>出典一覧</translation>
    </message>
    <message>
        <source>Every source cited by the stops of this tour: their events and the control of the territories shown on their dates.</source>
        <comment>handout: under the bibliography heading</comment>
        <translation>このツアーの各場面が挙げる出典のすべて。各場面の出来事と、その日付における表示地域の統治状況の出典を含む。</translation>
    </message>
    <message>
        <source>Speaker notes:</source>
        <comment>handout: before the lecturer&apos;s notes for a stop</comment>
        <translation>発表者ノート：</translation>
    </message>
    <message>
        <source>the web export to %1 was stopped before the end</source>
        <translation>%1 へのウェブ書き出しは途中で中止されました</translation>
    </message>
    <message>
        <source>cannot write the web export to %1: it is a file, not a folder</source>
        <translation>%1 にウェブページを書き出せません：フォルダーではなくファイルです</translation>
    </message>
    <message>
        <source>cannot write the web export to %1: the folder is not empty and holds no earlier web export of the atlas; choose an empty folder</source>
        <translation>%1 にウェブページを書き出せません：このフォルダーは空でなく、以前に本アトラスから書き出したウェブページでもありません。空のフォルダーを選んでください</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ExportViewDialog</name>
    <message>
        <source>Export View</source>
        <translation>表示のエクスポート</translation>
    </message>
    <message>
        <source>map.png, map.svg or map.pdf</source>
        <translation>例：地図.png、地図.svg、地図.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Full HD 1920 × 1080</source>
        <translation>フル HD 1920 × 1080</translation>
    </message>
    <message>
        <source>4K 3840 × 2160</source>
        <translation>4K 3840 × 2160</translation>
    </message>
    <message>
        <source>HD 1280 × 720</source>
        <translation>HD 1280 × 720</translation>
    </message>
    <message>
        <source>As shown %1 × %2</source>
        <translation>表示中のサイズ %1 × %2</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>書き出すファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels; the PDF page has the paper&apos;s size</source>
        <translation>%1 × %2 ピクセル。PDF のページは用紙の大きさになります</translation>
    </message>
    <message>
        <source>For print: a page with title, caption, north arrow and scale bar</source>
        <translation>印刷用：表題・説明・方位記号・縮尺記号の入ったページ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>A4 landscape (297 × 210 mm)</source>
        <translation>A4 横（297 × 210 mm）</translation>
    </message>
    <message>
        <source>A4 portrait (210 × 297 mm)</source>
        <translation>A4 縦（210 × 297 mm）</translation>
    </message>
    <message>
        <source>A3 landscape (420 × 297 mm)</source>
        <translation>A3 横（420 × 297 mm）</translation>
    </message>
    <message>
        <source>A3 portrait (297 × 420 mm)</source>
        <translation>A3 縦（297 × 420 mm）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ユーザー定義</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙の大きさ</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Resolution (dpi)</source>
        <translation>解像度（dpi）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Okhotsk Atlas</source>
        <comment>the default title of a printed map</comment>
        <translation>オホーツク・アトラス</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>A line under the date (optional)</source>
        <translation>日付の下に添える一行（任意）</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif *.tiff)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::HelpWindow</name>
    <message>
        <source>Guide</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>コマンドまたはキーで検索</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>ショートカットを検索</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカットの一覧</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::KioskCommands</name>
    <message>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>default: the file&apos;s value is refused</source>
        <translation>既定値（ファイルの値は受け付けられませんでした）</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>ファイルの値</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 hashed staff PIN(s)</source>
        <translation>ハッシュ化された職員用 PIN：%1 件</translation>
    </message>
    <message>
        <source>a plain-text PIN (insecure)</source>
        <translation>平文の PIN（安全ではありません）</translation>
    </message>
    <message>
        <source>none: no PIN pad</source>
        <translation>なし（PIN 入力画面は使われません）</translation>
    </message>
    <message>
        <source>tour %1 cannot be played; the shipped tour plays instead</source>
        <translation>ツアー %1 は再生できないため、付属のツアーを再生します</translation>
    </message>
    <message>
        <source>none found: the attract loop only returns to the start</source>
        <translation>見つかりません。待機中は開始画面に戻るだけです</translation>
    </message>
    <message>
        <source>the shipped tour (%1)</source>
        <translation>付属のツアー（%1）</translation>
    </message>
    <message>
        <source>the embedded dataset</source>
        <translation>内蔵データセット</translation>
    </message>
    <message>
        <source>PIN %1 is not 4 to 12 digits (0–9)</source>
        <translation>%1 番目の PIN が 4～12 桁の数字（0～9）ではありません</translation>
    </message>
    <message>
        <source>PIN %1 could not be hashed (libcrypt refused)</source>
        <translation>%1 番目の PIN をハッシュ化できませんでした（libcrypt が拒否しました）</translation>
    </message>
    <message>
        <source>Type each staff PIN (4 to 12 digits) and Enter; an empty line ends. Nothing is shown while you type.</source>
        <translation>職員用 PIN（4～12 桁）を一つずつ入力して Enter を押してください。空行で終わります。入力中の文字は表示されません。</translation>
    </message>
    <message>
        <source>no PIN given: nothing to hash</source>
        <translation>PIN が入力されていないため、ハッシュ化するものがありません</translation>
    </message>
    <message>
        <source>Put this line in the [kiosk] section of the kiosk&apos;s INI file:</source>
        <translation>次の行を展示端末の INI ファイルの [kiosk] セクションに書き入れてください：</translation>
    </message>
    <message>
        <source>the primary screen</source>
        <translation>プライマリ画面</translation>
    </message>
    <message>
        <source>%1 (checked when the kiosk starts; the primary screen if there is none such)</source>
        <translation>%1（展示端末の起動時に確認します。該当する画面がなければプライマリ画面を使います）</translation>
    </message>
    <message>
        <source>The kiosk would run with (from %1):</source>
        <translation>展示端末は次の設定で動作します（%1 より）：</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>問題はありません。</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>問題（%1 件）：</translation>
    </message>
    <message>
        <source>off (nothing is recorded)</source>
        <translation>オフ（何も記録しません）</translation>
    </message>
    <message>
        <source>no warning</source>
        <translation>警告なし</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::KioskText</name>
    <message>
        <source>Okhotsk Atlas</source>
        <comment>the application&apos;s name as a title</comment>
        <translation>オホーツク・アトラス</translation>
    </message>
    <message>
        <source>Japan and Russia, 1855 to today: the Kuril Islands and Sakhalin</source>
        <translation>日本とロシア、1855年から今日まで：千島列島と樺太・サハリン</translation>
    </message>
    <message>
        <source>Start over</source>
        <comment>kiosk button: back to the start screen</comment>
        <translation>最初から</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <comment>kiosk button: previous event</comment>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <comment>kiosk button: play through time</comment>
        <translation>▶ 再生</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <comment>kiosk button</comment>
        <translation>❚❚ 一時停止</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <comment>kiosk button: next event</comment>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Touch an island or a marker to read its story. Drag the timeline to travel in time; pinch the map to zoom.</source>
        <translation>島や印に触れると、その歴史が表示されます。年表をなぞると時代を移動でき、地図は二本指で拡大できます。</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>heading of the list of sources</comment>
        <translation>出典</translation>
    </message>
    <message>
        <source>Not confirmed by the sources</source>
        <comment>a tour stop the data does not back up</comment>
        <translation>出典で未確認</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <comment>prompt for the code that leaves the kiosk</comment>
        <translation>係員用暗証番号</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Story</source>
        <comment>the kiosk&apos;s text about the chosen island or event</comment>
        <translation>解説</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>the PIN pad&apos;s button that checks the PIN typed</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <comment>the PIN pad, after OK with a PIN that is not a staff PIN</comment>
        <translation>PIN が違います。</translation>
    </message>
    <message>
        <source>Too many wrong PINs: the pad is locked for %1 min.</source>
        <comment>the PIN pad&apos;s lock-out; %1 is a number of minutes</comment>
        <translation>誤った PIN が多すぎるため、%1 分間入力できません。</translation>
    </message>
    <message>
        <source>Try again in %1 s.</source>
        <comment>the PIN pad&apos;s wait after a wrong PIN; %1 is a number of seconds</comment>
        <translation>%1 秒後にもう一度入力してください。</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <comment>the kiosk&apos;s warning before it starts again from the beginning</comment>
        <translation>まだご覧になっていますか？</translation>
    </message>
    <message numerus="yes">
        <source>The atlas starts again from the beginning in %n second(s). Touch the screen to carry on.</source>
        <comment>the kiosk&apos;s warning; %n counts down</comment>
        <translation>
            <numerusform>あと %n 秒で最初の画面に戻ります。続けるには画面に触れてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <comment>the kiosk&apos;s welcome screen: one button per language, each in its own language</comment>
        <translation>タッチしてスタート</translation>
    </message>
    <message>
        <source>Legend</source>
        <comment>kiosk button that shows or hides the map&apos;s key</comment>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::LegendMenu</name>
    <message>
        <source>Legend &amp;Position</source>
        <translation>凡例の位置(&amp;P)</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>凡例を表示(&amp;L)</translation>
    </message>
    <message>
        <source>Top &amp;Left</source>
        <comment>legend position</comment>
        <translation>左上(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Top Right</source>
        <comment>legend position</comment>
        <translation>右上(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Bottom Left</source>
        <comment>legend position</comment>
        <translation>左下(&amp;B)</translation>
    </message>
    <message>
        <source>Bottom &amp;Right</source>
        <comment>legend position</comment>
        <translation>右下(&amp;R)</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::MapText</name>
    <message>
        <source>no status recorded</source>
        <comment>a territory on a day the data does not cover</comment>
        <translation>状態の記録なし</translation>
    </message>
    <message>
        <source>Administered by</source>
        <comment>map legend heading, followed by state colour swatches</comment>
        <translation>施政国</translation>
    </message>
    <message>
        <source>claimed by (hatching in its colour)</source>
        <comment>map legend</comment>
        <translation>領有主張（主張国の色の斜線）</translation>
    </message>
    <message>
        <source>disputed (dashed outline)</source>
        <comment>map legend</comment>
        <translation>係争地（破線の輪郭）</translation>
    </message>
    <message>
        <source>joint administration (stripes)</source>
        <comment>map legend</comment>
        <translation>共同統治（縞）</translation>
    </message>
    <message>
        <source>uncertain day or transition (?)</source>
        <comment>map legend</comment>
        <translation>日付不確定・移行期（?）</translation>
    </message>
    <message>
        <source>boundary in force</source>
        <comment>map legend: a line symbol</comment>
        <translation>有効な境界線</translation>
    </message>
    <message>
        <source>schematic boundary (course not given)</source>
        <comment>map legend: a dotted line symbol</comment>
        <translation>模式的な境界線（経路は不明）</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>map legend heading, followed by event categories</comment>
        <translation>出来事</translation>
    </message>
    <message>
        <source>imprecise date (halo)</source>
        <comment>map legend: an event marker with a soft halo</comment>
        <translation>日付が不正確（ぼかし）</translation>
    </message>
    <message>
        <source>later event (ring)</source>
        <comment>map legend: an event after the current date</comment>
        <translation>後の出来事（輪）</translation>
    </message>
    <message>
        <source>Coastlines: GSHHG 2.3.7 (LGPL-3+); data: see sources</source>
        <comment>map credit line</comment>
        <translation>海岸線: GSHHG 2.3.7 (LGPL-3+)、データ: 出典を参照</translation>
    </message>
    <message>
        <source>%1 km</source>
        <comment>a distance; %1 is the number</comment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>Treaty</source>
        <comment>event category</comment>
        <translation>条約</translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <comment>event category</comment>
        <translation>外交</translation>
    </message>
    <message>
        <source>Military</source>
        <comment>event category</comment>
        <translation>軍事</translation>
    </message>
    <message>
        <source>Territorial</source>
        <comment>event category</comment>
        <translation>領土</translation>
    </message>
    <message>
        <source>Trade</source>
        <comment>event category</comment>
        <translation>貿易</translation>
    </message>
    <message>
        <source>Economy</source>
        <comment>event category</comment>
        <translation>経済</translation>
    </message>
    <message>
        <source>Politics</source>
        <comment>event category</comment>
        <translation>政治</translation>
    </message>
    <message>
        <source>day uncertain: %1 → %2</source>
        <comment>the state before → after an imprecisely dated change</comment>
        <translation>日付不確定: %1 → %2</translation>
    </message>
    <message>
        <source>joint: %1</source>
        <comment>administered jointly by the states in %1</comment>
        <translation>共同統治: %1</translation>
    </message>
    <message>
        <source>occupied by %1</source>
        <comment>a territory under military occupation</comment>
        <translation>占領: %1</translation>
    </message>
    <message>
        <source>administered by %1</source>
        <comment>a territory&apos;s administering state</comment>
        <translation>施政: %1</translation>
    </message>
    <message>
        <source>%1 · claimed by %2</source>
        <comment>%1 is who administers, %2 the other claimants</comment>
        <translation>%1 · 領有主張: %2</translation>
    </message>
    <message>
        <source>Map on %1.</source>
        <comment>for screen readers; %1 is the date</comment>
        <translation>%1の地図。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>for screen readers: a territory&apos;s names, then its state on the day</comment>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source> &amp; </source>
        <comment>joins the names of two states on a map label</comment>
        <translation>・</translation>
    </message>
    <message>
        <source>in transition: %1</source>
        <comment>%1 lists the states involved, joined by &quot; &amp; &quot;</comment>
        <translation>移行期: %1</translation>
    </message>
    <message>
        <source>Coastlines: GSHHG 2.3.7 (LGPL-3+)</source>
        <comment>map credit line when no data is drawn</comment>
        <translation>海岸線: GSHHG 2.3.7 (LGPL-3+)</translation>
    </message>
    <message>
        <source>Data: see sources</source>
        <comment>map credit line when no coastline is drawn</comment>
        <translation>データ: 出典を参照</translation>
    </message>
    <message>
        <source>%1° S</source>
        <comment>a latitude</comment>
        <translation>南緯%1°</translation>
    </message>
    <message>
        <source>%1° N</source>
        <comment>a latitude</comment>
        <translation>北緯%1°</translation>
    </message>
    <message>
        <source>%1° W</source>
        <comment>a longitude</comment>
        <translation>西経%1°</translation>
    </message>
    <message>
        <source>%1° E</source>
        <comment>a longitude</comment>
        <translation>東経%1°</translation>
    </message>
    <message>
        <source>%1 S</source>
        <comment>a latitude in DMS</comment>
        <translation>南緯%1</translation>
    </message>
    <message>
        <source>%1 N</source>
        <comment>a latitude in DMS</comment>
        <translation>北緯%1</translation>
    </message>
    <message>
        <source>%1 W</source>
        <comment>a longitude in DMS</comment>
        <translation>西経%1</translation>
    </message>
    <message>
        <source>%1 E</source>
        <comment>a longitude in DMS</comment>
        <translation>東経%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a position: latitude, longitude</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Lambert conformal conic, standard parallels %1 and %2, central meridian %3</source>
        <comment>the map&apos;s projection, in its credit line</comment>
        <translation>ランベルト正角円錐図法（標準緯線 %1・%2、中央経線 %3）</translation>
    </message>
    <message>
        <source>Equal Earth, central meridian %1</source>
        <comment>the world map&apos;s projection, in its credit line</comment>
        <translation>イコールアース図法（中央経線 %1）</translation>
    </message>
    <message>
        <source>Projection: %1; %2</source>
        <comment>%1 is the projection with its parameters, %2 the datum (WGS 84)</comment>
        <translation>%1、測地系: %2</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::MapWidget</name>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message>
        <source>Events at this place</source>
        <translation>この場所の出来事</translation>
    </message>
    <message numerus="yes">
        <source>%n events here</source>
        <comment>a menu of co-located events</comment>
        <translation>
            <numerusform>この場所の出来事（%n件）</numerusform>
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
            <numerusform>ここには出来事が%n件あります。クリックして選んでください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zoom in to see all %n events</source>
        <comment>the last entry of a chooser that lists only some events of a cluster</comment>
        <translation>
            <numerusform>拡大して %n 件すべてを表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PanelText</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list of states: A, B and C</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between items of a list of states</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Sovereignty</source>
        <comment>kind of control over a territory</comment>
        <translation>主権</translation>
    </message>
    <message>
        <source>Joint (undivided)</source>
        <comment>kind of control: two states share an undivided territory</comment>
        <translation>共同統治（境界なし）</translation>
    </message>
    <message>
        <source>Military occupation</source>
        <comment>kind of control over a territory</comment>
        <translation>軍事占領</translation>
    </message>
    <message>
        <source>Administered; sovereignty disputed</source>
        <comment>kind of control over a territory</comment>
        <translation>施政下・主権係争中</translation>
    </message>
    <message>
        <source>Transition</source>
        <comment>kind of control: a handover in progress</comment>
        <translation>移行期</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>日まで特定</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>月まで特定</translation>
    </message>
    <message>
        <source>known to the season</source>
        <translation>季節まで特定</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>年まで特定</translation>
    </message>
    <message>
        <source>known to the decade</source>
        <translation>年代まで特定</translation>
    </message>
    <message>
        <source>known to the century</source>
        <translation>世紀まで特定</translation>
    </message>
    <message>
        <source>known to the millennium</source>
        <translation>千年紀まで特定</translation>
    </message>
    <message>
        <source>uncertain and approximate</source>
        <translation>不確定・おおよそ</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>不確定</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>おおよそ</translation>
    </message>
    <message>
        <source>open start</source>
        <translation>開始時期の定めなし</translation>
    </message>
    <message>
        <source>no end (ongoing)</source>
        <translation>終了なし（継続中）</translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation>開始は不明</translation>
    </message>
    <message>
        <source>end unknown</source>
        <translation>終了は不明</translation>
    </message>
    <message>
        <source>start %1</source>
        <comment>%1: how precisely the start is known</comment>
        <translation>開始は%1</translation>
    </message>
    <message>
        <source>end %1</source>
        <comment>%1: how precisely the end is known</comment>
        <translation>終了は%1</translation>
    </message>
    <message>
        <source>start %1, %2</source>
        <comment>%1: how precisely the start is known; %2: uncertain/approximate</comment>
        <translation>開始は%1（%2）</translation>
    </message>
    <message>
        <source>end %1, %2</source>
        <comment>%1: how precisely the end is known; %2: uncertain/approximate</comment>
        <translation>終了は%1（%2）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>how precisely a date is known; uncertain/approximate</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>No administering state recorded; no other claim recorded.</source>
        <translation>施政国の記録なし。他国の領有主張の記録なし。</translation>
    </message>
    <message>
        <source>No administering state recorded; claimed by %1.</source>
        <translation>施政国の記録なし。領有を主張：%1。</translation>
    </message>
    <message>
        <source>Administered jointly by %1; no other claim recorded.</source>
        <translation>共同統治：%1。他国の領有主張の記録なし。</translation>
    </message>
    <message>
        <source>Administered jointly by %1; claimed by %2.</source>
        <translation>共同統治：%1。領有を主張：%2。</translation>
    </message>
    <message>
        <source>Administered by %1; no other claim recorded.</source>
        <translation>施政：%1。他国の領有主張の記録なし。</translation>
    </message>
    <message>
        <source>Administered by %1; claimed by %2.</source>
        <translation>施政：%1。領有を主張：%2。</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <comment>%1: citations</comment>
        <translation>出典：%1</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <comment>an area; %1 is the number</comment>
        <translation>%1 km²</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PlaybackBar</name>
    <message>
        <source>%1 year/s</source>
        <translation>毎秒%1年</translation>
    </message>
    <message>
        <source>%1 years/s</source>
        <translation>毎秒%1年</translation>
    </message>
    <message>
        <source>Previous control change</source>
        <translation>前の統治の変更</translation>
    </message>
    <message>
        <source>Go to the previous change of control (Ctrl+Page Up)</source>
        <translation>前の統治の変更へ移動します（Ctrl+Page Up）</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>前の出来事</translation>
    </message>
    <message>
        <source>Go to the previous event (Page Up)</source>
        <translation>前の出来事へ移動します（Page Up）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play or pause the timeline</source>
        <translation>年表を再生または一時停止します</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>次の出来事</translation>
    </message>
    <message>
        <source>Go to the next event (Page Down)</source>
        <translation>次の出来事へ移動します（Page Down）</translation>
    </message>
    <message>
        <source>Next control change</source>
        <translation>次の統治の変更</translation>
    </message>
    <message>
        <source>Go to the next change of control (Ctrl+Page Down)</source>
        <translation>次の統治の変更へ移動します（Ctrl+Page Down）</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>日付へ移動</translation>
    </message>
    <message>
        <source>e.g. 1956-10-19</source>
        <translation>例：1956-10-19</translation>
    </message>
    <message>
        <source>Type a date (EDTF: 1956-10-19, 1978-08, 1945) and press Enter</source>
        <translation>日付（EDTF 形式：1956-10-19、1978-08、1945 など）を入力して Enter キーを押してください</translation>
    </message>
    <message>
        <source>Date error</source>
        <translation>日付のエラー</translation>
    </message>
    <message>
        <source>Current date</source>
        <translation>現在の日付</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation>日付として認識できません：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n months/s</source>
        <comment>playback speed: months of history per second</comment>
        <translation>
            <numerusform>毎秒%nか月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks/s</source>
        <comment>playback speed: weeks of history per second</comment>
        <translation>
            <numerusform>毎秒%n週</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days/s</source>
        <comment>playback speed: days of history per second</comment>
        <translation>
            <numerusform>毎秒%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days/s</source>
        <comment>playback speed: days of history per second, not a whole number</comment>
        <translation>毎秒%1日</translation>
    </message>
    <message>
        <source>How much history passes per second while playing</source>
        <translation>再生中に1秒間で進む歴史上の時間</translation>
    </message>
    <message>
        <source>After the end, start again from the beginning, or from the start of the loop set in the Go menu</source>
        <translation>終わりまで再生したら、最初から、または「移動」メニューで設定した繰り返し範囲の始点から、もう一度再生します</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PresentationWindow</name>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>貿易</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>ツアーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save Tour</source>
        <translation>ツアーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save Tour &amp;As…</source>
        <translation>名前を付けてツアーを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation>表示をエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Handout (PDF)…</source>
        <translation>ツアーを配布資料としてエクスポート（PDF）(&amp;H)…</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Frames for Video…</source>
        <translation>ツアーを動画用フレームとしてエクスポート(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>ツアー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Next Stop</source>
        <translation>次の場面(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Stop</source>
        <translation>前の場面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First Stop</source>
        <translation>最初の場面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Stop</source>
        <translation>最後の場面(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Blank Screen</source>
        <translation>画面を暗転(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation>全画面表示を終了</translation>
    </message>
    <message>
        <source>No tour loaded: File → Open Tour, or add stops in the tour editor (E).</source>
        <translation>ツアーが読み込まれていません。「ファイル → ツアーを開く」で開くか、ツアー編集（E）で場面を追加してください。</translation>
    </message>
    <message>
        <source>Press PageDown or → to start the tour.</source>
        <translation>ページダウン キーか → キーを押すと、ツアーが始まります。</translation>
    </message>
    <message>
        <source>Unsaved tour</source>
        <translation>未保存のツアー</translation>
    </message>
    <message>
        <source>The tour has changes that are not saved. Save them?</source>
        <translation>ツアーに保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>ツアーを開く</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tours (*.json);;All files (*)</source>
        <translation>オホーツク・アトラスのツアー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot open tour</source>
        <translation>ツアーを開けません</translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation>ツアーを保存</translation>
    </message>
    <message>
        <source>Okhotsk Atlas tours (*.json)</source>
        <translation>オホーツク・アトラスのツアー (*.json)</translation>
    </message>
    <message>
        <source>Tour not saved</source>
        <translation>ツアーを保存できませんでした</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>配布資料のエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout not written</source>
        <translation>配布資料を書き出せませんでした</translation>
    </message>
    <message>
        <source>Export Frames into Folder</source>
        <translation>フレームの書き出し先フォルダー</translation>
    </message>
    <message>
        <source>Frame Size</source>
        <translation>フレームサイズ</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>サイズ：</translation>
    </message>
    <message>
        <source>Frame Rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>1秒あたりのフレーム数：</translation>
    </message>
    <message>
        <source>Writing %1 frames…</source>
        <translation>%1 フレームを書き出しています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Frames not written</source>
        <translation>フレームを書き出せませんでした</translation>
    </message>
    <message>
        <source>Next &amp;Language</source>
        <comment>English → Japanese → Russian, for the interface and the data</comment>
        <translation>次の言語(&amp;L)</translation>
    </message>
    <message>
        <source>Lecture[*]</source>
        <translation>講義[*]</translation>
    </message>
    <message>
        <source>Speaker Notes</source>
        <translation>発表者ノート</translation>
    </message>
    <message>
        <source>Protected tour file</source>
        <translation>保護されたツアーファイル</translation>
    </message>
    <message>
        <source>%1 is the tour shipped with the atlas or a read-only file. Write over it anyway?</source>
        <translation>%1 はアトラスに付属のツアーか、読み取り専用のファイルです。それでも上書きしますか？</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Video…</source>
        <translation>ツアーを動画としてエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>tour</source>
        <comment>default file name of an exported video</comment>
        <translation>ツアー</translation>
    </message>
    <message>
        <source>Export Tour as Video</source>
        <translation>ツアーを動画としてエクスポート</translation>
    </message>
    <message>
        <source>MP4 video, H.264 (*.mp4);;WebM video, VP9 (*.webm)</source>
        <translation>MP4 動画、H.264 (*.mp4);;WebM 動画、VP9 (*.webm)</translation>
    </message>
    <message>
        <source>Video Size</source>
        <translation>動画のサイズ</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n frame(s)…</source>
        <translation>
            <numerusform>%n フレームをエンコードしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Video not written</source>
        <translation>動画を書き出せませんでした</translation>
    </message>
    <message>
        <source>Video written: %1, with subtitles in English, Japanese and Russian beside it</source>
        <translation>動画を書き出しました：%1（英語・日本語・ロシア語の字幕を隣に置きました）</translation>
    </message>
    <message>
        <source>Print each stop&apos;s speaker notes under its caption?</source>
        <translation>各場面の発表者ノートを説明文の下に印刷しますか？</translation>
    </message>
    <message>
        <source>&amp;Presenter View</source>
        <comment>the lecturer&apos;s window: notes, next stop, times, editor</comment>
        <translation>発表者ビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Edit Tour</source>
        <translation>ツアーを編集(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;wap Screens</source>
        <comment>exchange the projector&apos;s and the lecturer&apos;s screens</comment>
        <translation>画面を入れ替え(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Colours</source>
        <comment>lecture: map colours for a projector: deeper sea, dark coasts, strong fills</comment>
        <translation>高コントラストの配色(&amp;H)</translation>
    </message>
    <message>
        <source>Export Tour as &amp;Web Pages…</source>
        <comment>pages in three languages for students, opened from a USB stick</comment>
        <translation>ツアーをウェブページとしてエクスポート(&amp;W)…</translation>
    </message>
    <message>
        <source>Export Tour as Web Pages into Folder</source>
        <translation>ウェブページの書き出し先フォルダー</translation>
    </message>
    <message>
        <source>Writing the web pages…</source>
        <translation>ウェブページを書き出しています…</translation>
    </message>
    <message>
        <source>Web pages not written</source>
        <translation>ウェブページを書き出せませんでした</translation>
    </message>
    <message>
        <source>Web pages written: open %1 in a browser</source>
        <translation>ウェブページを書き出しました：%1 をブラウザーで開いてください</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PresenterView</name>
    <message>
        <source>Presenter View[*]</source>
        <translation>発表者ビュー[*]</translation>
    </message>
    <message>
        <source>Presenter</source>
        <comment>tab of the presenter view: the current and next stop, notes, times</comment>
        <translation>発表</translation>
    </message>
    <message>
        <source>Edit Tour</source>
        <comment>tab of the presenter view: the tour editor</comment>
        <translation>ツアーを編集</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>presenter view: heading over the next stop</comment>
        <translation>次の場面</translation>
    </message>
    <message>
        <source>Restart Timer</source>
        <translation>タイマーをリセット</translation>
    </message>
    <message>
        <source>Time since the tour reached its first stop</source>
        <translation>ツアーが最初の場面に入ってからの経過時間</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>現在時刻</translation>
    </message>
    <message>
        <source>No tour loaded</source>
        <translation>ツアーが読み込まれていません</translation>
    </message>
    <message numerus="yes">
        <source>Before the first stop (%n stop(s))</source>
        <translation>
            <numerusform>最初の場面の前（全 %n 場面）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop %1 of %2 · %3</source>
        <translation>場面 %1 / %2 · %3</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>（ノートなし）</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>ツアーの終わり</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::SafeWriteText</name>
    <message>
        <source>disk full (no space left on the device)</source>
        <translation>ディスクがいっぱいです（空き容量がありません）</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>ファイルがこのシステムで許される大きさを超えてしまいます</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>ファイルシステムが読み取り専用です</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>この場所に書き込む権限がありません</translation>
    </message>
    <message>
        <source>the device reported a write error</source>
        <translation>記憶装置が書き込みエラーを報告しました</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <comment>%1 is a file, %2 the reason</comment>
        <translation>%1 に書き込めません：%2</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>同じ名前のフォルダーがすでにあります</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 がありません</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>原因不明のエラーです</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::SourcesDialog</name>
    <message>
        <source>Data Sources and Credits</source>
        <translation>データの出典とクレジット</translation>
    </message>
    <message>
        <source>Search the sources</source>
        <translation>出典を検索</translation>
    </message>
    <message>
        <source>Sources of the dataset</source>
        <translation>データセットの出典</translation>
    </message>
    <message>
        <source>Coastlines: GSHHG 2.3.7, Wessel &amp;amp; Smith (1996), LGPL-3+.</source>
        <translation>海岸線：GSHHG 2.3.7、Wessel &amp;amp; Smith (1996)、LGPL-3+。</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <comment>sources in the dataset</comment>
        <translation>
            <numerusform>出典%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <comment>sources matching a search</comment>
        <translation>
            <numerusform>出典%n件中%1件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::SourcesExport</name>
    <message>
        <source>cannot write %1: there are no sources to export</source>
        <translation>%1 を書き出せません：書き出す出典がありません</translation>
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
        <translation>出典の書き出し</translation>
    </message>
    <message>
        <source>Sources not exported</source>
        <translation>出典を書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TerritoryPanel</name>
    <message>
        <source>Choose a territory on the map to see its names, its state on the current date and its control history.</source>
        <translation>地図上で地域を選ぶと、その名称、現在の日付での状態、統治の変遷が表示されます。</translation>
    </message>
    <message>
        <source>Control history</source>
        <translation>統治の変遷</translation>
    </message>
    <message>
        <source>Double-click a period to go to its start</source>
        <translation>期間をダブルクリックすると、その開始日へ移動します</translation>
    </message>
    <message>
        <source>Japanese usage</source>
        <translation>日本側の呼称</translation>
    </message>
    <message>
        <source>Russian usage</source>
        <translation>ロシア側の呼称</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>構成部分</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>面積：</translation>
    </message>
    <message>
        <source>(link)</source>
        <translation>（リンク）</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>公表元：</translation>
    </message>
    <message>
        <source>Also published:</source>
        <translation>別の公表値：</translation>
    </message>
    <message>
        <source>No published area for this territory in the dataset.</source>
        <translation>データセットには、この地域の公表面積がありません。</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1の状態</translation>
    </message>
    <message>
        <source>No control period recorded for this date.</source>
        <translation>この日付の統治期間は記録されていません。</translation>
    </message>
    <message>
        <source>The change of control falls within an imprecise interval; on this date either:</source>
        <translation>統治の変更が日付の特定できない期間にあたるため、この日付の状態は次のいずれかです：</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英語名</translation>
    </message>
    <message>
        <source>Boundary, drawn schematically: the source names the line, not its course.</source>
        <translation>境界線（模式的な表示）。出典は境界がどこにあるかを述べているが、線の経路までは示していない。</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>境界線</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>有効期間：%1</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>根拠：</translation>
    </message>
    <message>
        <source>Basis event:</source>
        <translation>根拠となった出来事：</translation>
    </message>
    <message>
        <source>No sources for this boundary in the dataset.</source>
        <translation>データセットには、この境界線の出典がありません。</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TimeController</name>
    <message>
        <source>the date has no known start</source>
        <translation>この日付は始まりが特定できません</translation>
    </message>
    <message>
        <source>%1 is outside the atlas&apos;s time span (%2 to %3)</source>
        <translation>%1 は本アトラスの対象期間（%2～%3）の範囲外です</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TimelineWidget</name>
    <message>
        <source>No dataset is open.</source>
        <translation>データセットが開かれていません。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>date imprecise or uncertain</source>
        <comment>timeline legend: a soft, dashed mark</comment>
        <translation>日付が不正確・不確定</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <comment>timeline legend: a hollow mark; an event the sources do not confirm</comment>
        <translation>未確認</translation>
    </message>
    <message>
        <source>control changes</source>
        <comment>timeline legend and tooltip heading: a territory changes hands</comment>
        <translation>統治の変更</translation>
    </message>
    <message>
        <source>Set Loop Start Here</source>
        <translation>ここを繰り返し範囲の始点に設定</translation>
    </message>
    <message>
        <source>Set Loop End Here</source>
        <translation>ここを繰り返し範囲の終点に設定</translation>
    </message>
    <message>
        <source>Clear Loop</source>
        <translation>繰り返しを解除</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <comment>timeline tooltip: how many events one bar of the density view stands for</comment>
        <translation>
            <numerusform>%n 件の出来事</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TourEditor</name>
    <message>
        <source>Tour title</source>
        <translation>ツアーの題名</translation>
    </message>
    <message>
        <source>Add Current State</source>
        <translation>現在の状態を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Date (EDTF)</source>
        <translation>日付（EDTF）</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示範囲</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>説明文</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>発表者ノート</translation>
    </message>
    <message>
        <source>Hold (attract loop, video)</source>
        <translation>表示時間（待機デモ・動画）</translation>
    </message>
    <message>
        <source>Stop %1, field &quot;date&quot;: %2</source>
        <translation>場面%1の「日付」欄：%2</translation>
    </message>
    <message>
        <source>Stop %1, field &quot;view&quot;: %2</source>
        <translation>場面%1の「表示範囲」欄：%2</translation>
    </message>
    <message>
        <source>The tour was not opened; the current tour is unchanged.
</source>
        <translation>ツアーは開かれませんでした。現在のツアーは変更されていません。
</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <comment>tour editor: which language&apos;s title, caption and notes the fields edit</comment>
        <translation>編集する言語</translation>
    </message>
    <message>
        <source>Export Sources…</source>
        <translation>出典を書き出す…</translation>
    </message>
    <message>
        <source>Every source the tour’s stops cite, as BibTeX or CSL-JSON for a citation manager</source>
        <translation>ツアーの各場面が挙げる出典のすべてを、文献管理ソフト用に BibTeX または CSL-JSON 形式で書き出します</translation>
    </message>
    <message>
        <source>no dataset is open</source>
        <translation>データセットが開かれていません</translation>
    </message>
    <message>
        <source>Sources not exported: %1</source>
        <translation>出典を書き出せませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n source(s) to %1</source>
        <translation>
            <numerusform>%n 件の出典を %1 に書き出しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TourFileText</name>
    <message>
        <source>true or false</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>a missing JSON value</comment>
        <translation>値なし</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1が必要ですが、%2です</translation>
    </message>
    <message>
        <source>not valid JSON: at character offset %1: %2</source>
        <translation>JSON として正しくありません（文字位置 %1）：%2</translation>
    </message>
    <message>
        <source>not an Okhotsk Atlas tour file</source>
        <translation>オホーツク・アトラスのツアーファイルではありません</translation>
    </message>
    <message>
        <source>missing (this atlas reads version %1)</source>
        <translation>指定がありません（本アトラスが読み込めるのはバージョン%1です）</translation>
    </message>
    <message>
        <source>version %1 is not supported (this atlas reads version %2)</source>
        <translation>バージョン%1には対応していません（本アトラスが読み込めるのはバージョン%2です）</translation>
    </message>
    <message>
        <source>missing (a tour needs at least one stop)</source>
        <translation>指定がありません（ツアーには場面が1つ以上必要です）</translation>
    </message>
    <message>
        <source>the tour has no stops</source>
        <translation>ツアーに場面がありません</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>不明なフィールドのため、無視しました</translation>
    </message>
    <message>
        <source>missing: every stop needs a date</source>
        <translation>指定がありません（どの場面にも日付が必要です）</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>%1 seconds is out of range (more than 0, at most %2)</source>
        <translation>%1秒は範囲外です（0秒より長く、%2秒以下にしてください）</translation>
    </message>
    <message>
        <source>%1: stop %2, field &quot;%3&quot;: %4</source>
        <comment>file: where in the tour file: what is wrong</comment>
        <translation>%1：場面%2のフィールド「%3」：%4</translation>
    </message>
    <message>
        <source>%1: stop %2: %3</source>
        <comment>file: which stop: what is wrong</comment>
        <translation>%1：場面%2：%3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <comment>file: which field: what is wrong</comment>
        <translation>%1：フィールド「%2」：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <comment>a problem that does not stop the tour</comment>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません：%1</translation>
    </message>
    <message>
        <source>null</source>
        <comment>the JSON value null</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>no event &quot;%1&quot; in the dataset; the stop is kept without it</source>
        <translation>データセットに出来事「%1」がありません。場面は出来事なしで残します</translation>
    </message>
    <message>
        <source>no territory &quot;%1&quot; in the dataset; the stop is kept without it</source>
        <translation>データセットに地域「%1」がありません。場面は地域なしで残します</translation>
    </message>
    <message>
        <source>a string or an object with &quot;en&quot;, &quot;ja&quot;, &quot;ru&quot;</source>
        <translation>文字列、または「en」「ja」「ru」を持つオブジェクト</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no first day to go to</source>
        <translation>「%1」には移動先となる最初の日がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid EDTF date: %2</source>
        <translation>「%1」は有効な EDTF の日付ではありません：%2</translation>
    </message>
    <message>
        <source>(empty name)</source>
        <comment>a JSON key that is the empty string</comment>
        <translation>（名前が空）</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TradeChart</name>
    <message>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
    <message>
        <source>Logarithmic value axis; zero values cannot be drawn on it and are left out</source>
        <translation>値の軸を対数目盛にします。ゼロの値は描けないため省かれます</translation>
    </message>
    <message>
        <source>US$ million (current)</source>
        <translation>百万米ドル（名目）</translation>
    </message>
    <message>
        <source>summed here</source>
        <translation>合算値</translation>
    </message>
    <message>
        <source>Totals computed in the dataset from the two flows, not stated by the source</source>
        <translation>合計は輸出と輸入の値からデータセット内で算出したもので、出典に記載された数値ではありません</translation>
    </message>
    <message>
        <source>(log scale: %1 zero values not drawn)</source>
        <translation>（対数目盛：ゼロの値%1件は描画していません）</translation>
    </message>
    <message>
        <source>A logarithmic scale cannot show zero; hover a year to read its figures</source>
        <translation>対数目盛ではゼロを表示できません。年にポインターを合わせると数値を確認できます</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>
(annual series, drawn as lines)</source>
        <translation>
（年次系列、線で表示）</translation>
    </message>
    <message>
        <source>
(figures from the text, drawn as points)</source>
        <translation>
（本文中の数値、点で表示）</translation>
    </message>
    <message>
        <source>No trade figures in this dataset.</source>
        <translation>このデータセットには貿易の数値がありません。</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>ほか%1件</translation>
    </message>
    <message>
        <source>Japan&apos;s exports</source>
        <translation>日本の輸出</translation>
    </message>
    <message>
        <source>Japan&apos;s imports</source>
        <translation>日本の輸入</translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation>貿易総額</translation>
    </message>
    <message>
        <source>over</source>
        <translation>超</translation>
    </message>
    <message>
        <source>about</source>
        <translation>約</translation>
    </message>
    <message>
        <source>as stated</source>
        <translation>記載どおり</translation>
    </message>
    <message>
        <source>nearly / less than</source>
        <translation>弱／未満</translation>
    </message>
    <message>
        <source>US$%1 million</source>
        <translation>%1百万米ドル</translation>
    </message>
    <message>
        <source>Japan&apos;s exports to %1</source>
        <translation>日本から%1への輸出</translation>
    </message>
    <message>
        <source>Japan&apos;s imports from %1</source>
        <translation>日本の%1からの輸入</translation>
    </message>
    <message>
        <source>Trade between Japan and %1, both ways</source>
        <translation>日本と%1の貿易（輸出入の合計）</translation>
    </message>
    <message>
        <source>an upper bound: the true figure is below it</source>
        <translation>上限値：実際の数値はこれより小さい</translation>
    </message>
    <message>
        <source>a lower bound: the true figure is above it</source>
        <translation>下限値：実際の数値はこれより大きい</translation>
    </message>
    <message>
        <source>an approximate figure</source>
        <translation>概数</translation>
    </message>
    <message>
        <source>rounded or converted</source>
        <translation>端数処理または換算した値</translation>
    </message>
    <message>
        <source>summed here, not stated by the source</source>
        <translation>合算値、出典に記載なし</translation>
    </message>
    <message>
        <source>year inferred: the source dates it loosely</source>
        <translation>年は推定：出典の時期の記述があいまい</translation>
    </message>
    <message>
        <source>zero: not drawn on the logarithmic scale</source>
        <translation>ゼロ：対数目盛では描画されない</translation>
    </message>
    <message>
        <source>the partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
    <message>
        <source>Trade partner %1–%2: %3</source>
        <translation>%1～%2年の貿易相手国：%3</translation>
    </message>
    <message>
        <source>… and %1 more figures here</source>
        <translation>…ほか%1件の数値</translation>
    </message>
    <message>
        <source>Trade between Japan and Russia by year</source>
        <comment>the trade chart, for screen readers</comment>
        <translation>日本とロシアの貿易（年別）</translation>
    </message>
    <message>
        <source>US$ million (current), log scale</source>
        <translation>百万米ドル（名目）、対数目盛</translation>
    </message>
    <message>
        <source>nearly %1</source>
        <comment>a trade figure: an upper bound</comment>
        <translation>%1弱</translation>
    </message>
    <message>
        <source>over %1</source>
        <comment>a trade figure: a lower bound</comment>
        <translation>%1超</translation>
    </message>
    <message>
        <source>less than %1</source>
        <comment>a trade figure: an upper bound</comment>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>about %1</source>
        <comment>a trade figure: approximate</comment>
        <translation>約%1</translation>
    </message>
    <message>
        <source>below the series&apos; reporting threshold, given as %1</source>
        <translation>統計の報告下限未満（記載値：%1）</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Show the figures as a table beside the chart (sortable; Ctrl+C copies them)</source>
        <translation>数値をグラフの横に表で表示します（並べ替え可能。Ctrl+C でコピーできます）</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TradeTableModel</name>
    <message>
        <source>%1 (below threshold)</source>
        <comment>a trade figure under the series&apos; reporting threshold</comment>
        <translation>%1（計上基準未満）</translation>
    </message>
    <message>
        <source>%1 (summed)</source>
        <comment>a trade figure summed in the dataset from the two flows</comment>
        <translation>%1（合算値）</translation>
    </message>
    <message>
        <source>year uncertain</source>
        <translation>年は不確実</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>a year the source gives only loosely</comment>
        <translation>%1?</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Exports (US$ million)</source>
        <comment>Japan&apos;s exports to Russia / the USSR</comment>
        <translation>輸出（百万米ドル）</translation>
    </message>
    <message>
        <source>Imports (US$ million)</source>
        <comment>Japan&apos;s imports from Russia / the USSR</comment>
        <translation>輸入（百万米ドル）</translation>
    </message>
    <message>
        <source>Total (US$ million)</source>
        <translation>合計（百万米ドル）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::UserLayerMenu</name>
    <message>
        <source>&amp;Layers</source>
        <translation>レイヤー(&amp;L)</translation>
    </message>
    <message>
        <source>No layers added</source>
        <comment>the Layers menu when the user has added none</comment>
        <translation>追加されたレイヤーはありません</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>a user layer on the map and the timeline</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>a user layer</comment>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::UserLayers</name>
    <message>
        <source>%1: the file is gone; the layer is no longer shown</source>
        <comment>a saved user layer&apos;s file is missing</comment>
        <translation>%1：ファイルが見つからないため、このレイヤーは表示しません</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ViewActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>ブックマーク(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation>リンクを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Compare Dates…</source>
        <translation>日付を比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy &amp;Link to This View</source>
        <translation>この表示へのリンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy &amp;Citation for This View</source>
        <translation>この表示の引用情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add Bookmark…</source>
        <translation>ブックマークを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>ブックマークを管理(&amp;M)…</translation>
    </message>
    <message>
        <source>the link’s territory “%1” is not in this dataset</source>
        <translation>リンクで指定された地域「%1」は、このデータセットにありません</translation>
    </message>
    <message>
        <source>the link’s event “%1” is not in this dataset</source>
        <translation>リンクで指定された出来事「%1」は、このデータセットにありません</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <source>Part of the link could not be used:</source>
        <translation>リンクの一部は使用できませんでした：</translation>
    </message>
    <message>
        <source>A view link (okhotsk:…):</source>
        <translation>表示へのリンク（okhotsk:…）：</translation>
    </message>
    <message>
        <source>Add Bookmark</source>
        <translation>ブックマークの追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前：</translation>
    </message>
    <message>
        <source>Manage Bookmarks</source>
        <translation>ブックマークの管理</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Copy Sources of This View as &amp;BibTeX</source>
        <translation>この表示の出典を BibTeX 形式でコピー(&amp;B)</translation>
    </message>
    <message>
        <source>Copy Sources of This View as CSL-&amp;JSON</source>
        <translation>この表示の出典を CSL-JSON 形式でコピー(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Export Sources of This View…</source>
        <translation>この表示の出典を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>cannot write %1: no dataset is open</source>
        <translation>%1 を書き出せません：データセットが開かれていません</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ViewCitationText</name>
    <message>
        <source>%1 %2, map of %3.</source>
        <translation>%1 %2、%3の地図。</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>表示へのリンク：%1</translation>
    </message>
    <message>
        <source>Sources shown (control of the territories on this date):</source>
        <translation>出典（この日付における各地域の統治）：</translation>
    </message>
    <message>
        <source>Sources shown (%1):</source>
        <translation>出典（%1）：</translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ViewLinkText</name>
    <message>
        <source>“%1” is not a view link: a view link starts with “okhotsk:”</source>
        <translation>「%1」は表示へのリンクではありません（表示へのリンクは「okhotsk:」で始まります）</translation>
    </message>
    <message>
        <source>the date has no first day (its start is open)</source>
        <translation>この日付には最初の日がありません（開始時期の定めのない期間です）</translation>
    </message>
    <message>
        <source>the link’s date “%1” was left out: %2</source>
        <translation>リンクの日付「%1」は無視しました：%2</translation>
    </message>
    <message>
        <source>the link’s “%1” value “%2” was left out: it is not one the atlas knows</source>
        <translation>リンクの「%1」の値「%2」は無視しました：このアトラスが認識できない値です</translation>
    </message>
    <message>
        <source>the link was made by a newer version of the atlas (format %1); what this version understands of it is shown</source>
        <translation>このリンクは新しいバージョンのアトラスで作成されたものです（形式 %1）。このバージョンで解釈できる部分だけを表示します</translation>
    </message>
    <message>
        <source>the link’s map view “%1” was left out: %2</source>
        <translation>リンクの地図の表示範囲「%1」は無視しました：%2</translation>
    </message>
    <message>
        <source>the link’s layer “%1” was left out: the atlas has no such layer</source>
        <translation>リンクのレイヤー「%1」は無視しました：このアトラスにはそのレイヤーがありません</translation>
    </message>
</context>
</TS>
