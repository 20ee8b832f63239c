-- Crime import jobs shared by every replica of the service (issue 16). The uploaded file is
-- stored with its job before the job is accepted, so that any replica can run it, and a
-- replica that runs a job holds a lease on it that it renews: a job whose lease has expired
-- (its replica died or lost the database) is queued again or failed, never left running.

-- lease_token: the claim of the replica running the job (a new one each time the job is
-- claimed, so that a replica that lost its lease cannot finish the job another one took
-- over); heartbeat_at: when that replica last renewed the lease (the database's clock, the
-- same for every replica); attempts: how often the job was claimed. encoding, delimiter and
-- language are what the upload found and asked for, for the job's report.
alter table crime_import_job
    add column lease_token  uuid,
    add column heartbeat_at timestamptz,
    add column attempts     integer     not null default 0,
    add column encoding     varchar(16),
    add column delimiter    varchar(1),
    add column language     varchar(16);

-- Jobs of the in-memory worker this migration replaces: their files were never stored, so
-- they cannot run again.
update crime_import_job
   set state = 'failed', finished_at = now(),
       detail = 'The service was upgraded before the import finished; nothing was stored. Import the file again.'
 where state in ('queued', 'running');

-- The uploaded file of a job that has not finished, in chunks of about a megabyte, so that it
-- is written and read as a stream (a bytea value is read whole; a large object would need
-- its own clean-up). The chunks are deleted when the job finishes.
create table crime_import_file (
    -- the code of the municipality the job belongs to (the root area of type municipality)
    municipality varchar(64) not null,
    job_id       bigint      not null references crime_import_job (id) on delete cascade
                             -- the chunks are written before their job row, in one transaction
                             deferrable initially deferred,
    chunk        integer     not null,
    data         bytea       not null,
    primary key (job_id, chunk)
);

-- The claim loop looks for the oldest queued job and for running jobs whose lease expired.
create index crime_import_job_queued_idx on crime_import_job (id) where state = 'queued';
create index crime_import_job_running_idx on crime_import_job (heartbeat_at) where state = 'running';
