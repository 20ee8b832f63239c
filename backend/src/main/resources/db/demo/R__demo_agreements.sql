-- Demo agreements: the citizen promise (medborgarlöfte) Västerås 2025 and the collaboration
-- agreement (samverkansöverenskommelse) 2024–2027 between Västerås stad and Polisen, with
-- commitments and their follow-up. Commitments are linked to demo measures by
-- R__demo_safety_analyses.sql (it runs after R__demo_measures.sql); the same links are made
-- here when the measures already exist.
-- the history of demo documents goes with them (document_history has no foreign key)
delete from document_history
where document_kind = 'agreement'
  and document_id in (select id from agreement where demo);
delete from agreement where demo;

insert into agreement (type, title, description, area_id, start_date, end_date, demo, created_at, created_by,
                       updated_at, updated_by)
select v.type, v.title, v.description, a.id, v.start_date, v.end_date, true, v.start_date::timestamptz, 'demo',
       v.start_date::timestamptz, 'demo'
from (values
 ('citizenPromise', 'Medborgarlöfte Västerås 2025',
  'Polisen och Västerås stad lovar invånarna att tillsammans arbeta för ökad trygghet: fler trygghetsvandringar, insatser mot narkotika nära skolor och bättre belysning.',
  '1980', date '2025-01-01', date '2025-12-31'),
 ('collaborationAgreement', 'Samverkansöverenskommelse Västerås stad och Polisen 2024–2027',
  'Överenskommelse om samverkan mot brott och för ökad trygghet: gemensam lägesbild, prioriterade områden och uppföljning två gånger per år.',
  '1980', date '2024-01-01', date '2027-12-31'),
 ('citizenPromise', 'Medborgarlöfte Bäckby 2024',
  'Lokalt medborgarlöfte för Bäckby: vuxna på plats kvällstid och insatser för unga i riskzon.',
  '1980-backby', date '2024-01-01', date '2024-12-31')
) as v(type, title, description, area, start_date, end_date)
join area a on a.code = v.area;

insert into agreement_party (agreement_id, organisation_id)
select g.id, o.id
from agreement g
join (values
 ('Medborgarlöfte Västerås 2025', 'polisen'),
 ('Medborgarlöfte Västerås 2025', 'kommunstyrelsen'),
 ('Samverkansöverenskommelse Västerås stad och Polisen 2024–2027', 'polisen'),
 ('Samverkansöverenskommelse Västerås stad och Polisen 2024–2027', 'kommunstyrelsen'),
 ('Medborgarlöfte Bäckby 2024', 'polisen'),
 ('Medborgarlöfte Bäckby 2024', 'kultur-idrott-fritid')
) as p(title, org) on p.title = g.title
join organisation o on o.code = p.org
where g.demo;

insert into agreement_commitment (agreement_id, position, text, responsible_organisation_id, status, status_comment,
                                  status_updated_at, status_updated_by)
select g.id, c.position, c.text, o.id, c.status, c.comment,
       case when c.comment is not null then g.start_date::timestamptz + interval '200 days' end,
       case when c.comment is not null then 'demo' end
from agreement g
join (values
 ('Medborgarlöfte Västerås 2025', 0, 'Trygghetsvandringar i minst fyra stadsdelar under året, tillsammans med boende och fastighetsägare.', 'polisen', 'fulfilled', 'Sex vandringar genomförda: Råby, Bäckby, Skiljebo, Hammarby, Pettersberg och Centrum.'),
 ('Medborgarlöfte Västerås 2025', 1, 'Insatser mot narkotika nära skolor: fler kontroller och information till föräldrar.', 'polisen', 'ongoing', 'Kontroller vid tre högstadieskolor, föräldramöten pågår.'),
 ('Medborgarlöfte Västerås 2025', 2, 'Bättre belysning på gång- och cykelvägar som upplevs otrygga.', 'stadsledningskontoret', 'ongoing', null),
 ('Medborgarlöfte Västerås 2025', 3, 'Nattvandring i centrum fredagar och lördagar tillsammans med föreningar.', 'varna-vasteras', 'notStarted', null),
 ('Samverkansöverenskommelse Västerås stad och Polisen 2024–2027', 0, 'Gemensam lägesbild varannan vecka i Samordningsarenan.', 'hallbarhetsenheten', 'ongoing', 'Genomförs enligt plan.'),
 ('Samverkansöverenskommelse Västerås stad och Polisen 2024–2027', 1, 'Sociala insatsgrupper för unga som riskerar att rekryteras till kriminella nätverk.', 'individ-familj', 'ongoing', null),
 ('Samverkansöverenskommelse Västerås stad och Polisen 2024–2027', 2, 'Avhopparverksamhet för den som vill lämna kriminalitet.', 'individ-familj', 'notStarted', null),
 ('Samverkansöverenskommelse Västerås stad och Polisen 2024–2027', 3, 'Uppföljning av överenskommelsen två gånger per år till kommunstyrelsen och lokalpolisområdet.', 'polisen', 'fulfilled', 'Uppföljning redovisad i juni och december 2024.'),
 ('Medborgarlöfte Bäckby 2024', 0, 'Fritidsgårdarna håller öppet längre fredagar och lördagar.', 'kultur-idrott-fritid', 'fulfilled', 'Öppet till 23 sedan mars.'),
 ('Medborgarlöfte Bäckby 2024', 1, 'Polisen är synlig vid Bäckby centrum kvällstid.', 'polisen', 'notFulfilled', 'Bemanningen räckte inte under hösten.')
) as c(title, position, text, org, status, comment) on c.title = g.title
join organisation o on o.code = c.org
where g.demo;

insert into document_history (municipality, document_kind, document_id, changed_at, changed_by, changed_by_name,
                              action, document_version, changed_fields, before, after, demo)
select (select code from area where type = 'municipality' and parent_id is null order by id limit 1),
       'agreement', g.id, g.created_at, 'demo', 'Demo', 'created', 0, '{type,title,area,startDate}', null,
       jsonb_build_object('type', g.type, 'title', g.title, 'area', a.code, 'startDate', g.start_date::text), true
from agreement g join area a on a.id = g.area_id where g.demo;

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
