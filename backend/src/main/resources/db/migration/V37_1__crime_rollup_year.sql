-- The rollup summed per calendar year (issue 19): a dashboard of a year with the year before
-- reads 324 of these rows instead of 3 888 monthly ones, most of a cache miss's time in the
-- database. A statement trigger on crime_rollup keeps it in step, in the same statement's
-- transaction, whoever writes the monthly rollup (the import, the record-key backfill, the demo
-- data): each written statement adds the new rows' sums and takes the old rows' away. `months`
-- counts the monthly rows a year row sums, so that a year row goes when its last month does and
-- which sources delivered to a figure (the partner's exact view) stays what the months say.
create table crime_rollup_year (
    -- the code of the municipality the row belongs to (the root of its area)
    municipality varchar(64) not null,
    category_id  integer     not null,
    year         integer     not null,
    area_id      integer     not null,
    source_id    integer     not null,
    count        bigint      not null,
    -- the sum of the monthly rows' record keys modulo 2^32, as a signed integer like theirs
    record_key   integer     not null,
    months       integer     not null,
    -- the dashboard's reads are index-only scans, as of crime_rollup
    primary key (category_id, year, area_id, source_id) include (count, record_key)
);

-- The statement that adds sign × the sums of a relation's rollup rows, grouped by year: the
-- trigger runs it on its transition tables, this migration once on crime_rollup itself.
create function crime_rollup_year_upsert(sign integer, rollup_rows text) returns text
language sql immutable as $f$
    select format($q$
        insert into crime_rollup_year as y (municipality, category_id, year, area_id, source_id, count,
                                            record_key, months)
        select m.code, d.category_id, d.year, d.area_id, d.source_id, d.count, d.record_key, d.months
        from (select r.category_id, extract(year from r.month)::integer as year, r.area_id, r.source_id,
                     %1$s * sum(r.count) as count,
                     (%1$s * sum(r.record_key))::bit(32)::integer as record_key,
                     %1$s * count(*)::integer as months
              from %2$I r
              group by 1, 2, 3, 4) d
        join crime_area_ancestry aa on aa.area_id = d.area_id
        join area m on m.id = aa.ancestor_id and m.parent_id is null
        on conflict (category_id, year, area_id, source_id) do update
           set count = y.count + excluded.count,
               record_key = ((y.record_key::bigint + excluded.record_key)::bit(32))::integer,
               months = y.months + excluded.months$q$, sign, rollup_rows)
$f$;

-- Adds the new rows' sums and takes the old rows' away (the statement executed in the trigger
-- function itself: a function it called would not see the transition tables); rows left
-- without a month go.
create function crime_rollup_year_written() returns trigger
language plpgsql as $$
declare
    change record;
begin
    for change in
        select * from (values (-1, 'old_rollup', tg_op in ('UPDATE', 'DELETE')),
                              (1, 'new_rollup', tg_op in ('UPDATE', 'INSERT'))) as c(sign, rows, fired)
        where c.fired
    loop
        execute crime_rollup_year_upsert(change.sign, change.rows);
        if change.sign < 0 then
            delete from crime_rollup_year where months <= 0;
        end if;
    end loop;
    return null;
end $$;

-- A trigger with transition tables fires on one event.
create trigger crime_rollup_year_inserted after insert on crime_rollup
    referencing new table as new_rollup for each statement execute function crime_rollup_year_written();
create trigger crime_rollup_year_updated after update on crime_rollup
    referencing old table as old_rollup new table as new_rollup
    for each statement execute function crime_rollup_year_written();
create trigger crime_rollup_year_deleted after delete on crime_rollup
    referencing old table as old_rollup for each statement execute function crime_rollup_year_written();

create function crime_rollup_year_truncated() returns trigger
language plpgsql as $$
begin
    truncate crime_rollup_year;
    return null;
end $$;

create trigger crime_rollup_year_truncated after truncate on crime_rollup
    for each statement execute function crime_rollup_year_truncated();

do $$
begin
    execute crime_rollup_year_upsert(1, 'crime_rollup');
end $$;

analyze crime_rollup_year;
