-- A change of an adopted plan is a new version: a draft copy that links to the plan it revises.
alter table action_plan add column predecessor_id bigint references action_plan (id);
create index action_plan_predecessor_idx on action_plan (predecessor_id);
