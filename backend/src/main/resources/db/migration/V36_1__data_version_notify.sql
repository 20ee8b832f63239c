-- The data version, told to every replica as it moves on: the commit trigger of V28_1 now also
-- sends pg_notify('varna_data_version', '<municipality> <version>'), delivered by PostgreSQL
-- to every listening connection once the writing transaction has committed. Each replica keeps
-- the version in memory from these (DataVersion) instead of reading it on every cached request,
-- and reads it per request again whenever its listener is not connected or has been silent
-- (docs/api.md#caching says exactly what that guarantees).
create or replace function data_version_commit() returns trigger
language plpgsql as $$
declare
    moved record;
begin
    for moved in update data_version set version = version + 1 returning municipality, version loop
        perform pg_notify('varna_data_version', moved.municipality || ' ' || moved.version);
    end loop;
    if not found then
        for moved in
            insert into data_version (municipality, version)
            select code, 1 from area where type = 'municipality' and parent_id is null
            on conflict (municipality) do update set version = data_version.version + 1
            returning municipality, version
        loop
            perform pg_notify('varna_data_version', moved.municipality || ' ' || moved.version);
        end loop;
    end if;
    delete from data_version_pending where id = new.id;
    return null;
end $$;

-- The users known from their tokens (GET /api/v1/me renews them) are read by the reminders
-- only, never by a cached answer: their writes no longer move the data version on, so that a
-- sign-in does not empty every replica's memory of public figures.
create or replace function data_version_untracked() returns setof text
language sql immutable as $$
    values ('data_version'), ('data_version_pending'), ('flyway_schema_history'),
           ('partner_rate_limit'), ('crime_import_job'), ('crime_import_file'), ('known_user')
$$;

drop trigger if exists data_version_written on known_user;
