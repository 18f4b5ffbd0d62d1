<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>okhotsk::app::AtlasWindow</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;Sources and Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Okhotsk Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Embedded Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset &amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Habomai Islets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names of Disputed Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Japanese Usage First (Etorofu / Iturup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Russian Usage First (Iturup / Etorofu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English Exonyms Where They Exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of Names and Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous &amp;Control Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next C&amp;ontrol Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okhotsk Atlas — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from %1. The current dataset stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded dataset was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (EDTF: 1956-10-19, 1978-08, 1945, 1945-08?):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Date (EDTF):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Okhotsk Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Okhotsk Atlas %1&lt;/h3&gt;&lt;p&gt;An interactive map and timeline of Japanese–Soviet and Japanese–Russian relations and the disputed territories.&lt;/p&gt;&lt;p&gt;The atlas takes no side: disputed places carry both names, and who administered and who claimed a territory are shown as separate facts, each with its source.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data sources&lt;/h3&gt;&lt;p&gt;Coastlines: GSHHG 2.3.7, Wessel &amp;amp; Smith (1996), LGPL-3+.&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Sources and Credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::CommandLine</name>
    <message>
        <source>Open this dataset folder or GeoPackage instead of the embedded one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at this date (EDTF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the layout and preferences saved by earlier runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the whole screen to this PNG once the window has settled, then quit (for checking the interface by eye).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before --screenshot (default 3000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <comment>placeholder for a value in --help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as a museum kiosk: full screen, touch, attract loop, no way out but the configured exit (see packaging/README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the kiosk settings from this INI file instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture mode: projector theme, tours stepped with a clicker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --present: open this tour (default: the tour shipped with the dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okhotsk Atlas: an interactive map and timeline of Japanese–Soviet and Japanese–Russian relations.

Headless output: okhotsk-atlas --render DATE --size WxH --out FILE [--view region|world|habomai]
Benchmark:       okhotsk-atlas --benchmark
Tour handout:    okhotsk-atlas --tour FILE --export HANDOUT.pdf [--lang en|ja|ru]
Video frames:    okhotsk-atlas --tour FILE --export-frames DIR --size WxH --fps N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ControlHistoryModel</name>
    <message>
        <source>Possibly in force on the current date (the hand-over date is imprecise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force on the current date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DiagnosticsDialog</name>
    <message>
        <source>Dataset diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows, or every row shown, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okhotsk Atlas dataset diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DiagnosticsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::EventListModel</name>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::EventPanel</name>
    <message>
        <source>Choose an event in the list or on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches titles and summaries, in the display language and in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events within %1 years of the current date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese era: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed by the sources read; treat with caution (see the note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::ExportViewDialog</name>
    <message>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map.png, map.svg or map.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full HD 1920 × 1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4K 3840 × 2160</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HD 1280 × 720</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shown %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::KioskText</name>
    <message>
        <source>Okhotsk Atlas</source>
        <comment>the application&apos;s name as a title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan and Russia, 1855 to today: the Kuril Islands and Sakhalin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <comment>kiosk button: back to the start screen</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <comment>kiosk button: previous event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Play</source>
        <comment>kiosk button: play through time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <comment>kiosk button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <comment>kiosk button: next event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch an island or a marker to read its story. Drag the timeline to travel in time; pinch the map to zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch the screen to explore</source>
        <comment>shown while the kiosk plays on its own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>heading of the list of sources</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed by the sources</source>
        <comment>a tour stop the data does not back up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <comment>prompt for the code that leaves the kiosk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::MapText</name>
    <message>
        <source>no status recorded</source>
        <comment>a territory on a day the data does not cover</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered by</source>
        <comment>map legend heading, followed by state colour swatches</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by (hatching in its colour)</source>
        <comment>map legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed (dashed outline)</source>
        <comment>map legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint administration (stripes)</source>
        <comment>map legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain day or transition (?)</source>
        <comment>map legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boundary in force</source>
        <comment>map legend: a line symbol</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schematic boundary (course not given)</source>
        <comment>map legend: a dotted line symbol</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <comment>map legend heading, followed by event categories</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprecise date (halo)</source>
        <comment>map legend: an event marker with a soft halo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later event (ring)</source>
        <comment>map legend: an event after the current date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coastlines: GSHHG 2.3.7 (LGPL-3+); data: see sources</source>
        <comment>map credit line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <comment>a distance; %1 is the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty</source>
        <comment>event category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diplomacy</source>
        <comment>event category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military</source>
        <comment>event category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territorial</source>
        <comment>event category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <comment>event category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <comment>event category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politics</source>
        <comment>event category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day uncertain: %1 → %2</source>
        <comment>the state before → after an imprecisely dated change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in transition: %1</source>
        <comment>%1 lists the states in order, joined by arrows</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joint: %1</source>
        <comment>administered jointly by the states in %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied by %1</source>
        <comment>a territory under military occupation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administered by %1</source>
        <comment>a territory&apos;s administering state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · claimed by %2</source>
        <comment>%1 is who administers, %2 the other claimants</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PanelText</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list of states: A, B and C</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between items of a list of states</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sovereignty</source>
        <comment>kind of control over a territory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint (undivided)</source>
        <comment>kind of control: two states share an undivided territory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military occupation</source>
        <comment>kind of control over a territory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered; sovereignty disputed</source>
        <comment>kind of control over a territory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <comment>kind of control: a handover in progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the century</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known to the millennium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain and approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end (ongoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1</source>
        <comment>%1: how precisely the start is known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1</source>
        <comment>%1: how precisely the end is known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start %1, %2</source>
        <comment>%1: how precisely the start is known; %2: uncertain/approximate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end %1, %2</source>
        <comment>%1: how precisely the end is known; %2: uncertain/approximate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>how precisely a date is known; uncertain/approximate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administering state recorded; no other claim recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administering state recorded; claimed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered jointly by %1; no other claim recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered jointly by %1; claimed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered by %1; no other claim recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administered by %1; claimed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <comment>%1: citations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <comment>an area; %1 is the number</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PlaybackBar</name>
    <message>
        <source>%1 year/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous control change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous change of control (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous event (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next event (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next control change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next change of control (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many years of history pass per second while playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the beginning after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1956-10-19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date (EDTF: 1956-10-19, 1978-08, 1945) and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PresentationWindow</name>
    <message>
        <source>Okhotsk Atlas — Lecture[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker Notes — Okhotsk Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tour &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tour as &amp;Handout (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tour as &amp;Frames for Video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tour loaded: File → Open Tour, or add stops in the tour editor (E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press PageDown or → to start the tour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okhotsk Atlas tours (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okhotsk Atlas tours (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Frames into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TerritoryPanel</name>
    <message>
        <source>Choose a territory on the map to see its names, its state on the current date and its control history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a period to go to its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published area for this territory in the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control period recorded for this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of control falls within an imprecise interval; on this date either:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TimeController</name>
    <message>
        <source>the date has no known start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the atlas&apos;s time span (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TimelineWidget</name>
    <message>
        <source>No dataset is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TourEditor</name>
    <message>
        <source>Tour title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Current State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (EDTF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (attract loop, video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1, field &quot;date&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1, field &quot;view&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour was not opened; the current tour is unchanged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TradeChart</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic value axis; zero values cannot be drawn on it and are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ million (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals computed in the dataset from the two flows, not stated by the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(log scale: %1 zero values not drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic scale cannot show zero; hover a year to read its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(annual series, drawn as lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(figures from the text, drawn as points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade figures in this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan&apos;s exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan&apos;s imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the series&apos; reporting threshold, given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly / less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$%1 million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan&apos;s exports to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan&apos;s imports from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade between Japan and %1, both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upper bound: the true figure is below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lower bound: the true figure is above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an approximate figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded or converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summed here, not stated by the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year inferred: the source dates it loosely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero: not drawn on the logarithmic scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade partner %1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more figures here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
