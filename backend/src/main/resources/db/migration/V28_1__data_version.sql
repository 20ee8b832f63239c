-- The data version: a number that every committing write moves on, read once per cached request
-- so that no replica serves a computed answer older than the last write it could have seen
-- (docs/api.md#caching). One row per municipality (the root area of type municipality).
create table data_version (
    -- the code of the municipality the data belongs to (the root area of type municipality)
    municipality varchar(64) primary key,
    version      bigint      not null
);

insert into data_version (municipality, version)
select code, 1 from area where type = 'municipality' and parent_id is null;

-- One row per writing transaction, inserted by its first write and removed at its commit: the
-- deferred trigger on it moves the version on at commit, so that the version row is locked only
-- while the transaction commits (not from its first write on, which would make every writer wait
-- for the slowest import) and the new version becomes visible together with the data. The
-- service writes at read committed, where two commits wait for each other on the row for the
-- update only; a repeatable-read or serializable writer would fail its commit when another
-- committed first.
create table data_version_pending (
    id bigint generated always as identity primary key
);

-- After every statement that writes a tracked table: note the transaction as writing, once.
create function data_version_written() returns trigger
language plpgsql as $$
begin
    if current_setting('varna.data_written', true) is distinct from 'yes' then
        perform set_config('varna.data_written', 'yes', true);
        insert into data_version_pending default values;
    end if;
    return null;
end $$;

-- At commit of a writing transaction: the version moves on.
create function data_version_commit() returns trigger
language plpgsql as $$
begin
    update data_version set version = version + 1;
    if not found then
        insert into data_version (municipality, version)
        select code, 1 from area where type = 'municipality' and parent_id is null
        on conflict (municipality) do update set version = data_version.version + 1;
    end if;
    delete from data_version_pending where id = new.id;
    return null;
end $$;

create constraint trigger data_version_commit
    after insert on data_version_pending
    deferrable initially deferred
    for each row execute function data_version_commit();

-- The tables whose writes leave every computed answer as it was: the version itself, Flyway's
-- history, the partner rate limit's buckets (written on each partner request) and the import
-- queue's jobs and stored uploads (leases and progress; the imported facts are tracked).
create function data_version_untracked() returns setof text
language sql immutable as $$
    values ('data_version'), ('data_version_pending'), ('flyway_schema_history'),
           ('partner_rate_limit'), ('crime_import_job'), ('crime_import_file')
$$;

-- Attaches the statement trigger to every table of the schema that lacks it: called by this
-- migration and after every migration run (DataVersionTracking), so that a table a later
-- migration adds is tracked without anyone remembering to.
create function data_version_track_all() returns integer
language plpgsql as $$
declare
    t record;
    attached integer := 0;
begin
    for t in
        select c.relname
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema()
          and c.relkind in ('r', 'p')
          and c.relname not in (select * from data_version_untracked())
          and not exists (select 1 from pg_trigger g
                          where g.tgrelid = c.oid and g.tgname = 'data_version_written')
    loop
        execute format('create trigger data_version_written '
                       'after insert or update or delete or truncate on %I '
                       'for each statement execute function data_version_written()', t.relname);
        attached := attached + 1;
    end loop;
    return attached;
end $$;

select data_version_track_all();
