import { i18n } from '@/lib/i18n/i18n';

/**
 * The evaluation builder's texts, added to the catalogues when its lazy chunk loads: the
 * catalogue a first visit fetches counts against the 150 kB budget (docs/design.md), and only
 * the coordinator's reports pages need these.
 */
const strings = {
  sv: {
    create: {
      heading: 'Ny utvärdering av en policyperiod',
      period: 'Policyperiod',
      hint: 'En antagen policys period, t.ex. 2020-2025. En utvärdering per policy.',
      submit: 'Skapa utvärdering',
    },
    title: 'Utvärdering {{period}}',
    kind: 'Utvärdering',
    draftLead: 'Utkast byggt av aktuella data {{builtAt}}. Siffrorna fryses när utvärderingen godkänns.',
    conclusions: {
      heading: 'Samordnarens slutsatser',
      overall: 'Slutsatser för hela perioden',
      goal: 'Slutsats för mål {{number}}',
      save: 'Spara slutsatser',
      saved: 'Slutsatserna är sparade.',
      none: 'Inga slutsatser skrivna.',
    },
    goals: { heading: 'Mål och indikatorer över perioden', none: 'Målet har inga indikatorer.' },
    indicator: { name: 'Indikator', baseline: 'Baslinje', latest: 'Senaste värde', target: 'Målvärde', outcome: 'Mot målet' },
    outcome: { met: 'Uppnått', notMet: 'Inte uppnått', unknown: 'Okänt' },
    crime: {
      heading: 'Brottsutveckling per år',
      byCategory: 'Per brottskategori och grupp',
      byDistrict: 'Per område',
      bySex: 'Per kön',
      byAgeGroup: 'Per åldersgrupp',
      row: 'Indelning',
      suppressed: 'dold',
    },
    charts: {
      indicator: '{{name}}: baslinje, värden och mål',
      baseline: 'Baslinje {{period}}',
      target: 'Mål {{year}}',
      about: 'ca {{value}}',
      category: 'Anmälda brott per år, {{name}}',
      categoryNote: 'Siffrorna i diagrammen står också i tabellen nedan.',
    },
    measures: {
      heading: 'Insatser under perioden',
      total: '{{count}} insatser pågick under perioden. Varje insats räknas en gång i varje tabell.',
      byStatus: 'Per status',
      byPreventionType: 'Per preventionstyp',
      byPreventionLevel: 'Per preventionsnivå',
      byOrganisation: 'Per ansvarig organisation',
      what: 'Indelning',
      count: 'Antal',
    },
    agreements: {
      heading: 'Överenskommelser och åtaganden',
      body: '{{total}} överenskommelser gällde under perioden. Åtaganden: {{notStarted}} ej påbörjade, {{ongoing}} pågående, {{fulfilled}} uppfyllda, {{notFulfilled}} ej uppfyllda.',
    },
    effects: { heading: 'Effektuppföljning av insatser', none: 'Ingen insats har en effektuppföljning.' },
  },
  en: {
    create: {
      heading: 'New evaluation of a policy period',
      period: 'Policy period',
      hint: 'An adopted policy’s period, e.g. 2020-2025. One evaluation per policy.',
      submit: 'Create evaluation',
    },
    title: 'Evaluation {{period}}',
    kind: 'Evaluation',
    draftLead: 'Draft built from current data {{builtAt}}. The figures are frozen when the evaluation is approved.',
    conclusions: {
      heading: 'The coordinator’s conclusions',
      overall: 'Conclusions for the whole period',
      goal: 'Conclusion for goal {{number}}',
      save: 'Save conclusions',
      saved: 'The conclusions are saved.',
      none: 'No conclusions written.',
    },
    goals: { heading: 'Goals and indicators over the period', none: 'The goal has no indicators.' },
    indicator: { name: 'Indicator', baseline: 'Baseline', latest: 'Latest value', target: 'Target', outcome: 'Against the target' },
    outcome: { met: 'Met', notMet: 'Not met', unknown: 'Unknown' },
    crime: {
      heading: 'Crime trends per year',
      byCategory: 'By crime category and group',
      byDistrict: 'By area',
      bySex: 'By sex',
      byAgeGroup: 'By age group',
      row: 'Split',
      suppressed: 'hidden',
    },
    charts: {
      indicator: '{{name}}: baseline, values and targets',
      baseline: 'Baseline {{period}}',
      target: 'Target {{year}}',
      about: 'approx. {{value}}',
      category: 'Reported crimes per year, {{name}}',
      categoryNote: 'The charts’ figures are also in the table below.',
    },
    measures: {
      heading: 'Measures in the period',
      total: '{{count}} measures ran in the period. Each measure counts once in each table.',
      byStatus: 'By status',
      byPreventionType: 'By prevention type',
      byPreventionLevel: 'By prevention level',
      byOrganisation: 'By responsible organisation',
      what: 'Split',
      count: 'Count',
    },
    agreements: {
      heading: 'Agreements and commitments',
      body: '{{total}} agreements were in force in the period. Commitments: {{notStarted}} not started, {{ongoing}} ongoing, {{fulfilled}} fulfilled, {{notFulfilled}} not fulfilled.',
    },
    effects: { heading: 'Effect follow-up of measures', none: 'No measure has an effect follow-up.' },
  },
};

// Only into a catalogue already fetched: a language with any bundle counts as loaded, so adding
// to one not yet fetched would stop i18next fetching its catalogue; the others on arrival.
const addToLoaded = () => {
  for (const [language, texts] of Object.entries(strings)) {
    if (i18n.hasResourceBundle(language, 'translation') && !i18n.exists('evaluation.title', { lng: language })) {
      i18n.addResourceBundle(language, 'translation', { evaluation: texts }, true, false);
    }
  }
};
addToLoaded();
i18n.on('loaded', addToLoaded);
