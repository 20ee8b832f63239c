-- Computed indicators: an indicator whose values Värna computes on read from its own crime
-- statistics (a category or group, counted or per 1 000 / 100 000 inhabitants, per area and
-- period) instead of having them recorded or imported. The seeded indicators that counted
-- reported crimes were a second, disagreeing copy of the crime statistics (demo narcotics
-- offences 2025-03: 116 against 127): they become computed from the category they count, so
-- there is one figure.
alter table indicator
    add column computed_from  varchar(32) check (computed_from in ('crimeStatistics')),
    add column crime_category varchar(64) references crime_category (code),
    add constraint indicator_computed_chk check ((computed_from = 'crimeStatistics') = (crime_category is not null)),
    -- a computed figure is a count or a rate: the crime statistics' own measures
    add constraint indicator_computed_unit_chk
        check (computed_from is null or unit in ('count', 'ratePer1000', 'ratePer100k'));

update indicator set computed_from = 'crimeStatistics', crime_category = 'skadegorelse'
where code = 'ANMALDA_SKADEGORELSE';
update indicator set computed_from = 'crimeStatistics', crime_category = 'narkotikabrott'
where code = 'ANMALDA_NARKOTIKABROTT';
-- Kolada's N07403 is the police's reported violent crime per 100 000 inhabitants: the same
-- figure the crime statistics give for the group, now computed from them.
update indicator set computed_from = 'crimeStatistics', crime_category = 'valdsbrott', source = 'police',
                     source_reference = null
where code = 'ANMALDA_VALDSBROTT';

-- Their recorded values go: computed indicators have none (demo ones only; a real value of
-- these has never been recorded on a deployment, and would now be a second copy too).
delete from indicator_value v using indicator i
where v.indicator_id = i.id and i.computed_from is not null;
update indicator set baseline_value = null, baseline_period = null, baseline_demo = false
where computed_from is not null and baseline_demo;
