-- The partner rate limit's token buckets, one row per partner client, shared by every replica
-- so that N replicas still give a partner requests-per-minute in total, not N times as many.
-- The rows are Bucket4j's (bucket4j_jdk17-postgresql, select-for-update): state is its
-- serialised bucket, expires_at (epoch milliseconds) when the bucket would be full again and the
-- row can go. Bucket4j inserts a row with its id only and sets the other columns in the update
-- that follows in the same transaction, so municipality cannot be "not null".
create table partner_rate_limit (
    -- the partner client (azp, else client_id, else the username)
    client       varchar(255) primary key,
    state        bytea,
    expires_at   bigint,
    -- the code of the municipality the deployment serves (the root area of type municipality)
    municipality varchar(64)
);
