-- SCHEMATIC DEMO boundaries (boundary_demo = true) for Västerås' 20 districts and 6
-- localities, until the coordinator loads the real ones (PUT /api/v1/areas/boundaries).
-- They are NOT the real district borders: Centrum is a disc around 59.61 N, 16.55 E, the
-- other districts are sectors of two rings around it (the outer ring leaves the south open,
-- where Mälaren is), and each locality is a hexagon further out in its own direction.
-- Deterministic: distances in km, converted at 111.2 km per degree of latitude and
-- 56.3 km per degree of longitude (at 59.6 N), rounded to 6 decimals. Exterior rings run
-- counter-clockwise (RFC 7946). A real boundary (boundary_demo = false) is never touched.

update area set boundary = null, boundary_demo = false where boundary_demo;

with sector(code, inner_km, outer_km, from_deg, to_deg) as (values
    -- Centrum: a disc
    ('1980-centrum',            0.0, 1.2,    0.0,  360.0),
    -- inner ring: 7 sectors of 360/7 degrees (bearings clockwise from north)
    ('1980-malmaberg',          1.2, 3.0,  -25.7,   25.7),
    ('1980-ostermalm',          1.2, 3.0,   25.7,   77.1),
    ('1980-oster-malarstrand',  1.2, 3.0,   77.1,  128.6),
    ('1980-kungsangen',         1.2, 3.0,  128.6,  180.0),
    ('1980-viksang',            1.2, 3.0,  180.0,  231.4),
    ('1980-vastermalm',         1.2, 3.0,  231.4,  282.9),
    ('1980-kristiansborg',      1.2, 3.0,  282.9,  334.3),
    -- outer ring: 12 sectors of 22.5 degrees from south-west round north to south-east
    ('1980-backby',             3.0, 5.5,  225.0,  247.5),
    ('1980-raby',               3.0, 5.5,  247.5,  270.0),
    ('1980-hacksta',            3.0, 5.5,  270.0,  292.5),
    ('1980-skalby',             3.0, 5.5,  292.5,  315.0),
    ('1980-vallby',             3.0, 5.5,  315.0,  337.5),
    ('1980-pettersberg',        3.0, 5.5,  337.5,  360.0),
    ('1980-gideonsberg',        3.0, 5.5,  360.0,  382.5),
    ('1980-onsta-gryta',        3.0, 5.5,  382.5,  405.0),
    ('1980-bjurhovda',          3.0, 5.5,  405.0,  427.5),
    ('1980-haga',               3.0, 5.5,  427.5,  450.0),
    ('1980-skiljebo',           3.0, 5.5,  450.0,  472.5),
    ('1980-hammarby',           3.0, 5.5,  472.5,  495.0)
),
sector_steps as (
    select s.*, greatest(2, ceil((s.to_deg - s.from_deg) / 7.5))::int as n from sector s
),
-- outer arc from to_deg back to from_deg (counter-clockwise), then the inner arc forward
sector_points as (
    select s.code, k as ord,
           s.outer_km * sin(radians(s.to_deg - k * (s.to_deg - s.from_deg) / s.n)) as x,
           s.outer_km * cos(radians(s.to_deg - k * (s.to_deg - s.from_deg) / s.n)) as y
    from sector_steps s, generate_series(0, s.n) k
    union all
    select s.code, s.n + 1 + k,
           s.inner_km * sin(radians(s.from_deg + k * (s.to_deg - s.from_deg) / s.n)),
           s.inner_km * cos(radians(s.from_deg + k * (s.to_deg - s.from_deg) / s.n))
    from sector_steps s, generate_series(0, s.n) k
    where s.inner_km > 0
    union all
    -- close the ring on its first point
    select s.code, 2 * s.n + 2, s.outer_km * sin(radians(s.to_deg)), s.outer_km * cos(radians(s.to_deg))
    from sector_steps s
    where s.inner_km > 0
),
locality(code, bearing_deg, distance_km, radius_km) as (values
    ('1980-skultuna',  350.0, 15.0, 1.8),
    ('1980-tillberga',  40.0, 11.0, 1.6),
    ('1980-karrbo',     95.0, 14.0, 1.5),
    ('1980-irsta',     130.0,  9.0, 1.5),
    ('1980-barkaro',   220.0,  9.0, 1.5),
    ('1980-dingtuna',  260.0, 11.0, 1.6)
),
-- a hexagon, vertices counter-clockwise, the seventh closing the ring
locality_points as (
    select l.code, k as ord,
           l.distance_km * sin(radians(l.bearing_deg)) + l.radius_km * cos(radians(60 * (k % 6))) as x,
           l.distance_km * cos(radians(l.bearing_deg)) + l.radius_km * sin(radians(60 * (k % 6))) as y
    from locality l, generate_series(0, 6) k
),
points as (
    select code, ord, x, y from sector_points
    union all
    select code, ord, x, y from locality_points
),
geometry as (
    select code, jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(
               jsonb_agg(jsonb_build_array(round((16.55 + x / 56.3)::numeric, 6),
                                           round((59.61 + y / 111.2)::numeric, 6)) order by ord))) as boundary
    from points
    group by code
)
update area a
set boundary = g.boundary, boundary_demo = true
from geometry g
where a.code = g.code and a.boundary is null;
