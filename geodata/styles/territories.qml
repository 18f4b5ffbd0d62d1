<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- territories: the outlines the atlas follows, today's English names as labels. Hokkaido
     (context_only) is drawn lighter: it is there for orientation. No dates: not temporal. -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" labelsEnabled="1">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="root">
      <rule key="followed" filter="&quot;context_only&quot; IS NULL OR &quot;context_only&quot; NOT IN (1, '1', 'true')" label="Territory" symbol="0"/>
      <rule key="context" filter="&quot;context_only&quot; IN (1, '1', 'true')" label="Shown for orientation" symbol="1"/>
    </rules>
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="style" type="QString" value="no"/>
            <Option name="color" type="QString" value="244,241,234,0"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="60,60,60,255"/>
            <Option name="outline_width" type="QString" value="0.4"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="style" type="QString" value="no"/>
            <Option name="color" type="QString" value="244,241,234,0"/>
            <Option name="outline_style" type="QString" value="dot"/>
            <Option name="outline_color" type="QString" value="122,134,144,255"/>
            <Option name="outline_width" type="QString" value="0.3"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
          </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="name_en" isExpression="0" fontFamily="Noto Sans CJK JP" namedStyle="Regular" fontSize="9" fontSizeUnit="Point" textColor="30,30,30,255" textOpacity="1" fontWeight="50" fontItalic="0">
        <text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.8" bufferJoinStyle="128"/>
      </text-style>
      <placement placement="1" dist="0" offsetType="0"/>
      <rendering obstacle="1" displayAll="0" labelPerPart="0"/>
    </settings>
  </labeling>
</qgis>
