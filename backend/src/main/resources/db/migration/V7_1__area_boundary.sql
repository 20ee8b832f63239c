-- An area's boundary for maps: a GeoJSON Polygon or MultiPolygon geometry (WGS 84,
-- longitude first), stored as jsonb because PostGIS is not available everywhere Värna runs.
-- boundary_demo marks a schematic demo boundary (db/demo) until the coordinator loads the
-- real one; a boundary loaded through the API is never demo.
alter table area add column boundary jsonb;
alter table area add column boundary_demo boolean not null default false;
alter table area add constraint area_boundary_is_geometry
    check (boundary is null or boundary ->> 'type' in ('Polygon', 'MultiPolygon'));
alter table area add constraint area_boundary_demo_needs_boundary
    check (boundary is not null or not boundary_demo);
