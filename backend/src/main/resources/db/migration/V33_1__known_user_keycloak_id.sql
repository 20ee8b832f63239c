-- The weekly digest's recipients now come from Keycloak's users (issue 17, docs/tasks.md); a
-- user's opt-out, kept here, is matched by their Keycloak id (the token's sub), which survives a
-- change of username, as well as by username and e-mail address.
alter table known_user add column user_id varchar(500);
create index known_user_opted_out_idx on known_user (user_id) where not weekly_digest;
