<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- places: one row per name a place bore, so the Temporal Controller shows the name of the
     day (earliest to latest of valid, both included; a name valid always has neither). -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" labelsEnabled="1">
  <temporal enabled="1" mode="2" startField="earliest" endField="latest" limitMode="1" accumulate="0" fixedDuration="0" durationField="" durationUnit="d" startExpression="" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">
    <symbols>
      <symbol type="marker" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="name" type="QString" value="square"/>
            <Option name="color" type="QString" value="92,99,106,255"/>
            <Option name="outline_style" type="QString" value="no"/>
            <Option name="size" type="QString" value="1.6"/>
            <Option name="size_unit" type="QString" value="MM"/>
          </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="name_en" isExpression="0" fontFamily="Noto Sans CJK JP" namedStyle="Regular" fontSize="7.5" fontSizeUnit="Point" textColor="92,99,106,255" textOpacity="1" fontWeight="50" fontItalic="0">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.8" bufferJoinStyle="128"/>
      </text-style>
      <placement placement="6" dist="1" distUnits="MM" offsetType="0"/>
      <rendering obstacle="1" displayAll="0"/>
    </settings>
  </labeling>
</qgis>
