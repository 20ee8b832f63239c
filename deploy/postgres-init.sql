-- Värna's databases and roles, created once on a new PostgreSQL server by its superuser
-- (docker-compose runs it through deploy/postgres-init.sh; scripts/cluster.sh and a Kubernetes
-- operator run it with psql). The passwords are psql variables, never written here:
--   psql -v owner_password=… -v service_password=… -v keycloak_password=… -f deploy/postgres-init.sql
--
-- Three roles, each with only what it needs:
--   varna_owner    owns the varna database and its schema; Flyway migrates as it
--                  (quarkus.flyway.username), the service never connects as it
--   varna_service  the service's role: reads and writes rows, cannot change the schema
--   keycloak       owns the keycloak database and nothing else
\set ON_ERROR_STOP on
create role varna_owner login password :'owner_password';
create role varna_service login password :'service_password';
create role keycloak login password :'keycloak_password';
create database varna owner varna_owner;
create database keycloak owner keycloak;
revoke all on database varna from public;
grant connect, temporary on database varna to varna_service;
revoke all on database keycloak from public;

\connect varna
-- The public schema belongs to the database's owner (PostgreSQL 15 and later); the service may
-- use it but create nothing in it.
revoke create on schema public from public;
grant usage on schema public to varna_service;
-- Whatever the migrations create from now on is open to the service for rows only.
alter default privileges for role varna_owner in schema public
    grant select, insert, update, delete, truncate on tables to varna_service;
alter default privileges for role varna_owner in schema public
    grant usage, select on sequences to varna_service;
alter default privileges for role varna_owner in schema public
    grant execute on functions to varna_service;
