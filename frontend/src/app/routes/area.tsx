import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { QueryBoundary } from '@/components/query-boundary';
import { useAgreements } from '@/features/agreements/api/get-agreements';
import { AgreementsTable } from '@/features/agreements/components/agreements-table';
import { useAreas } from '@/features/areas/api/get-areas';
import { flattenChildren } from '@/features/areas/components/flatten-areas';
import { useCrimeTrend } from '@/features/crime-statistics/api/get-crime-trend';
import { useAreaMeasures } from '@/features/measures/api/get-area-measures';
import { CrimeTrendTable } from '@/features/crime-statistics/components/crime-trend-table';
import { useSafetyAnalyses } from '@/features/safety-analyses/api/get-safety-analyses';
import { useSafetyAnalysis } from '@/features/safety-analyses/api/get-safety-analysis';
import { SafetyAnalysisDetails } from '@/features/safety-analyses/components/safety-analysis-details';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLocalized } from '@/lib/i18n/use-localized';
import { useCaller } from '../measures/use-caller';

/** One district's situation picture: population, crime trend, latest safety analysis, measures, agreements. */
export function AreaRoute() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const { number } = useLocalized();
  const areas = useAreas();
  const area = (areas.data?.items ?? [])
    .flatMap((top) => [top, ...flattenChildren(top).map((row) => row.area)])
    .find((a) => a.code === code);
  useDocumentTitle(area?.name ?? t('areas.page.title'));

  if (areas.isPending) return <Loading />;
  if (!area) {
    return (
      <>
        <h1>{t('areas.page.notFound')}</h1>
        <p>
          <Link to="/areas">{t('areas.page.back')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to="/areas">{t('nav.districts')}</Link>
          </li>
          <li>
            <span aria-current="page">{area.name}</span>
          </li>
        </ol>
      </nav>
      <h1>{area.name}</h1>
      <p className="lead">{t('areas.page.intro')}</p>
      <section className="section" aria-labelledby="district-population">
        <h2 id="district-population">{t('areas.page.population')}</h2>
        {area.population ? (
          <p data-testid="district-population">
            {t('areas.page.populationText', {
              year: areas.data?.year,
              total: number(area.population.total),
              female: number(area.population.female),
              male: number(area.population.male),
            })}
            {area.population.demo && <span className="badge badge-demo"> {t('forms.demo')}</span>}
          </p>
        ) : (
          <p>{t('areas.page.noPopulation')}</p>
        )}
      </section>
      <CrimeSection code={area.code} name={area.name} />
      <LatestAnalysisSection code={area.code} />
      <MeasuresSection code={area.code} />
      <section className="section" aria-labelledby="district-agreements">
        <h2 id="district-agreements">{t('areas.page.agreements')}</h2>
        <DistrictAgreements code={area.code} name={area.name} />
      </section>
    </>
  );
}

function CrimeSection({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const trend = useCrimeTrend(code);
  return (
    <section className="section" aria-labelledby="district-crime">
      <h2 id="district-crime">{t('areas.page.crime')}</h2>
      <QueryBoundary query={trend}>{(statistics) => <CrimeTrendTable statistics={statistics} areaName={name} />}</QueryBoundary>
      <p>
        <Link to={`/crime-statistics?area=${encodeURIComponent(code)}`}>{t('areas.page.moreCrime')}</Link>
      </p>
    </section>
  );
}

function LatestAnalysisSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const caller = useCaller();
  const mayRead = caller.signedIn && (caller.me?.roles.length ?? 0) > 0;
  const list = useSafetyAnalyses({ area: code, limit: 1 }, { enabled: mayRead });
  const latestId = list.data?.items[0]?.id;
  const latest = useSafetyAnalysis(latestId ?? 0, { enabled: latestId !== undefined });
  return (
    <section className="section" aria-labelledby="district-analysis">
      <h2 id="district-analysis">{t('areas.page.latestAnalysis')}</h2>
      {caller.loading ? (
        <Loading />
      ) : !mayRead ? (
        <p>{t('safetyAnalyses.signIn')}</p>
      ) : list.isPending ? (
        <Loading />
      ) : latestId === undefined ? (
        <p>{t('areas.page.noAnalysis')}</p>
      ) : (
        <QueryBoundary query={latest}>
          {({ analysis }) => (
            <>
              <p>
                <Link to={`/safety-analyses/${analysis.id}`}>{analysis.title}</Link> ({analysis.date})
              </p>
              <SafetyAnalysisDetails analysis={analysis} headingLevel={3} />
            </>
          )}
        </QueryBoundary>
      )}
    </section>
  );
}

function MeasuresSection({ code }: { code: string }) {
  const { t } = useTranslation();
  const measures = useAreaMeasures(code);
  return (
    <section className="section" aria-labelledby="district-measures">
      <h2 id="district-measures">{t('areas.page.measures')}</h2>
      <QueryBoundary query={measures}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('areas.page.noMeasures')}</p>
          ) : (
            <ul>
              {page.items.map((m) => (
                <li key={m.id}>
                  <Link to={`/measures/${m.id}`}>{m.title}</Link> – {t(`measures.status.${m.status}`)}
                </li>
              ))}
            </ul>
          )
        }
      </QueryBoundary>
    </section>
  );
}

function DistrictAgreements({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const agreements = useAgreements({ area: code });
  return (
    <QueryBoundary query={agreements}>
      {(page) => <AgreementsTable items={page.items} caption={t('areas.page.agreementsCaption', { area: name })} />}
    </QueryBoundary>
  );
}
