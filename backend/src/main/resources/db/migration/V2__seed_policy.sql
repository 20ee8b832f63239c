-- The policy in force: Policy för trygghetsskapande och brottsförebyggande arbete 2020–2025,
-- its organisations, its six overall goals and the example indicators it lists.
-- Organisation codes are fixed: the Keycloak realm puts them in the `organisation` claim.

insert into organisation (code, name_sv, name_en, type, parent_id, external) values
    ('kommunfullmaktige', 'Kommunfullmäktige', 'Municipal Council', 'politicalBody', null, false),
    ('kommunstyrelsen', 'Kommunstyrelsen', 'Municipal Executive Board', 'politicalBody', null, false),
    ('stadsledningskontoret', 'Stadsledningskontoret', 'City Executive Office', 'office', null, false),
    ('kultur-idrott-fritid', 'Kultur-, idrotts- och fritidsförvaltningen', 'Culture, Sports and Recreation Administration', 'office', null, false),
    ('barn-utbildning', 'Barn- och utbildningsförvaltningen', 'Children and Education Administration', 'office', null, false),
    ('individ-familj', 'Individ- och familjeförvaltningen', 'Individual and Family Administration', 'office', null, false),
    ('mimer', 'Bostads AB Mimer', 'Mimer housing company', 'company', null, false),
    ('varna-vasteras', 'Värna Västerås — lokalt brottsförebyggande råd', 'Värna Västerås — local crime prevention council', 'forum', null, false),
    ('plg-social-hallbarhet', 'Processledningsgruppen (PLG) Social hållbarhet', 'Process Management Group (PLG) Social Sustainability', 'forum', null, false),
    ('samordningsarenan', 'Samordningsarenan', 'Coordination Arena', 'forum', null, false),
    ('hallbarhetsarenan', 'Hållbarhetsarenan', 'Sustainability Arena', 'forum', null, false),
    ('polisen', 'Polisen', 'Swedish Police Authority', 'agency', null, true),
    ('raddningstjansten', 'Räddningstjänsten Mälardalen', 'Mälardalen Fire and Rescue Service', 'agency', null, true);

insert into organisation (code, name_sv, name_en, type, parent_id, external)
select 'strategisk-samhallsutveckling', 'Strategisk samhällsutveckling', 'Strategic Community Development', 'unit', id, false
from organisation where code = 'stadsledningskontoret';

insert into organisation (code, name_sv, name_en, type, parent_id, external)
select 'hallbarhetsenheten', 'Hållbarhetsenheten', 'Sustainability Unit', 'unit', id, false
from organisation where code = 'strategisk-samhallsutveckling';

insert into policy (code, title_sv, title_en, valid_from, valid_to, adopted_by, current) values
    ('2020-2025',
     'Policy för trygghetsskapande och brottsförebyggande arbete 2020–2025',
     'Policy for safety-creating and crime-preventive work 2020–2025',
     2020, 2025, 'Kommunfullmäktige', true);

insert into goal (policy_id, number, title_sv, title_en, description_sv, description_en, sdgs)
select p.id, g.number, g.title_sv, g.title_en, g.description_sv, g.description_en, g.sdgs
from policy p,
(values
    (1,
     'Invånare i Västerås känner delaktighet och tillit till människor och samhälle',
     'Residents of Västerås feel participation and trust in people and society',
     'Med tillit menas förtroende för andra människor, för lokalsamhället och för samhället i stort. Tillit mellan människor i ett samhälle skapar en social sammanhållning som i sin tur bidrar till en känsla av trygghet för invånarna.',
     'Trust means confidence in other people, in the local community and in society at large. Trust between people in a society creates social cohesion, which in turn contributes to a sense of safety among residents.',
     array[16, 8]),
    (2,
     'Mötesplatser och utemiljöer i Västerås är trygga och säkra',
     'Meeting places and outdoor environments in Västerås are safe and secure',
     'Mötesplatser avser platser där människor kan mötas och umgås både utomhus och inomhus.',
     'Meeting places are places where people can meet and spend time together, both outdoors and indoors.',
     array[11, 16]),
    (3,
     'Bekämpa förekomsten av narkotika och langning i Västerås',
     'Fight the presence of narcotics and illegal supply (dealing) in Västerås',
     'Langning innebär att illegalt förse en person med varor såsom alkohol, narkotika eller tobak om denne ej har laglig rätt att inneha eller köpa dem.',
     'Dealing (langning) means illegally supplying a person with goods such as alcohol, narcotics or tobacco when that person has no legal right to possess or buy them.',
     array[3, 16]),
    (4,
     'Barn och unga är trygga i skolan',
     'Children and young people are safe at school',
     'En trygg skolmiljö är en viktig förutsättning för elevernas lärande. Skolmiljön omfattar såväl innemiljöer som utemiljöer på skolan.',
     'A safe school environment is an important precondition for pupils'' learning. The school environment covers both the indoor and the outdoor environments of the school.',
     array[4, 16]),
    (5,
     'Bekämpa förekomsten av brottsligt våld i Västerås',
     'Fight the presence of violent crime in Västerås',
     'Med våld avses alla våldshandlingar av fysisk, psykisk eller sexuell art.',
     'Violence means all acts of violence of a physical, psychological or sexual nature.',
     array[16]),
    (6,
     'Västerås stad har ett bra samarbete med ansvariga myndigheter, näringsliv och civilsamhälle',
     'The City of Västerås collaborates well with responsible authorities, business and civil society',
     'Med ansvariga myndigheter, näringsliv och civilsamhälle avses alla aktörer som kan ha en roll i Västerås stads brottsförebyggande arbete.',
     'Responsible authorities, business and civil society means all actors that can have a role in the City of Västerås'' crime-preventive work.',
     array[16, 17])
) as g(number, title_sv, title_en, description_sv, description_en, sdgs)
where p.code = '2020-2025';

insert into indicator (code, name_sv, name_en, description_sv, description_en, unit, direction, source,
                       source_reference, frequency, disaggregations, owner_id)
select i.code, i.name_sv, i.name_en, i.description_sv, i.description_en, i.unit, i.direction, i.source,
       i.source_reference, i.frequency, i.disaggregations::varchar(32)[], o.id
from (values
    ('TILLIT', 'Andel som känner tillit', 'Share who feel trust',
     'Andel invånare som i invånarundersökningen uppger att de har förtroende för andra människor och för samhället.',
     'Share of residents who state in the resident survey that they trust other people and society.',
     'percent', 'higherIsBetter', 'residentSurvey', null, 'yearly', '{area,sex,ageGroup}', 'hallbarhetsenheten'),
    ('FRAMTIDSTRO', 'Andel som ser ljust på sin framtid', 'Share who are optimistic about their future',
     'Andel invånare som i invånarundersökningen uppger att de ser ljust på sin framtid.',
     'Share of residents who state in the resident survey that they are optimistic about their future.',
     'percent', 'higherIsBetter', 'residentSurvey', null, 'yearly', '{area,sex,ageGroup}', 'hallbarhetsenheten'),
    ('SYSSELSATTNING', 'Sysselsättningsgrad', 'Employment rate',
     'Andel av invånarna 20–64 år som förvärvsarbetar.',
     'Share of residents aged 20–64 who are in gainful employment.',
     'percent', 'higherIsBetter', 'kolada', 'N00914', 'yearly', '{sex}', 'stadsledningskontoret'),
    ('ANMALDA_SKADEGORELSE', 'Antal anmälda brott, exempelvis skadegörelse och klotter', 'Number of reported crimes, e.g. vandalism and graffiti',
     'Antal brott som anmälts till polisen i kommunen, till exempel skadegörelse och klotter.',
     'Number of crimes reported to the police in the municipality, for example vandalism and graffiti.',
     'count', 'lowerIsBetter', 'police', null, 'monthly', '{area}', 'polisen'),
    ('TRYGGHET_VASTERAS', 'Andel invånare som tycker att det är tryggt och trivsamt i Västerås', 'Share of residents who find Västerås safe and pleasant',
     'Andel invånare som i invånarundersökningen uppger att de tycker att det är tryggt och trivsamt i Västerås.',
     'Share of residents who state in the resident survey that they find Västerås safe and pleasant.',
     'percent', 'higherIsBetter', 'residentSurvey', null, 'yearly', '{area,sex,ageGroup}', 'hallbarhetsenheten'),
    ('NOJDHET_MOTESPLATSER', 'Nöjdhet på stadens mötesplatser', 'Satisfaction with the city''s meeting places',
     'Nöjdhetsindex bland besökare på stadens mötesplatser, enligt stadens egna besökarenkäter.',
     'Satisfaction index among visitors to the city''s meeting places, from the city''s own visitor surveys.',
     'index', 'higherIsBetter', 'municipality', null, 'yearly', '{area,sex,ageGroup}', 'kultur-idrott-fritid'),
    ('ANMALDA_NARKOTIKABROTT', 'Antal anmälda narkotikabrott', 'Number of reported narcotics offences',
     'Antal narkotikabrott (innehav, bruk, överlåtelse) som anmälts till polisen i kommunen.',
     'Number of narcotics offences (possession, use, supply) reported to the police in the municipality.',
     'count', 'lowerIsBetter', 'police', null, 'monthly', '{area}', 'polisen'),
    ('PROVAT_NARKOTIKA', 'Andel som har provat narkotika', 'Share who have tried narcotics',
     'Andel elever som i skolenkäten uppger att de någon gång har provat narkotika.',
     'Share of pupils who state in the school survey that they have ever tried narcotics.',
     'percent', 'lowerIsBetter', 'schoolSurvey', null, 'yearly', '{sex,ageGroup}', 'barn-utbildning'),
    ('GYMNASIEBEHORIGHET', 'Gymnasiebehörighet', 'Eligibility for upper-secondary school',
     'Andel elever i årskurs 9 som är behöriga till ett yrkesprogram på gymnasiet.',
     'Share of pupils in year 9 who are eligible for a vocational upper-secondary programme.',
     'percent', 'higherIsBetter', 'kolada', 'N15428', 'yearly', '{sex}', 'barn-utbildning'),
    ('FULLFOLJD_GYMNASIEEXAMEN', 'Fullföljd gymnasieexamen', 'Completed upper-secondary degree',
     'Andel gymnasieelever som tar examen inom fyra år.',
     'Share of upper-secondary pupils who obtain their degree within four years.',
     'percent', 'higherIsBetter', 'kolada', 'N17461', 'yearly', '{sex}', 'barn-utbildning'),
    ('TRYGGHET_SKOLA', 'Barns trygghet i skolan', 'Children''s safety at school',
     'Andel elever som i skolenkäten uppger att de känner sig trygga i skolan.',
     'Share of pupils who state in the school survey that they feel safe at school.',
     'percent', 'higherIsBetter', 'schoolSurvey', null, 'yearly', '{area,sex,ageGroup}', 'barn-utbildning'),
    ('SKOLNARVARO', 'Skolnärvaro', 'School attendance',
     'Andel av den schemalagda undervisningstiden som eleverna är närvarande.',
     'Share of scheduled teaching time during which pupils are present.',
     'percent', 'higherIsBetter', 'municipality', null, 'halfYearly', '{area,sex,ageGroup}', 'barn-utbildning'),
    ('ANMALDA_VALDSBROTT', 'Antal anmälda våldsbrott', 'Number of reported violent crimes',
     'Antal anmälda våldsbrott per 100 000 invånare i kommunen.',
     'Number of reported violent crimes per 100,000 inhabitants of the municipality.',
     'ratePer100k', 'lowerIsBetter', 'kolada', 'N07403', 'yearly', '{}', 'hallbarhetsenheten'),
    ('UTSATTHET_VALD', 'Utsatthet för våld', 'Exposure to violence',
     'Andel invånare som i invånarundersökningen uppger att de har utsatts för våld under de senaste tolv månaderna.',
     'Share of residents who state in the resident survey that they have been exposed to violence in the last twelve months.',
     'percent', 'lowerIsBetter', 'residentSurvey', null, 'yearly', '{area,sex,ageGroup}', 'hallbarhetsenheten')
) as i(code, name_sv, name_en, description_sv, description_en, unit, direction, source, source_reference,
       frequency, disaggregations, owner_code)
join organisation o on o.code = i.owner_code;

-- Which indicator follows which goal. Goal 6 has no example indicators in the policy.
insert into goal_indicator (goal_id, indicator_id, position)
select g.id, i.id, gi.position
from (values
    (1, 'TILLIT', 0), (1, 'FRAMTIDSTRO', 1), (1, 'SYSSELSATTNING', 2),
    (2, 'ANMALDA_SKADEGORELSE', 0), (2, 'TRYGGHET_VASTERAS', 1), (2, 'NOJDHET_MOTESPLATSER', 2),
    (3, 'ANMALDA_NARKOTIKABROTT', 0), (3, 'PROVAT_NARKOTIKA', 1),
    (4, 'GYMNASIEBEHORIGHET', 0), (4, 'FULLFOLJD_GYMNASIEEXAMEN', 1), (4, 'TRYGGHET_SKOLA', 2), (4, 'SKOLNARVARO', 3),
    (5, 'ANMALDA_VALDSBROTT', 0), (5, 'UTSATTHET_VALD', 1)
) as gi(goal_number, indicator_code, position)
join policy p on p.code = '2020-2025'
join goal g on g.policy_id = p.id and g.number = gi.goal_number
join indicator i on i.code = gi.indicator_code;
