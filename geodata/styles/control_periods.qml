<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- control_periods: each period is its territory's polygon with a time span (earliest and
     latest, both included), so the Temporal Controller shows, for a day, who administered each
     territory. geodata/scripts/add_qgis_styles.py writes one rule per value of administered_by
     in the data where the marker below stands: a single state fills with its colour from the
     states layer (lightened as the atlas fills), several (a joint regime, control changing
     hands) fill with the first and are striped with the others. Disputed periods (kind
     administered_disputed, or claimed by two or more states outside a joint regime, as
     geodata/README.md defines it) are cross-hatched and outlined with a dash on top. -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" labelsEnabled="1">
  <temporal enabled="1" mode="2" startField="earliest" endField="latest" limitMode="1" accumulate="0" fixedDuration="0" durationField="" durationUnit="d" startExpression="" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="root">
      <!-- @STATE_RULES@ -->
      <rule key="disputed" filter="&quot;kind&quot; = 'administered_disputed' OR (&quot;kind&quot; &lt;&gt; 'joint' AND &quot;claimed_by&quot; LIKE '%;%')" label="Disputed (administered by one state, claimed by another)" symbol="disputed"/>
    </rules>
    <symbols>
      <!-- @STATE_SYMBOLS@ -->
      <symbol type="fill" name="disputed" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="45"/>
            <Option name="distance" type="QString" value="1.6"/>
            <Option name="distance_unit" type="QString" value="MM"/>
            <Option name="line_width" type="QString" value="0.25"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
          </Option>
          <symbol type="line" name="@disputed@0" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleLine" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="line_color" type="QString" value="30,30,30,200"/>
                <Option name="line_width" type="QString" value="0.25"/>
                <Option name="line_width_unit" type="QString" value="MM"/>
              </Option>
            </layer>
          </symbol>
        </layer>
        <layer class="LinePatternFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="angle" type="QString" value="135"/>
            <Option name="distance" type="QString" value="1.6"/>
            <Option name="distance_unit" type="QString" value="MM"/>
            <Option name="line_width" type="QString" value="0.25"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
          </Option>
          <symbol type="line" name="@disputed@1" alpha="1" clip_to_extent="1" force_rhr="0">
            <layer class="SimpleLine" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="line_color" type="QString" value="30,30,30,200"/>
                <Option name="line_width" type="QString" value="0.25"/>
                <Option name="line_width_unit" type="QString" value="MM"/>
              </Option>
            </layer>
          </symbol>
        </layer>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="style" type="QString" value="no"/>
            <Option name="color" type="QString" value="0,0,0,0"/>
            <Option name="outline_style" type="QString" value="dash"/>
            <Option name="outline_color" type="QString" value="30,30,30,255"/>
            <Option name="outline_width" type="QString" value="0.5"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
          </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="territory_name_en || '\n' || administered_by_en" isExpression="1" fontFamily="Noto Sans CJK JP" namedStyle="Regular" fontSize="8" fontSizeUnit="Point" textColor="30,30,30,255" textOpacity="1" fontWeight="50" fontItalic="0">
        <text-buffer bufferDraw="1" bufferSize="1" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.8" bufferJoinStyle="128"/>
      </text-style>
      <text-format multilineAlign="1"/>
      <placement placement="1" dist="0" offsetType="0"/>
      <rendering obstacle="1" displayAll="0" labelPerPart="0"/>
    </settings>
  </labeling>
</qgis>
