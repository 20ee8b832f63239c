import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoroplethMap, type ChoroplethState } from '@/components/choropleth-map';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAreaBoundaries } from '@/features/areas/api/get-area-boundaries';
import type { SituationMapping } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

/**
 * The mapping's reported crime per 1 000 inhabitants by district on the map the crime statistics
 * use (docs/maps.md), one category group at a time; its table alternative comes with the map.
 */
export function CrimeRateMap({ crime }: { crime: SituationMapping['crimeByDistrict'] }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const selectId = useId();
  const top = crime.areas.find((a) => a.parentCode === null);
  const boundaries = useAreaBoundaries(top?.code ?? '');
  const [category, setCategory] = useState(crime.categories[0]?.code ?? '');
  const { values, states } = useMemo(() => {
    const cells = crime.cells.flatMap((c) =>
      c.category === category && c.area !== null && c.area !== top?.code ? [{ ...c, area: c.area }] : [],
    );
    return {
      values: Object.fromEntries(cells.map((c) => [c.area, c.suppressed ? null : c.value])),
      states: Object.fromEntries(
        cells.filter((c) => c.suppressed).map((c): [string, ChoroplethState] => [c.area, 'suppressed']),
      ),
    };
  }, [crime, category, top?.code]);
  if (!top || crime.categories.length === 0) return null;
  const name = text(crime.categories.find((c) => c.code === category)?.name);
  const format = (v: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);
  return (
    <div className="mapping-map">
      <div className="field">
        <label htmlFor={selectId}>{t('situationPictures.charts.mapCategory')}</label>
        <select id={selectId} value={category} onChange={(e) => setCategory(e.target.value)}>
          {crime.categories.map((c) => (
            <option key={c.code} value={c.code}>
              {text(c.name)}
            </option>
          ))}
        </select>
      </div>
      {boundaries.isPending ? (
        <Loading />
      ) : boundaries.isError ? (
        <ErrorAlert error={boundaries.error} onRetry={() => void boundaries.refetch()} />
      ) : (
        <ChoroplethMap
          boundaries={boundaries.data}
          values={values}
          states={states}
          legendTitle={t('situationPictures.charts.mapLegend', { category: name })}
          formatValue={format}
          ariaLabel={t('situationPictures.charts.mapLabel', { category: name, from: crime.from, to: crime.to })}
          tableCaption={t('situationPictures.charts.mapTable', { category: name, from: crime.from, to: crime.to })}
        />
      )}
    </div>
  );
}
