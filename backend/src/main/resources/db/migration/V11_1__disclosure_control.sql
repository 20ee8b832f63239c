-- Disclosure control (se.varna.disclosure, docs/disclosure-control.md): the cell-key method.
-- Each delivered crime figure gets a record key, HMAC-SHA256 under a secret of the service's
-- configuration over the figure's identity and count (the first 32 bits, a fraction of 2^32);
-- a published cell's key is the sum of its figures' keys modulo 2^32 and picks the small,
-- deterministic perturbation the cell gets. The import computes the keys as it stores the
-- figures; rows stored by SQL (demo figures, a bulk load) are keyed when the service starts
-- (CrimeRecordKeys), with the function below.

-- Null until keyed; crime_fact's rows are written by COPY, so no default that would cost a rewrite.
alter table crime_fact add column record_key integer;

-- The sum of the record keys of the facts under each rollup row, modulo 2^32 (as a signed int):
-- in the primary key's INCLUDE list, so the dashboard's reads stay index-only.
alter table crime_rollup add column record_key integer not null default 0;
alter table crime_rollup drop constraint crime_rollup_pkey;
alter table crime_rollup add primary key (category_id, month, area_id, source_id) include (count, record_key);

-- HMAC-SHA256 (RFC 2104) from the secret's inner and outer pads (RecordKeys.innerPad/outerPad),
-- of month (year * 12 + month - 1), source, area, category, sex and age group and count as
-- big-endian ints (sex one byte); the first 32 bits as a signed int. The same as RecordKeys.
create function disclosure_record_key(inner_pad bytea, outer_pad bytea, month date, source_id integer,
                                      area_id integer, category_id integer, sex char, age_group_id integer,
                                      count integer) returns integer
language sql immutable strict parallel safe
return ('x' || encode(substr(sha256(outer_pad || sha256(inner_pad
        || int4send((extract(year from month)::integer * 12 + extract(month from month)::integer - 1))
        || int4send(source_id) || int4send(area_id) || int4send(category_id) || convert_to(sex::text, 'UTF8')
        || int4send(age_group_id) || int4send(count))), 1, 4), 'hex'))::bit(32)::integer;

-- An approved report's public view is now computed from its frozen exact content when it is
-- read (ReportDisclosure), through the same disclosure control as every other figure: the
-- snapshot suppressed by the old one-answer rule goes, and what publishing the frozen crime
-- figures needs (cell keys, delivering organisation; ReportCrimeBasis) is frozen beside the
-- content instead. Reports approved before have none: their keys are derived from the report
-- and the cell (ReportDisclosure.legacyBasis).
alter table report drop column public_crime;
alter table report add column crime_basis jsonb;
