-- Demo safety analyses (trygghetsanalyser) for five districts; Bäckby has two, a year apart,
-- so "the newest analysis of a district" means something. Levels and trends are picked by
-- hashing (deterministic), comments and places are written out. Measures are linked by the
-- titles of the demo measures (R__demo_measures.sql, which runs before this file).
-- the history of demo documents goes with them (document_history has no foreign key)
delete from document_history
where document_kind = 'safetyAnalysis'
  and document_id in (select id from safety_analysis where demo);
delete from safety_analysis where demo;

create temporary table demo_analysis on commit drop as
select * from (values
 ('1980-backby', date '2024-10-15', 'Trygghetsanalys Bäckby 2024',
  'Oro för rekrytering av unga till kriminella nätverk och öppen narkotikaförsäljning vid centrumet. Många boende upplever centrumet som otryggt kvällstid.'),
 ('1980-backby', date '2025-10-14', 'Trygghetsanalys Bäckby 2025',
  'Färre rapporter om öppen narkotikaförsäljning sedan fritidsgårdarna förlängt öppettiderna, men oron för unga i riskzon kvarstår.'),
 ('1980-raby', date '2025-09-30', 'Trygghetsanalys Råby 2025',
  'Skadegörelse och bränder i soprum har minskat. Trygghetsvandringarna pekar ut gångtunnlar och parkeringen vid Råbyvägen.'),
 ('1980-skiljebo', date '2025-05-20', 'Trygghetsanalys Skiljebo 2025',
  'Mörka gång- och cykelvägar upplevs otrygga, särskilt av kvinnor. Skolfrånvaron har ökat på högstadiet.'),
 ('1980-centrum', date '2025-11-05', 'Trygghetsanalys Centrum 2025',
  'Våld och rån i nöjeslivet helgnätter samt narkotikaförsäljning vid Resecentrum. Nattvandrare och kameror uppfattas som positiva.'),
 ('1980-hammarby', date '2025-03-12', 'Trygghetsanalys Hammarby 2025',
  'Trygghetsvärdarna uppskattas. Arbetslösheten bland unga vuxna är fortsatt hög.')
) as v(area, analysis_date, title, summary);

insert into safety_analysis (area_id, analysis_date, title, summary, demo, created_at, created_by, updated_at, updated_by)
select a.id, d.analysis_date, d.title, d.summary, true, d.analysis_date::timestamptz, 'demo', d.analysis_date::timestamptz, 'demo'
from demo_analysis d join area a on a.code = d.area;

create temporary table demo_analysis_factor on commit drop as
select * from (values
 ('BROTTSBELASTADE_KAMRATER', 0, 'Polisens lägesbild: unga rekryteras till nätverk.'),
 ('TILLGANG_NARKOTIKA', 1, 'Försäljning nära skolor och i centrummiljöer.'),
 ('MISSLYCKANDE_I_SKOLAN', 2, 'Andel elever utan gymnasiebehörighet.'),
 ('BRISTANDE_LIVSFORUTSATTNINGAR', 3, null),
 ('POSITIVT_SKOLKLIMAT', 4, null),
 ('PROSOCIALA_KAMRATER', 5, 'Föreningslivet och fritidsgårdarna når många unga.'),
 ('SYSSELSATTNING_EGENFORSORJNING', 6, null)
) as v(code, position, comment);

insert into safety_analysis_factor (analysis_id, factor_id, level, trend, comment, position)
select s.id, f.id,
       case abs(hashtext(s.title || f.code)) % 3 when 0 then 'low' when 1 then 'medium' else 'high' end,
       case abs(hashtext(f.code || s.title)) % 3 when 0 then 'improving' when 1 then 'unchanged' else 'worsening' end,
       d.comment, d.position
from safety_analysis s
cross join demo_analysis_factor d
join factor f on f.code = d.code
where s.demo;

create temporary table demo_place on commit drop as
select * from (values
 ('Trygghetsanalys Bäckby 2024', 0, 'Bäckby centrum', 'Samlingsplats för unga kvällstid; narkotikaförsäljning har rapporterats.', 59.6301, 16.4770),
 ('Trygghetsanalys Bäckby 2025', 0, 'Bäckby centrum', 'Samlingsplats för unga kvällstid.', 59.6301, 16.4770),
 ('Trygghetsanalys Bäckby 2025', 1, 'Gångtunneln under Bäckbyleden', 'Dålig belysning och klotter.', null, null),
 ('Trygghetsanalys Råby 2025', 0, 'Gångtunnlarna mot Råbyvägen', 'Upplevs otrygga efter mörkrets inbrott.', 59.6210, 16.4850),
 ('Trygghetsanalys Råby 2025', 1, 'Parkeringen vid Råbyvägen', 'Bilbränder tidigare år.', null, null),
 ('Trygghetsanalys Skiljebo 2025', 0, 'Gång- och cykelvägen längs Skiljebovägen', 'Mörk och skymd av buskage.', 59.6050, 16.5150),
 ('Trygghetsanalys Centrum 2025', 0, 'Resecentrum', 'Narkotikaförsäljning och stölder.', 59.6080, 16.5500),
 ('Trygghetsanalys Centrum 2025', 1, 'Stora torget helgnätter', 'Våld i samband med nöjeslivet.', 59.6110, 16.5450),
 ('Trygghetsanalys Hammarby 2025', 0, 'Hammarby centrum', null, null, null)
) as v(title, position, name, description, latitude, longitude);

insert into place_of_concern (analysis_id, name, description, latitude, longitude, position)
select s.id, d.name, d.description, d.latitude, d.longitude, d.position
from demo_place d join safety_analysis s on s.title = d.title and s.demo;

create temporary table demo_analysis_measure on commit drop as
select * from (values
 ('Trygghetsanalys Bäckby 2024', 'Fritidsgårdar med förlängda öppettider i Bäckby', 'proposed'),
 ('Trygghetsanalys Bäckby 2024', 'Sociala insatsgrupper', 'proposed'),
 ('Trygghetsanalys Bäckby 2025', 'Fritidsgårdar med förlängda öppettider i Bäckby', 'started'),
 ('Trygghetsanalys Bäckby 2025', 'Sociala insatsgrupper', 'started'),
 ('Trygghetsanalys Bäckby 2025', 'Kulturskola i Bäckby', 'proposed'),
 ('Trygghetsanalys Råby 2025', 'Trygghetsvandringar i Råby', 'started'),
 ('Trygghetsanalys Råby 2025', 'Mentorsprogram för unga', 'proposed'),
 ('Trygghetsanalys Skiljebo 2025', 'Belysning och röjning av buskage i Skiljebo', 'started'),
 ('Trygghetsanalys Skiljebo 2025', 'Skolsociala team', 'proposed'),
 ('Trygghetsanalys Centrum 2025', 'Nattvandring i centrum', 'started'),
 ('Trygghetsanalys Centrum 2025', 'Kameraövervakning vid Resecentrum', 'started'),
 ('Trygghetsanalys Hammarby 2025', 'Trygghetsvärdar i Hammarby', 'started'),
 ('Trygghetsanalys Hammarby 2025', 'Arbetsmarknadsinsats för unga vuxna', 'proposed')
) as v(title, measure_title, stage);

insert into safety_analysis_measure (analysis_id, measure_id, stage)
select s.id, m.id, d.stage
from demo_analysis_measure d
join safety_analysis s on s.title = d.title and s.demo
join measure m on m.title = d.measure_title and m.demo
on conflict do nothing;

insert into document_history (municipality, document_kind, document_id, changed_at, changed_by, changed_by_name,
                              action, document_version, changed_fields, before, after, demo)
select (select code from area where type = 'municipality' and parent_id is null order by id limit 1),
       'safetyAnalysis', s.id, s.created_at, 'demo', 'Demo', 'created', 0, '{area,date,title}', null,
       jsonb_build_object('area', a.code, 'date', s.analysis_date::text, 'title', s.title), true
from safety_analysis s join area a on a.id = s.area_id
where s.demo;

-- The demo agreements (R__demo_agreements.sql) run before the demo measures exist on a new
-- database; their commitments are linked to the measures here, after both.
insert into agreement_commitment_measure (commitment_id, measure_id)
select c.id, m.id
from agreement_commitment c
join agreement g on g.id = c.agreement_id and g.demo
join measure m on m.demo and m.title = any (
    case
        when c.text like 'Trygghetsvandringar%' then array['Trygghetsvandringar i Råby']
        when c.text like 'Insatser mot narkotika%' then array['Drogförebyggande föräldramöten', 'Insatser mot öppen narkotikahandel i Kristiansborg']
        when c.text like 'Bättre belysning%' then array['Belysning och röjning av buskage i Skiljebo', 'Trygga skolvägar i Skultuna']
        when c.text like 'Nattvandring%' then array['Nattvandring i centrum']
        when c.text like 'Gemensam lägesbild%' then array['Lokal lägesbild i Samordningsarenan']
        when c.text like 'Sociala insatsgrupper%' then array['Sociala insatsgrupper']
        when c.text like 'Avhopparverksamhet%' then array['Stödsamtal för unga som lämnar kriminalitet']
        else array[]::varchar[]
    end)
on conflict do nothing;
