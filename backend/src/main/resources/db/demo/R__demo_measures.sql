-- DEMO measures (demo = true): about forty plausible measures of Västerås stad's departments
-- and companies, with progress updates (some recent, some none for more than six months) and
-- a "created" history entry each. Deterministic: dates are relative to the day it runs, and
-- output figures come from hashtext(), never random(). Deletes its own rows first.

-- the history of demo documents goes with them (document_history has no foreign key)
delete from document_history
where document_kind = 'measure'
  and document_id in (select id from measure where demo);
delete from document_history
where document_kind = 'measureEvaluation'
  and document_id in (select id from measure_evaluation where demo);
delete from measure_evaluation where demo;
delete from measure where demo;

create temporary table demo_measure on commit drop as
select * from (values
 (1, 'Fritidsgårdar med förlängda öppettider i Bäckby', 'Fritidsgårdarna i Bäckby håller öppet till 23 fredagar och lördagar med fler vuxna på plats.', 'kultur-idrott-fritid', '{polisen}'::text[], '{2,5}'::int[], '{1980-backby}'::text[], '{youngPeople}'::text[], 'social', 'primary', '{absentGuardianship,motivatedOffender}'::text[], 'experienceBased', 'Erfarenheter från andra kommuners helgöppna verksamheter.', '{BROTTSBELASTADE_KAMRATER}'::text[], '{PROSOCIALA_KAMRATER}'::text[], 'ongoing', -20, null::int, 850000, true, '{1,4,7}'::int[]),
 (2, 'Trygghetsvandringar i Råby', 'Boende, Mimer, polis och kommun går tillsammans genom området och noterar otrygga platser.', 'hallbarhetsenheten', '{mimer,polisen}', '{2}', '{1980-raby}', '{residents}', 'situational', 'primary', '{suitableTarget,absentGuardianship}', 'experienceBased', 'Metodstöd från Brottsförebyggande rådet.', '{}', '{}', 'ongoing', -30, null, 60000, true, '{2,8,14}'),
 (3, 'Föräldraskapsstöd ABC', 'Gruppträffar i programmet ABC – Alla Barn i Centrum – för föräldrar till barn 3–12 år.', 'individ-familj', '{barn-utbildning}', '{1,4}', '{1980-backby,1980-raby,1980-skiljebo}', '{parents,children}', 'social', 'primary', '{motivatedOffender}', 'evidenceBased', 'Utvärderat av Folkhälsomyndigheten och Stockholms stad.', '{TIDIGA_BETEENDESTORNINGAR}', '{STARK_ANKNYTNING_FORALDER}', 'ongoing', -36, null, 420000, true, '{1,6}'),
 (4, 'Sociala insatsgrupper', 'Samordnade insatser för unga som riskerar att rekryteras till kriminella nätverk.', 'individ-familj', '{polisen,barn-utbildning}', '{5}', '{1980-backby,1980-raby,1980-hammarby}', '{youngPeople}', 'social', 'tertiary', '{motivatedOffender}', 'experienceBased', 'Nationell modell för sociala insatsgrupper.', '{BROTTSBELASTADE_KAMRATER,MISSBRUK}', '{SYSSELSATTNING_EGENFORSORJNING}', 'ongoing', -28, null, 1200000, false, '{2,5}'),
 (5, 'Skolsociala team', 'Kurator, skolsköterska och socialsekreterare arbetar tillsammans på skolor med hög frånvaro.', 'barn-utbildning', '{individ-familj}', '{4}', '{1980-backby,1980-skiljebo}', '{children,youngPeople}', 'social', 'secondary', '{motivatedOffender}', 'experienceBased', null, '{DALIG_ANKNYTNING_SKOLA,MISSLYCKANDE_I_SKOLAN}', '{POSITIVT_SKOLKLIMAT,LYCKAS_I_SKOLAN}', 'ongoing', -24, null, 2100000, true, '{1,3}'),
 (6, 'Belysning och röjning av buskage i Skiljebo', 'Ny belysning längs gång- och cykelvägar och röjning av skymmande buskage.', 'mimer', '{}', '{2}', '{1980-skiljebo}', '{residents,women}', 'situational', 'primary', '{suitableTarget,absentGuardianship}', 'evidenceBased', 'Forskning om belysningens effekt på brott och otrygghet.', '{}', '{}', 'completed', -26, -14, 1350000, true, '{15,20}'),
 (7, 'Grannsamverkan', 'Grannar håller uppsikt över varandras bostäder i samarbete med polisen.', 'varna-vasteras', '{polisen}', '{1,2}', '{1980-vallby,1980-bjurhovda,1980-skalby}', '{residents}', 'situational', 'primary', '{absentGuardianship}', 'evidenceBased', 'Brå:s utvärdering av grannsamverkan.', '{}', '{}', 'ongoing', -60, null, 40000, true, '{9}'),
 (8, 'Sommarjobb för unga', 'Feriejobb i kommunens verksamheter för ungdomar 16–18 år.', 'stadsledningskontoret', '{kultur-idrott-fritid}', '{1}', '{1980-backby,1980-raby,1980-hammarby,1980-pettersberg}', '{youngPeople}', 'social', 'primary', '{motivatedOffender}', 'experienceBased', null, '{BRISTANDE_LIVSFORUTSATTNINGAR}', '{SYSSELSATTNING_EGENFORSORJNING}', 'ongoing', -40, null, 3800000, true, '{3,15}'),
 (9, 'Nattvandring i centrum', 'Vuxna nattvandrar fredagar och lördagar i centrala Västerås.', 'varna-vasteras', '{polisen}', '{2,3}', '{1980-centrum}', '{youngPeople}', 'situational', 'primary', '{absentGuardianship}', 'experienceBased', null, '{}', '{}', 'ongoing', -50, null, 25000, true, '{10}'),
 (10, 'Kameraövervakning vid Resecentrum', 'Kameror vid resecentrum efter beslut om tillstånd.', 'stadsledningskontoret', '{polisen}', '{2,5}', '{1980-centrum}', '{residents}', 'situational', 'primary', '{absentGuardianship,suitableTarget}', 'evidenceBased', 'Systematiska översikter om kameraövervakning.', '{}', '{}', 'planned', 2, null, 900000, false, '{}'),
 (11, 'Läxhjälp på biblioteket', 'Läxhjälp med volontärer på stadsdelsbiblioteken.', 'kultur-idrott-fritid', '{}', '{4}', '{1980-backby,1980-hammarby}', '{children,youngPeople}', 'social', 'primary', '{}', 'experienceBased', null, '{MISSLYCKANDE_I_SKOLAN}', '{LYCKAS_I_SKOLAN}', 'ongoing', -18, null, 180000, true, '{1}'),
 (12, 'Mötesplats för seniorer i Vallby', 'Öppen mötesplats med aktiviteter för äldre, även kvällstid.', 'kultur-idrott-fritid', '{}', '{1}', '{1980-vallby}', '{elderly}', 'social', 'primary', '{suitableTarget}', 'newMethod', null, '{}', '{}', 'ongoing', -22, null, 140000, true, '{11}'),
 (13, 'Trygghetsvärdar i Hammarby', 'Trygghetsvärdar från Mimer rör sig i området kvällstid.', 'mimer', '{polisen}', '{2}', '{1980-hammarby}', '{residents}', 'situational', 'primary', '{absentGuardianship}', 'experienceBased', null, '{}', '{}', 'ongoing', -15, null, 760000, true, '{2,5}'),
 (14, 'Klotterplank och snabb sanering', 'Klotter saneras inom 24 timmar och lagliga väggar erbjuds.', 'mimer', '{kultur-idrott-fritid}', '{2}', '{1980-raby,1980-backby,1980-pettersberg}', '{youngPeople}', 'situational', 'primary', '{suitableTarget}', 'evidenceBased', 'Snabb sanering minskar nytt klotter (Brå).', '{}', '{}', 'ongoing', -48, null, 520000, true, '{1,2,4}'),
 (15, 'Drogförebyggande föräldramöten', 'Information om narkotika och langning på föräldramöten i årskurs 7.', 'barn-utbildning', '{polisen,individ-familj}', '{3}', '{}', '{parents}', 'social', 'primary', '{}', 'experienceBased', null, '{TILLGANG_NARKOTIKA}', '{STARK_ANKNYTNING_FORALDER}', 'ongoing', -34, null, 30000, true, '{8}'),
 (16, 'Tillsyn av tobak och alkohol', 'Kontrollköp och tillsyn mot langning till minderåriga.', 'stadsledningskontoret', '{polisen}', '{3}', '{}', '{youngPeople}', 'situational', 'primary', '{suitableTarget}', 'evidenceBased', null, '{TILLGANG_NARKOTIKA}', '{BEGRANSAD_TILLGANG_NARKOTIKA}', 'ongoing', -44, null, 210000, false, '{2}'),
 (17, 'Mentorsprogram för unga', 'Vuxna mentorer stöttar unga i riskzon under ett år.', 'individ-familj', '{kultur-idrott-fritid}', '{1,5}', '{1980-raby,1980-hammarby}', '{youngPeople}', 'social', 'secondary', '{motivatedOffender}', 'experienceBased', null, '{BROTTSBELASTADE_KAMRATER,BROTTSTILLATANDE_ATTITYDER}', '{PROSOCIALA_KAMRATER,SOCIALA_FARDIGHETER}', 'ongoing', -19, null, 460000, true, '{9}'),
 (18, 'Kvinnofridsteam', 'Samordnat stöd till kvinnor som utsatts för våld i nära relation.', 'individ-familj', '{polisen}', '{5}', '{}', '{women}', 'social', 'tertiary', '{suitableTarget}', 'evidenceBased', null, '{}', '{}', 'ongoing', -55, null, 1600000, false, '{1,3}'),
 (19, 'Våldsprevention i skolan – MVP', 'Mentors in Violence Prevention på högstadieskolor.', 'barn-utbildning', '{}', '{4,5}', '{}', '{youngPeople,men}', 'social', 'primary', '{motivatedOffender}', 'evidenceBased', 'MVP-programmet, utvärderat i Sverige och USA.', '{BROTTSTILLATANDE_ATTITYDER}', '{SOCIALA_FARDIGHETER}', 'ongoing', -16, null, 320000, true, '{2}'),
 (20, 'Trygga skolvägar i Skultuna', 'Översyn av övergångsställen och belysning på skolvägar.', 'barn-utbildning', '{}', '{2,4}', '{1980-skultuna}', '{children}', 'situational', 'primary', '{suitableTarget}', 'experienceBased', null, '{}', '{}', 'completed', -30, -18, 480000, true, '{19}'),
 (21, 'Motionsspår med belysning i Önsta-Gryta', 'Belysning längs motionsspåret och fler bänkar.', 'kultur-idrott-fritid', '{}', '{2}', '{1980-onsta-gryta}', '{residents,women}', 'situational', 'primary', '{suitableTarget}', 'experienceBased', null, '{}', '{}', 'planned', 3, null, 1100000, true, '{}'),
 (22, 'Idrott på lov', 'Gratis idrottsaktiviteter under sommar- och höstlov.', 'kultur-idrott-fritid', '{}', '{1}', '{1980-backby,1980-raby,1980-hammarby,1980-skiljebo}', '{children,youngPeople}', 'social', 'primary', '{motivatedOffender}', 'experienceBased', null, '{}', '{PROSOCIALA_KAMRATER}', 'ongoing', -42, null, 650000, true, '{4}'),
 (23, 'Familjecentral i Pettersberg', 'Mödra- och barnhälsovård, förskola och socialtjänst under samma tak.', 'individ-familj', '{barn-utbildning}', '{1}', '{1980-pettersberg}', '{parents,children}', 'social', 'primary', '{}', 'evidenceBased', null, '{BRISTANDE_EKONOMI_FAMILJ}', '{STARK_ANKNYTNING_FORALDER,GODA_UPPVAXTVILLKOR}', 'ongoing', -70, null, 2400000, true, '{7}'),
 (24, 'Samverkan mot skadegörelse i Gideonsberg', 'Polis, Mimer och skola följer upp skadegörelse veckovis.', 'hallbarhetsenheten', '{polisen,mimer}', '{2,6}', '{1980-gideonsberg}', '{residents}', 'situational', 'secondary', '{absentGuardianship}', 'newMethod', null, '{}', '{}', 'ongoing', -12, null, 20000, false, '{}'),
 (25, 'Medborgarlöfte Västerås 2025', 'Gemensamma åtaganden mellan kommunen och polisen för 2025.', 'hallbarhetsenheten', '{polisen}', '{6}', '{1980-centrum,1980-backby}', '{residents}', 'situational', 'primary', '{absentGuardianship}', 'experienceBased', null, '{}', '{}', 'completed', -23, -11, 0, true, '{12}'),
 (26, 'Brandförebyggande arbete med unga', 'Räddningstjänsten träffar unga som anlagt bränder.', 'raddningstjansten', '{individ-familj}', '{5}', '{1980-raby}', '{youngPeople}', 'social', 'tertiary', '{motivatedOffender}', 'experienceBased', null, '{IMPULSIVITET}', '{SOCIALA_FARDIGHETER}', 'ongoing', -27, null, 90000, true, '{10}'),
 (27, 'Öppen förskola i Råby', 'Öppen förskola med språkstöd för föräldrar och barn.', 'barn-utbildning', '{individ-familj}', '{1,4}', '{1980-raby}', '{parents,children}', 'social', 'primary', '{}', 'experienceBased', null, '{BRISTANDE_EKONOMI_FAMILJ}', '{GODA_UPPVAXTVILLKOR}', 'ongoing', -38, null, 560000, true, '{1}'),
 (28, 'Stödsamtal för unga som lämnar kriminalitet', 'Avhopparverksamhet med samtalsstöd och praktiskt stöd.', 'individ-familj', '{polisen}', '{5}', '{}', '{youngPeople,men}', 'social', 'tertiary', '{motivatedOffender}', 'experienceBased', null, '{BROTTSBELASTADE_KAMRATER,MISSBRUK}', '{SYSSELSATTNING_EGENFORSORJNING}', 'ongoing', -25, null, 700000, false, '{13}'),
 (29, 'Säkra cykelparkeringar vid stationen', 'Övervakade och låsbara cykelparkeringar.', 'stadsledningskontoret', '{}', '{2}', '{1980-centrum,1980-kungsangen}', '{residents}', 'situational', 'primary', '{suitableTarget}', 'evidenceBased', null, '{}', '{}', 'cancelled', -20, -8, 1500000, true, '{}'),
 (30, 'Kulturskola i Bäckby', 'Kostnadsfria kurser i musik, dans och bild efter skoltid.', 'kultur-idrott-fritid', '{barn-utbildning}', '{1,4}', '{1980-backby}', '{children}', 'social', 'primary', '{}', 'experienceBased', null, '{}', '{PROSOCIALA_KAMRATER,LYCKAS_I_SKOLAN}', 'ongoing', -32, null, 390000, true, '{2}'),
 (31, 'Skolnärvaroteam', 'Tidiga insatser vid ogiltig frånvaro i grundskolan.', 'barn-utbildning', '{individ-familj}', '{4}', '{}', '{children,youngPeople}', 'social', 'secondary', '{}', 'evidenceBased', null, '{DALIG_ANKNYTNING_SKOLA}', '{LYCKAS_I_SKOLAN}', 'ongoing', -29, null, 1250000, true, '{8}'),
 (32, 'Trygghetsmätning i bostadsområden', 'Årlig enkät till Mimers hyresgäster om trygghet.', 'mimer', '{hallbarhetsenheten}', '{2,6}', '{1980-backby,1980-raby,1980-hammarby,1980-skiljebo,1980-pettersberg}', '{residents}', 'situational', 'primary', '{}', 'experienceBased', null, '{}', '{}', 'ongoing', -64, null, 80000, true, '{3}'),
 (33, 'Insatser mot öppen narkotikahandel i Kristiansborg', 'Samordnad kontroll och platsförändringar där narkotika säljs öppet.', 'hallbarhetsenheten', '{polisen}', '{3}', '{1980-kristiansborg}', '{residents}', 'situational', 'secondary', '{suitableTarget,absentGuardianship}', 'newMethod', null, '{TILLGANG_NARKOTIKA}', '{BEGRANSAD_TILLGANG_NARKOTIKA}', 'ongoing', -10, null, 300000, false, '{1}'),
 (34, 'Arbetsmarknadsinsats för unga vuxna', 'Praktik och utbildning för unga vuxna utan sysselsättning.', 'stadsledningskontoret', '{}', '{1}', '{1980-backby,1980-hammarby}', '{youngPeople}', 'social', 'secondary', '{motivatedOffender}', 'experienceBased', null, '{BRISTANDE_LIVSFORUTSATTNINGAR}', '{SYSSELSATTNING_EGENFORSORJNING}', 'ongoing', -45, null, 2900000, true, '{9,16}'),
 (35, 'Parklekar i Viksäng', 'Bemannad parklek med aktiviteter för barn och föräldrar.', 'kultur-idrott-fritid', '{}', '{1,2}', '{1980-viksang}', '{children,parents}', 'social', 'primary', '{}', 'experienceBased', null, '{}', '{STARK_ANKNYTNING_FORALDER}', 'completed', -40, -28, 240000, true, '{29}'),
 (36, 'Utbildning i våld i nära relation för personal', 'Grundutbildning för socialtjänstens och skolans personal.', 'individ-familj', '{barn-utbildning}', '{5}', '{}', '{professionals}', 'social', 'secondary', '{}', 'evidenceBased', null, '{}', '{}', 'planned', 1, null, 150000, false, '{}'),
 (37, 'Tryggare Tillberga', 'Dialog med boende och föreningar om trygghet i Tillberga.', 'hallbarhetsenheten', '{varna-vasteras}', '{1,6}', '{1980-tillberga}', '{residents}', 'social', 'primary', '{}', 'newMethod', null, '{}', '{}', 'ongoing', -14, null, 35000, true, '{}'),
 (38, 'Fältassistenter', 'Fältassistenter möter unga i deras miljöer kvällar och helger.', 'individ-familj', '{kultur-idrott-fritid,polisen}', '{3,5}', '{1980-centrum,1980-backby,1980-raby}', '{youngPeople}', 'social', 'secondary', '{motivatedOffender,absentGuardianship}', 'experienceBased', null, '{BROTTSBELASTADE_KAMRATER,MISSBRUK}', '{PROSOCIALA_KAMRATER}', 'ongoing', -80, null, 3100000, true, '{1,2,4}'),
 (39, 'Lokal lägesbild i Samordningsarenan', 'Gemensam lägesbild med polisen varannan vecka.', 'hallbarhetsenheten', '{polisen,raddningstjansten}', '{6}', '{}', '{professionals}', 'situational', 'secondary', '{absentGuardianship}', 'experienceBased', null, '{}', '{}', 'ongoing', -33, null, 0, false, '{1}'),
 (40, 'Ungdomsråd i Hacksta', 'Unga i Hacksta påverkar fritidsutbudet genom ett ungdomsråd.', 'kultur-idrott-fritid', '{}', '{1}', '{1980-hacksta}', '{youngPeople}', 'social', 'primary', '{}', 'newMethod', null, '{}', '{PROSOCIALA_KAMRATER}', 'ongoing', -9, null, 50000, true, '{7}')
) as v(n, title, description, org, partners, goals, districts, target_groups, prevention_type, prevention_level,
       crime_triangle, knowledge_level, knowledge_basis, risks, protective, status, start_months, end_months,
       budget, published, update_months);

insert into measure (title, description, responsible_organisation_id, target_groups, prevention_type,
                     prevention_level, crime_triangle, knowledge_basis, knowledge_level, status, start_date,
                     end_date, budget, published, demo, created_at, created_by, updated_at, updated_by)
select d.title, d.description, o.id, d.target_groups::varchar(32)[], d.prevention_type, d.prevention_level,
       d.crime_triangle::varchar(32)[], d.knowledge_basis, d.knowledge_level, d.status,
       (date_trunc('month', current_date) + make_interval(months => d.start_months))::date,
       case when d.end_months is null then null
            else (date_trunc('month', current_date) + make_interval(months => d.end_months + 1) - interval '1 day')::date end,
       d.budget, d.published, true,
       date_trunc('month', current_date) + make_interval(months => least(d.start_months, 0) - 1),
       'demo', date_trunc('month', current_date) + make_interval(months => least(d.start_months, 0) - 1), 'demo'
from demo_measure d
join organisation o on o.code = d.org
order by d.n;

insert into measure_partner (measure_id, organisation_id)
select m.id, o.id from demo_measure d join measure m on m.title = d.title and m.demo
cross join lateral unnest(d.partners) as p(code) join organisation o on o.code = p.code;

insert into measure_goal (measure_id, goal_id)
select m.id, g.id from demo_measure d join measure m on m.title = d.title and m.demo
cross join lateral unnest(d.goals) as x(number)
join goal g on g.number = x.number join policy p on p.id = g.policy_id and p.code = '2020-2025';

insert into measure_area (measure_id, area_id)
select m.id, a.id from demo_measure d join measure m on m.title = d.title and m.demo
cross join lateral unnest(d.districts) as x(code) join area a on a.code = x.code;

insert into measure_risk_factor (measure_id, factor_id)
select m.id, f.id from demo_measure d join measure m on m.title = d.title and m.demo
cross join lateral unnest(d.risks) as x(code) join factor f on f.code = x.code and f.kind = 'risk';

insert into measure_protective_factor (measure_id, factor_id)
select m.id, f.id from demo_measure d join measure m on m.title = d.title and m.demo
cross join lateral unnest(d.protective) as x(code) join factor f on f.code = x.code and f.kind = 'protective';

-- Indicators follow from the goals: the first indicator of each goal the measure aims at.
insert into measure_indicator (measure_id, indicator_id)
select distinct mg.measure_id, gi.indicator_id
from measure_goal mg join measure m on m.id = mg.measure_id and m.demo
join goal_indicator gi on gi.goal_id = mg.goal_id and gi.position = 0;

-- Progress updates, "update_months" months before today; figures from hashtext().
insert into measure_update (measure_id, date, text, assessment, participants, places, hours, author, author_name,
                            demo, created_at)
select m.id,
       (current_date - make_interval(months => u.months) - make_interval(days => abs(hashtext(d.title || u.months)) % 20))::date,
       case abs(hashtext(d.title || 'a' || u.months)) % 3
           when 0 then 'Arbetet går enligt plan. Fler deltagare än förra perioden.'
           when 1 then 'Verksamheten pågår men bemanningen har varit ansträngd.'
           else 'Genomfört enligt plan; samverkan med partnerna fungerar väl.' end,
       case abs(hashtext(d.title || 'a' || u.months)) % 3 when 0 then 'green' when 1 then 'amber' else 'green' end,
       case when d.prevention_type = 'social' then 10 + abs(hashtext(d.title || 'p' || u.months)) % 190 end,
       case when d.prevention_type = 'situational' then 1 + abs(hashtext(d.title || 'q' || u.months)) % 12 end,
       20 + abs(hashtext(d.title || 'h' || u.months)) % 300,
       'demo', 'Demo', true,
       current_date - make_interval(months => u.months)
from demo_measure d join measure m on m.title = d.title and m.demo
cross join lateral unnest(d.update_months) as u(months);

insert into document_history (municipality, document_kind, document_id, changed_at, changed_by, changed_by_name,
                              action, document_version, changed_fields, before, after, demo)
select (select code from area where type = 'municipality' and parent_id is null order by id limit 1),
       'measure', m.id, m.created_at, 'demo', 'Demo', 'created', 0, '{title,status,startDate}', null,
       jsonb_build_object('title', m.title, 'status', m.status, 'startDate', m.start_date::text,
                          'preventionType', m.prevention_type, 'preventionLevel', m.prevention_level,
                          'published', m.published),
       true
from measure m where m.demo;

-- Effect follow-up: two published measures with an evaluation design, registered after their
-- start (retrospective, so frozen), on the demo crime statistics' months (up to 2025-12).
create temporary table demo_evaluation on commit drop as
select * from (values
 ('Klotterplank och snabb sanering', 'skadegorelse', '{1980-raby,1980-backby,1980-pettersberg}'::text[],
  '{1980-hammarby,1980-skiljebo,1980-gideonsberg,1980-vallby}'::text[], date '2024-01-01', 24, 24),
 ('Fritidsgårdar med förlängda öppettider i Bäckby', 'valdsbrott', '{1980-backby}'::text[],
  '{1980-raby,1980-hammarby,1980-skiljebo,1980-pettersberg}'::text[], date '2024-09-01', 24, 15)
) as v(title, outcome, targets, comparisons, start, months_before, months_after);

insert into measure_evaluation (municipality, measure_id, outcome_kind, outcome_code, intervention_start,
                                months_before, months_after, retrospective, created_at, created_by, updated_at,
                                updated_by, demo)
select (select code from area where type = 'municipality' and parent_id is null order by id limit 1),
       m.id, 'crimeCategory', e.outcome, e.start, e.months_before, e.months_after, true,
       m.created_at, 'demo', m.created_at, 'demo', true
from demo_evaluation e join measure m on m.title = e.title and m.demo;

insert into measure_evaluation_target (evaluation_id, area_id)
select v.id, a.id from demo_evaluation e
join measure m on m.title = e.title and m.demo join measure_evaluation v on v.measure_id = m.id
cross join lateral unnest(e.targets) as x(code) join area a on a.code = x.code;

insert into measure_evaluation_comparison (evaluation_id, area_id)
select v.id, a.id from demo_evaluation e
join measure m on m.title = e.title and m.demo join measure_evaluation v on v.measure_id = m.id
cross join lateral unnest(e.comparisons) as x(code) join area a on a.code = x.code;

insert into document_history (municipality, document_kind, document_id, changed_at, changed_by, changed_by_name,
                              action, document_version, changed_fields, before, after, demo)
select v.municipality, 'measureEvaluation', v.id, v.created_at, 'demo', 'Demo', 'created', 0,
       '{outcomeKind,outcomeCode,interventionStart}', null,
       jsonb_build_object('outcomeKind', v.outcome_kind, 'outcomeCode', v.outcome_code,
                          'interventionStart', to_char(v.intervention_start, 'YYYY-MM'),
                          'monthsBefore', v.months_before, 'monthsAfter', v.months_after, 'retrospective', true),
       true
from measure_evaluation v where v.demo;
