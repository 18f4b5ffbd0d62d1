<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- SPDX-FileCopyrightText: 2026 The Okhotsk Atlas authors -->
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- coastline_world, coastline_intermediate, coastline_high, coastline_full: GSHHG's levels in
     the atlas's colours, land (levels 1 and 3) and lakes (2 and 4, the sea's colour), drawn by
     level ascending so that lakes cover land and islands in lakes cover lakes. Show one layer
     at a time: the finer ones draw the same land in more detail. No dates: not temporal. -->
<qgis version="3.22.16" styleCategories="AllStyleCategories" labelsEnabled="0">
  <renderer-v2 type="RuleRenderer" symbollevels="0" enableorderby="1" forceraster="0">
    <rules key="root">
      <rule key="land" filter="&quot;level&quot; IN (1, 3)" label="Land" symbol="0"/>
      <rule key="lake" filter="&quot;level&quot; IN (2, 4)" label="Lake" symbol="1"/>
    </rules>
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="style" type="QString" value="solid"/>
            <Option name="color" type="QString" value="244,241,234,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="122,134,144,255"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
          </Option>
        </layer>
      </symbol>
      <symbol type="fill" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="style" type="QString" value="solid"/>
            <Option name="color" type="QString" value="221,232,240,255"/>
            <Option name="outline_style" type="QString" value="solid"/>
            <Option name="outline_color" type="QString" value="122,134,144,255"/>
            <Option name="outline_width" type="QString" value="0.2"/>
            <Option name="outline_width_unit" type="QString" value="MM"/>
          </Option>
        </layer>
      </symbol>
    </symbols>
    <orderby>
      <orderByClause asc="1" nullsFirst="0">"level"</orderByClause>
    </orderby>
  </renderer-v2>
</qgis>
