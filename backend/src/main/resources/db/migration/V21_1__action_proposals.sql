-- Editors propose actions for their own organisation on a draft plan; the coordinator accepts
-- (the action becomes the plan's) or rejects (it is removed, and the history keeps it).
alter table action_plan_action
    add column status varchar(16) not null default 'accepted'
        constraint action_plan_action_status_chk check (status in ('accepted', 'proposed')),
    add column proposed_by_organisation_id bigint references organisation (id);
