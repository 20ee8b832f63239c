-- The evaluation of a policy period (issue 13): a report of kind 'evaluation' covers a whole
-- adopted policy's period ('2020-2025') beside the half-year status reports ('2025H2'). It
-- shares the report's lifecycle (draft rebuilt from live data, approval freezing `content` and
-- `crime_basis`) and history; its texts are the coordinator's conclusions, overall and per goal.
alter table report add column kind varchar(16) not null default 'halfYear'
    check (kind in ('halfYear', 'evaluation'));
alter table report add column policy_id bigint references policy (id);
alter table report add column conclusions jsonb;
alter table report alter column period type varchar(9);
alter table report drop constraint report_period_check;
alter table report add constraint report_period_check check (
    (kind = 'halfYear' and period ~ '^[0-9]{4}H[12]$' and policy_id is null)
    or (kind = 'evaluation' and period ~ '^[0-9]{4}-[0-9]{4}$' and policy_id is not null));
-- one evaluation per policy
create unique index report_evaluation_policy_uq on report (policy_id) where kind = 'evaluation';
