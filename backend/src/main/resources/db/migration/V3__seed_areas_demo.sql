-- Areas of Västerås (municipality code 1980) with its districts and localities, the age
-- groups, and DEMO population figures (demo = true) until the municipality loads official
-- statistics. The figures are generated deterministically: every run gives the same rows.

insert into area (code, name, type, parent_id) values ('1980', 'Västerås', 'municipality', null);

insert into area (code, name, type, parent_id)
select a.code, a.name, a.type, m.id
from (values
    ('1980-centrum', 'Centrum', 'district', 1),
    ('1980-kungsangen', 'Kungsängen', 'district', 2),
    ('1980-ostermalm', 'Östermalm', 'district', 3),
    ('1980-vastermalm', 'Västermalm', 'district', 4),
    ('1980-oster-malarstrand', 'Öster Mälarstrand', 'district', 5),
    ('1980-viksang', 'Viksäng', 'district', 6),
    ('1980-skiljebo', 'Skiljebo', 'district', 7),
    ('1980-malmaberg', 'Malmaberg', 'district', 8),
    ('1980-kristiansborg', 'Kristiansborg', 'district', 9),
    ('1980-haga', 'Haga', 'district', 10),
    ('1980-backby', 'Bäckby', 'district', 11),
    ('1980-raby', 'Råby', 'district', 12),
    ('1980-hammarby', 'Hammarby', 'district', 13),
    ('1980-vallby', 'Vallby', 'district', 14),
    ('1980-pettersberg', 'Pettersberg', 'district', 15),
    ('1980-gideonsberg', 'Gideonsberg', 'district', 16),
    ('1980-bjurhovda', 'Bjurhovda', 'district', 17),
    ('1980-onsta-gryta', 'Önsta-Gryta', 'district', 18),
    ('1980-skalby', 'Skälby', 'district', 19),
    ('1980-hacksta', 'Hacksta', 'district', 20),
    ('1980-skultuna', 'Skultuna', 'locality', 21),
    ('1980-tillberga', 'Tillberga', 'locality', 22),
    ('1980-dingtuna', 'Dingtuna', 'locality', 23),
    ('1980-irsta', 'Irsta', 'locality', 24),
    ('1980-barkaro', 'Barkarö', 'locality', 25),
    ('1980-karrbo', 'Kärrbo', 'locality', 26)
) as a(code, name, type, ordinal)
join area m on m.code = '1980'
order by a.ordinal;

insert into age_group (code, label_sv, label_en, min_age, max_age, sort_order) values
    ('0-14', '0–14 år', '0–14 years', 0, 14, 1),
    ('15-17', '15–17 år', '15–17 years', 15, 17, 2),
    ('18-24', '18–24 år', '18–24 years', 18, 24, 3),
    ('25-44', '25–44 år', '25–44 years', 25, 44, 4),
    ('45-64', '45–64 år', '45–64 years', 45, 64, 5),
    ('65plus', '65 år och äldre', '65 years and older', 65, null, 6);

-- DEMO population: each leaf area's 2019 size, grown 0.2–0.6 % a year, split by an age
-- profile with a small per-area variation and by sex (more women among the oldest).
insert into area_population (area_id, year, sex, age_group_id, population, demo)
select a.id,
       y.year,
       s.sex,
       ag.id,
       round(
           base.size_2019
           * power(1 + (2 + (base.ordinal * 37) % 5) / 1000.0, y.year - 2019)
           * prof.share * (1 + (((base.ordinal * 7 + ag.sort_order * 13) % 11) - 5) / 100.0)
           * case when s.sex = 'female' then prof.female_share else 1 - prof.female_share end
       )::integer,
       true
from (values
    ('1980-centrum', 1, 9140), ('1980-kungsangen', 2, 6800), ('1980-ostermalm', 3, 8250),
    ('1980-vastermalm', 4, 7690), ('1980-oster-malarstrand', 5, 4010), ('1980-viksang', 6, 9250),
    ('1980-skiljebo', 7, 9590), ('1980-malmaberg', 8, 5350), ('1980-kristiansborg', 9, 5130),
    ('1980-haga', 10, 4350), ('1980-backby', 11, 10930), ('1980-raby', 12, 8030),
    ('1980-hammarby', 13, 4910), ('1980-vallby', 14, 6240), ('1980-pettersberg', 15, 6910),
    ('1980-gideonsberg', 16, 5690), ('1980-bjurhovda', 17, 7470), ('1980-onsta-gryta', 18, 9920),
    ('1980-skalby', 19, 5910), ('1980-hacksta', 20, 5020), ('1980-skultuna', 21, 3680),
    ('1980-tillberga', 22, 2900), ('1980-dingtuna', 23, 2680), ('1980-irsta', 24, 2560),
    ('1980-barkaro', 25, 2450), ('1980-karrbo', 26, 1000)
) as base(code, ordinal, size_2019)
join area a on a.code = base.code
cross join generate_series(2019, 2025) as y(year)
cross join (values ('female'), ('male')) as s(sex)
join (values
    ('0-14', 0.180, 0.487), ('15-17', 0.035, 0.486), ('18-24', 0.085, 0.480),
    ('25-44', 0.270, 0.490), ('45-64', 0.235, 0.495), ('65plus', 0.195, 0.545)
) as prof(age_group_code, share, female_share) on true
join age_group ag on ag.code = prof.age_group_code;
