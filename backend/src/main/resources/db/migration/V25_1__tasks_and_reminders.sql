-- Owners' to-dos and reminders (issue 17, docs/tasks.md).

-- How long after its period ends an indicator's value is due (e.g. the school survey's three
-- months after the half-year), as the coordinator sets it; an indicator without a row has none.
create table indicator_due_rule (
    -- the code of the municipality the rule belongs to (the root area of type municipality)
    municipality           varchar(64)  not null,
    indicator_id           bigint       primary key references indicator (id) on delete cascade,
    publication_lag_months integer      not null check (publication_lag_months between 0 and 24),
    updated_at             timestamptz  not null default now(),
    updated_by             varchar(255) not null
);

-- The users the service knows from their tokens (each sign-in renews the row): whom the weekly
-- digest goes to, and whether they have turned it off.
create table known_user (
    municipality      varchar(64)  not null,
    username          varchar(255) primary key,
    name              varchar(500),
    email             varchar(500),
    organisation_code varchar(200),
    editor            boolean      not null,
    weekly_digest     boolean      not null default true,
    last_seen_at      timestamptz  not null default now()
);
create index known_user_organisation_idx on known_user (organisation_code) where editor;

-- One row per digest sent: a replica claims (ISO week, user) with INSERT … ON CONFLICT DO NOTHING
-- before it sends, so that each user gets one digest a week however many replicas run the job.
create table reminder_digest (
    municipality varchar(64)  not null,
    week         varchar(8)   not null,
    username     varchar(255) not null,
    items        integer      not null check (items > 0),
    claimed_at   timestamptz  not null default now(),
    primary key (week, username)
);
