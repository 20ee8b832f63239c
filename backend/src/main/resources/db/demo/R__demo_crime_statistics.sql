-- DEMO crime statistics, 2015–2025: reported crimes per month, district, category, sex and
-- age group for a town of about 160 000 (some 15 000 reported crimes a year), delivered as if
-- by the police (source 'polisen') and marked demo in crime_delivery. Deterministic: each
-- cell's expected count (yearly level × the district's share × season × trend × the split by
-- sex and age) is rounded up or down by a hash of the cell, so every run gives the same rows.
-- Most cells are small, so suppression shows. A month the police have really delivered is
-- never overwritten.

-- What the previous run of this file stored.
delete from crime_fact f using crime_delivery d
where d.demo and f.source_id = d.source_id and f.month = d.month;
delete from crime_rollup r using crime_delivery d
where d.demo and r.source_id = d.source_id and r.month = d.month;
delete from crime_delivery where demo;

create temporary table demo_crime_month on commit drop as
select m.month::date as month
from generate_series(date '2015-01-01', date '2025-12-01', interval '1 month') as m(month)
where not exists (
    select 1 from crime_delivery d join organisation o on o.id = d.source_id
    where o.code = 'polisen' and d.month = m.month::date);

-- Yearly level (around 2019), trend per year and profile of each leaf category.
create temporary table demo_crime_level on commit drop as
select c.id as category_id, c.code, c.valid_from, c.valid_to, l.per_year, l.trend, l.profile
from (values
    ('mord-drap', 4, 0.0, 'person'), ('misshandel', 950, -0.01, 'person'),
    ('olaga-hot-ofredande', 1500, 0.02, 'person'), ('olaga-hot', 800, 0.02, 'person'),
    ('ofredande', 700, 0.02, 'person'), ('sexualbrott', 330, 0.03, 'person'), ('ran', 110, -0.02, 'person'),
    ('bostadsinbrott', 400, -0.06, 'property'), ('butiksstold', 1300, 0.02, 'property'),
    ('cykelstold', 1200, -0.02, 'property'), ('fordonsstold', 900, -0.05, 'property'),
    ('ovrig-stold', 1500, -0.01, 'property'), ('klotter', 800, 0.0, 'damage'),
    ('anlagd-brand', 120, 0.01, 'damage'), ('ovrig-skadegorelse', 1300, -0.01, 'damage'),
    ('narkotika-innehav', 1250, 0.03, 'narcotics'), ('narkotika-overlatelse', 150, 0.04, 'narcotics'),
    ('bedrageri', 1800, 0.07, 'fraud'), ('vapenbrott', 70, 0.02, 'person'),
    ('trafikbrott', 450, -0.01, 'narcotics'), ('ovriga-brott-ovrigt', 400, 0.0, 'property')
) as l(code, per_year, trend, profile)
join crime_category c on c.code = l.code;

-- Each district's share of crime: its population with a weight for the city centre and the
-- large estates, less in the outlying localities.
create temporary table demo_crime_area on commit drop as
select a.id as area_id, a.code,
       sum(p.population) * coalesce(w.weight, case when a.type = 'locality' then 0.6 else 1.0 end)
         / sum(sum(p.population) * coalesce(w.weight, case when a.type = 'locality' then 0.6 else 1.0 end)) over ()
         as share
from area a
join area_population p on p.area_id = a.id and p.year = 2019
left join (values ('1980-centrum', 2.6), ('1980-backby', 1.6), ('1980-raby', 1.5), ('1980-skiljebo', 1.3),
                  ('1980-hacksta', 1.2), ('1980-kungsangen', 1.2), ('1980-vallby', 0.8),
                  ('1980-oster-malarstrand', 0.7)) as w(code, weight) on w.code = a.code
group by a.id, a.code, a.type, w.weight;

-- Who the reported crimes are split to, by profile: sex 'f', 'm' or 't' (unknown), age group
-- code or 'total' (unknown), and the share.
create temporary table demo_crime_split on commit drop as
with sex_share (profile, sex, share) as (values
        ('person', 'f', 0.42), ('person', 'm', 0.53), ('person', 't', 0.05),
        ('property', 'f', 0.22), ('property', 'm', 0.30), ('property', 't', 0.48),
        ('damage', 'f', 0.12), ('damage', 'm', 0.26), ('damage', 't', 0.62),
        ('narcotics', 'f', 0.12), ('narcotics', 'm', 0.86), ('narcotics', 't', 0.02),
        ('fraud', 'f', 0.38), ('fraud', 'm', 0.34), ('fraud', 't', 0.28)),
     age_share (profile, age, share) as (values
        ('person', '0-14', 0.08), ('person', '15-17', 0.10), ('person', '18-24', 0.22), ('person', '25-44', 0.36),
        ('person', '45-64', 0.16), ('person', '65plus', 0.05), ('person', 'total', 0.03),
        ('property', '0-14', 0.03), ('property', '15-17', 0.07), ('property', '18-24', 0.18),
        ('property', '25-44', 0.36), ('property', '45-64', 0.24), ('property', '65plus', 0.08), ('property', 'total', 0.04),
        ('damage', '0-14', 0.06), ('damage', '15-17', 0.14), ('damage', '18-24', 0.25), ('damage', '25-44', 0.30),
        ('damage', '45-64', 0.17), ('damage', '65plus', 0.04), ('damage', 'total', 0.04),
        ('narcotics', '0-14', 0.01), ('narcotics', '15-17', 0.12), ('narcotics', '18-24', 0.38),
        ('narcotics', '25-44', 0.37), ('narcotics', '45-64', 0.10), ('narcotics', '65plus', 0.01), ('narcotics', 'total', 0.01),
        ('fraud', '0-14', 0.01), ('fraud', '15-17', 0.02), ('fraud', '18-24', 0.08), ('fraud', '25-44', 0.28),
        ('fraud', '45-64', 0.31), ('fraud', '65plus', 0.26), ('fraud', 'total', 0.04))
select s.profile, s.sex, a.age, coalesce(g.id, 0) as age_group_id, s.share * a.share as share
from sex_share s
join age_share a on a.profile = s.profile and s.sex <> 't'
left join age_group g on g.code = a.age
union all
select profile, 't', 'total', 0, share from sex_share where sex = 't';

insert into crime_fact (month, source_id, area_id, category_id, sex, age_group_id, count)
select cell.month, cell.source_id, cell.area_id, cell.category_id, cell.sex, cell.age_group_id, cell.count
from (
    select m.month, o.id as source_id, a.area_id, l.category_id, s.sex, s.age_group_id,
           floor(
               l.per_year / 12.0 * a.share * s.share
               * greatest(0.2, 1 + l.trend * (extract(year from m.month) - 2019))
               -- more in summer, fewer in February
               * (1 + 0.15 * cos((extract(month from m.month) - 7) * pi() / 6))
               + ('x' || substr(md5(m.month::text || a.code || l.code || s.sex || s.age), 1, 8))::bit(32)::bigint
                 / 4294967296.0
           )::integer as count
    from demo_crime_month m
    cross join demo_crime_area a
    join demo_crime_level l on m.month between l.valid_from and coalesce(l.valid_to, date '9999-12-01')
    join demo_crime_split s on s.profile = l.profile
    join organisation o on o.code = 'polisen'
) as cell
where cell.count > 0
order by cell.month;

insert into crime_delivery (source_id, month, rows, checksum, demo)
select o.id, m.month, (select count(*) from crime_fact f where f.source_id = o.id and f.month = m.month), 0, true
from demo_crime_month m
join organisation o on o.code = 'polisen';

insert into crime_rollup (category_id, month, area_id, source_id, count)
select ca.ancestor_id, f.month, aa.ancestor_id, f.source_id, sum(f.count)
from crime_fact f
join crime_delivery d on d.demo and d.source_id = f.source_id and d.month = f.month
join crime_area_ancestry aa on aa.area_id = f.area_id
join crime_category_ancestry ca on ca.category_id = f.category_id
group by ca.ancestor_id, f.month, aa.ancestor_id, f.source_id
order by ca.ancestor_id, f.month, aa.ancestor_id;

analyze crime_fact;
analyze crime_rollup;
