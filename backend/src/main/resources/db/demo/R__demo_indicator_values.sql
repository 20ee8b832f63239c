-- DEMO indicator values (demo = true): plausible series 2019–2025 for every seeded indicator,
-- for Västerås as a whole, split by sex, by district/locality and by age band where the
-- indicator supports it; each indicator's baseline (its first municipality-wide value) and a
-- 2025 target, also marked demo. Deterministic: levels, trends and hash-based noise, no random().
-- Real values (demo = false) recorded over a demo value replace it and are never deleted here.

delete from indicator_value where demo;
delete from indicator_target where demo;
update indicator set baseline_value = null, baseline_period = null, baseline_demo = false where baseline_demo;

with params(code, base, trend, noise, sex_gap, age_step, spread, target) as (values
    -- base: 2019 level; trend: change a year; noise: +- amplitude; sex_gap: female minus male;
    -- age_step: change per age band; spread: +- share between districts; target: 2025 target
    ('TILLIT',                   62.0,   0.6,  0.8,  1.6,  1.5, 0.12,  66.0),
    ('FRAMTIDSTRO',              70.0,  -0.3,  0.8, -2.0, -1.8, 0.10,  74.0),
    ('SYSSELSATTNING',           77.5,   0.45, 0.3, -3.2,  0.0, 0.00,  79.0),
    ('ANMALDA_SKADEGORELSE',    260.0,  -6.0, 18.0,  0.0,  0.0, 0.00, 220.0),
    ('TRYGGHET_VASTERAS',        71.0,   0.2,  0.7, -6.0,  1.2, 0.15,  75.0),
    ('NOJDHET_MOTESPLATSER',     72.0,   1.1,  1.0,  1.0, -1.0, 0.08,  78.0),
    ('ANMALDA_NARKOTIKABROTT',   95.0,   3.0,  9.0,  0.0,  0.0, 0.00,  80.0),
    ('PROVAT_NARKOTIKA',          9.5,  -0.3,  0.4, -1.4,  4.0, 0.00,   7.5),
    ('GYMNASIEBEHORIGHET',       82.4,   0.5,  0.5,  3.8,  0.0, 0.00,  86.0),
    ('FULLFOLJD_GYMNASIEEXAMEN', 68.9,   0.7,  0.6,  5.0,  0.0, 0.00,  72.0),
    ('TRYGGHET_SKOLA',           84.0,   0.4,  0.6, -1.0, -3.0, 0.06,  88.0),
    ('SKOLNARVARO',              92.5,  -0.2,  0.3,  0.4, -1.5, 0.03,  94.0),
    ('ANMALDA_VALDSBROTT',     1250.0, -20.0, 30.0,  0.0,  0.0, 0.00,  null),
    ('UTSATTHET_VALD',            6.8,  -0.15, 0.3, -1.2, -0.8, 0.25,   5.5)
),
periods(frequency, code, period_start, period_end, t) as (
    select 'yearly', y::text, make_date(y, 1, 1), make_date(y, 12, 31), (y - 2019)::numeric
    from generate_series(2019, 2025) y
    union all
    select 'halfYearly', extract(year from d)::int || 'H' || (case when extract(month from d) = 1 then 1 else 2 end),
           d::date, (d + interval '6 months' - interval '1 day')::date,
           (extract(year from d) - 2019 + (extract(month from d) - 1) / 12.0)::numeric
    from generate_series(date '2019-01-01', date '2025-07-01', interval '6 months') d
    union all
    select 'monthly', to_char(d, 'YYYY-MM'), d::date, (d + interval '1 month' - interval '1 day')::date,
           (extract(year from d) - 2019 + (extract(month from d) - 1) / 12.0)::numeric
    from generate_series(date '2019-01-01', date '2025-12-01', interval '1 month') d
),
cells(indicator_id, area_id, sex, age_group, offset_share, offset_abs) as (
    -- Västerås as a whole
    select i.id, m.id, 'total', 'total', 1.0, 0.0
    from indicator i join area m on m.code = '1980'
    union all
    -- by sex
    select i.id, m.id, s.sex, 'total', 1.0, case s.sex when 'female' then p.sex_gap / 2 else -p.sex_gap / 2 end
    from indicator i join params p on p.code = i.code join area m on m.code = '1980'
    cross join (values ('female'), ('male')) s(sex)
    where 'sex' = any(i.disaggregations)
    union all
    -- by age band
    select i.id, m.id, 'total', ag.code, 1.0,
           p.age_step * (array_position(i.age_groups, ag.code::varchar) - (cardinality(i.age_groups) + 1) / 2.0)
    from indicator i join params p on p.code = i.code join area m on m.code = '1980'
    join age_group ag on ag.code = any(i.age_groups)
    where 'ageGroup' = any(i.disaggregations)
    union all
    -- by district and locality: counts are a share of the municipality's, levels vary around it
    select i.id, a.id, 'total', 'total',
           (0.5 + (abs(hashtext(a.code)) % 100) / 100.0) / 26.0,
           p.base * p.spread * (((abs(hashtext(a.code || i.code)) % 201) - 100) / 100.0)
    from indicator i join params p on p.code = i.code
    join area a on a.type in ('district', 'locality')
    where 'area' = any(i.disaggregations)
),
raw as (
    select c.indicator_id, pe.code as period, pe.period_start, pe.period_end, c.area_id, c.sex, c.age_group,
           i.unit, a.type as area_type,
           -- Respondents of a survey-based value: about 2 400 residents or 1 800 pupils a year for
           -- the whole municipality, split like the cell (half for a sex, a share per age band and
           -- district), so public readers see the values the group sizes allow (disclosure control).
           case when i.source in ('residentSurvey', 'schoolSurvey') then
               round((case i.source when 'residentSurvey' then 2400 else 1800 end) * c.offset_share
                     * case when c.sex <> 'total' then 0.5 else 1 end
                     * case when c.age_group <> 'total' then 1.0 / cardinality(i.age_groups) else 1 end)
           end as respondents,
           (p.base + p.trend * pe.t
               + p.noise * (((abs(hashtext(i.code || pe.code || c.area_id || c.sex || c.age_group)) % 2001) - 1000) / 1000.0)
               * case when i.unit = 'count' then 1 + 0.15 * sin(2 * pi() * extract(month from pe.period_start) / 12) else 1 end
           )::numeric as level,
           c.offset_share, c.offset_abs
    from cells c
    join indicator i on i.id = c.indicator_id
    join params p on p.code = i.code
    join periods pe on pe.frequency = i.frequency
    join area a on a.id = c.area_id
    -- computed indicators take their values from the crime statistics, never from here
    where i.computed_from is null
)
insert into indicator_value (indicator_id, period, period_start, period_end, area_id, sex, age_group, value,
                             numerator, denominator, status, source, demo, updated_at, updated_by)
select v.indicator_id, v.period, v.period_start, v.period_end, v.area_id, v.sex, v.age_group, v.value,
       case when v.respondents is not null and v.unit = 'percent' then round(v.value * v.respondents / 100) end,
       v.respondents,
       case when v.period_start >= date '2025-07-01' then 'preliminary' else 'final' end,
       'Demo', true, timestamptz '2026-01-15 08:00:00+01', 'demo'
from (
    select r.*,
           case
               when r.unit = 'count' and r.area_type <> 'municipality' then greatest(0, round(r.level * r.offset_share))
               when r.unit = 'count' then greatest(0, round(r.level))
               when r.unit = 'percent' then least(100, greatest(0, round(r.level + r.offset_abs, 1)))
               else greatest(0, round(r.level + r.offset_abs, 1))
           end as value
    from raw r
) v;

update indicator i
set baseline_value = v.value, baseline_period = v.period, baseline_demo = true
from (
    select distinct on (v.indicator_id) v.indicator_id, v.value, v.period
    from indicator_value v join area m on m.id = v.area_id and m.code = '1980'
    where v.demo and v.sex = 'total' and v.age_group = 'total'
    order by v.indicator_id, v.period_start
) v
where v.indicator_id = i.id and i.baseline_value is null;

insert into indicator_target (indicator_id, year, value, demo)
select i.id, 2025, p.target, true
from (values
    ('TILLIT', 66.0), ('FRAMTIDSTRO', 74.0), ('SYSSELSATTNING', 79.0), ('ANMALDA_SKADEGORELSE', 220.0),
    ('TRYGGHET_VASTERAS', 75.0), ('NOJDHET_MOTESPLATSER', 78.0), ('ANMALDA_NARKOTIKABROTT', 80.0),
    ('PROVAT_NARKOTIKA', 7.5), ('GYMNASIEBEHORIGHET', 86.0), ('FULLFOLJD_GYMNASIEEXAMEN', 72.0),
    ('TRYGGHET_SKOLA', 88.0), ('SKOLNARVARO', 94.0), ('UTSATTHET_VALD', 5.5)
) as p(code, target)
join indicator i on i.code = p.code
on conflict (indicator_id, year) do nothing;

-- The policies' own baselines and targets (policy_indicator, V23_1): the demo ones follow the
-- indicators' demo baseline and those of their demo targets that fall in the policy's period.
delete from policy_indicator_target where demo;
update policy_indicator set baseline_value = null, baseline_period = null, baseline_demo = false where baseline_demo;

update policy_indicator pi
set baseline_value = i.baseline_value, baseline_period = i.baseline_period, baseline_demo = true
from indicator i
where i.id = pi.indicator_id and i.baseline_demo and pi.baseline_value is null;

insert into policy_indicator_target (policy_indicator_id, year, value, demo)
select pi.id, t.year, t.value, true
from policy_indicator pi
join policy p on p.id = pi.policy_id
join indicator_target t on t.indicator_id = pi.indicator_id and t.demo and t.year between p.valid_from and p.valid_to
on conflict (policy_indicator_id, year) do nothing;
