-- Runs once when the PostgreSQL volume is created: Keycloak keeps its data in its own database.
CREATE DATABASE keycloak OWNER varna;
