<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- boundaries: the treaty lines, shown by the Temporal Controller while in force (earliest and
     latest are the first and last day of in_force, both included). A line whose source names
     it but not its course (schematic) is dashed. -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" labelsEnabled="0">
  <temporal enabled="1" mode="2" startField="earliest" endField="latest" limitMode="1" accumulate="0" fixedDuration="0" durationField="" durationUnit="d" startExpression="" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="0" forceraster="0">
    <rules key="root">
      <rule key="drawn" filter="&quot;schematic&quot; IS NULL OR &quot;schematic&quot; NOT IN (1, '1', 'true')" label="Boundary in force" symbol="0"/>
      <rule key="schematic" filter="&quot;schematic&quot; IN (1, '1', 'true')" label="Boundary in force (schematic: named, course not given)" symbol="1"/>
    </rules>
    <symbols>
      <symbol type="line" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="30,30,30,255"/>
            <Option name="line_style" type="QString" value="solid"/>
            <Option name="line_width" type="QString" value="0.7"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="capstyle" type="QString" value="round"/>
          </Option>
        </layer>
      </symbol>
      <symbol type="line" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleLine" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="line_color" type="QString" value="30,30,30,255"/>
            <Option name="line_style" type="QString" value="dash"/>
            <Option name="line_width" type="QString" value="0.7"/>
            <Option name="line_width_unit" type="QString" value="MM"/>
            <Option name="capstyle" type="QString" value="flat"/>
          </Option>
        </layer>
      </symbol>
    </symbols>
  </renderer-v2>
</qgis>
