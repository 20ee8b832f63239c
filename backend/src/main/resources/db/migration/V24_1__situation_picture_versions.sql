-- A change of an adopted lägesbild is a new version: a draft copy that links to the one it revises.
-- Plans keep the version they were based on (their problems are that version's rows).
alter table situation_picture add column predecessor_id bigint references situation_picture (id);
create index situation_picture_predecessor_idx on situation_picture (predecessor_id);
