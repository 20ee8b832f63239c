-- Real population: Statistics Sweden publishes population by small areas (DeSO, RegSO), which
-- are not Värna's districts. The coordinator uploads once which district each DeSO lies in;
-- a population import then sums SCB's figures into the districts (and into Värna's age bands)
-- and replaces the demo figures of the years it holds in area_population.
create table population_area_mapping (
    -- the code of the municipality the mapping belongs to (the root area of type municipality)
    municipality varchar(64) not null,
    -- SCB's region code, e.g. a DeSO code such as 1980C1010
    region_code  varchar(64) not null,
    area_id      bigint      not null references area (id),
    primary key (municipality, region_code)
);
create index population_area_mapping_area_idx on population_area_mapping (area_id);
