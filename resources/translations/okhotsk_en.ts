<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>okhotsk::app::AtlasDocument</name>
    <message numerus="yes">
        <source>The dataset changed, but its new version has %n error(s) and was not opened; the last good version is shown. %1</source>
        <translation>
            <numerusform>The dataset changed, but its new version has %n error and was not opened; the last good version is shown. %1</numerusform>
            <numerusform>The dataset changed, but its new version has %n errors and was not opened; the last good version is shown. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::AtlasWindow</name>
    <message numerus="yes">
        <source>Dataset: %1 · %n events</source>
        <translation>
            <numerusform>Dataset: %1 · %n event</numerusform>
            <numerusform>Dataset: %1 · %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::DiagnosticsDialog</name>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::EventPanel</name>
    <message numerus="yes">
        <source>±%n years</source>
        <translation>
            <numerusform>±%n year</numerusform>
            <numerusform>±%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only events within %n years of the current date</source>
        <translation>
            <numerusform>Only events within %n year of the current date</numerusform>
            <numerusform>Only events within %n years of the current date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::KioskText</name>
    <message numerus="yes">
        <source>The atlas starts again from the beginning in %n second(s). Touch the screen to carry on.</source>
        <comment>the kiosk&apos;s warning; %n counts down</comment>
        <translation>
            <numerusform>The atlas starts again from the beginning in %n second. Touch the screen to carry on.</numerusform>
            <numerusform>The atlas starts again from the beginning in %n seconds. Touch the screen to carry on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::MapWidget</name>
    <message numerus="yes">
        <source>%n events here</source>
        <comment>a menu of co-located events</comment>
        <translation>
            <numerusform>%n event here</numerusform>
            <numerusform>%n events here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events here: click to choose one</source>
        <comment>a tooltip over co-located markers</comment>
        <translation>
            <numerusform>%n event here: click to choose one</numerusform>
            <numerusform>%n events here: click to choose one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Zoom in to see all %n events</source>
        <comment>the last entry of a chooser that lists only some events of a cluster</comment>
        <translation>
            <numerusform>Zoom in to see the %n event</numerusform>
            <numerusform>Zoom in to see all %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PlaybackBar</name>
    <message numerus="yes">
        <source>%n months/s</source>
        <comment>playback speed: months of history per second</comment>
        <translation>
            <numerusform>%n month/s</numerusform>
            <numerusform>%n months/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks/s</source>
        <comment>playback speed: weeks of history per second</comment>
        <translation>
            <numerusform>%n week/s</numerusform>
            <numerusform>%n weeks/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days/s</source>
        <comment>playback speed: days of history per second</comment>
        <translation>
            <numerusform>%n day/s</numerusform>
            <numerusform>%n days/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PresentationWindow</name>
    <message numerus="yes">
        <source>Encoding %n frame(s)…</source>
        <translation>
            <numerusform>Encoding %n frame…</numerusform>
            <numerusform>Encoding %n frames…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::PresenterView</name>
    <message numerus="yes">
        <source>Before the first stop (%n stop(s))</source>
        <translation>
            <numerusform>Before the first stop (%n stop)</numerusform>
            <numerusform>Before the first stop (%n stops)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::SourcesDialog</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <comment>sources in the dataset</comment>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <comment>sources matching a search</comment>
        <translation>
            <numerusform>%1 of %n source</numerusform>
            <numerusform>%1 of %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TimelineWidget</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <comment>timeline tooltip: how many events one bar of the density view stands for</comment>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okhotsk::app::TourEditor</name>
    <message numerus="yes">
        <source>Exported %n source(s) to %1</source>
        <translation>
            <numerusform>Exported %n source to %1</numerusform>
            <numerusform>Exported %n sources to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
