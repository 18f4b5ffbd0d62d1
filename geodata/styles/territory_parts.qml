<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- territory_parts: the named islands of a territory (each Habomai islet, Urup, …), a thin
     outline and the English name. No dates: not temporal. -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" labelsEnabled="1">
  <renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0">
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="style" type="QString" value="no"/>
            <Option name="color" type="QString" value="244,241,234,0"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="92,99,106,255"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
          </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="name_en" isExpression="0" fontFamily="Noto Sans CJK JP" namedStyle="Regular" fontSize="7" fontSizeUnit="Point" textColor="92,99,106,255" textOpacity="1" fontWeight="50" fontItalic="1">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.8" bufferJoinStyle="128"/>
      </text-style>
      <placement placement="1" dist="0" offsetType="0"/>
      <rendering obstacle="1" displayAll="0" labelPerPart="0" scaleVisibility="1" scaleMin="1" scaleMax="2000000"/>
    </settings>
  </labeling>
</qgis>
