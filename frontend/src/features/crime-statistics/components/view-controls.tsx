import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INTERVALS,
  isMonth,
  MEASURES,
  SPLITS,
  type ExplorerParams,
  type Interval,
  type Measure,
  type Split,
} from './explorer-params';

interface ViewControlsProps {
  params: ExplorerParams;
  /** The months the answer covers, shown when the address names none. */
  shownFrom?: string;
  shownTo?: string;
  onChange: (next: Partial<ExplorerParams>) => void;
}

/** Period, measure, split and time interval. */
export function ViewControls({ params, shownFrom, shownTo, onChange }: ViewControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const month = (value: string) => (isMonth(value) ? value : undefined);
  return (
    <>
      <fieldset className="control-group">
        <legend>{t('crimeStatistics.controls.period')}</legend>
        <div className="control-row">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('crimeStatistics.controls.from')}</label>
            <input
              id={`${id}-from`}
              type="month"
              min="2000-01"
              max={params.to ?? shownTo}
              value={params.from ?? shownFrom ?? ''}
              onChange={(event) => onChange({ from: month(event.target.value) })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('crimeStatistics.controls.to')}</label>
            <input
              id={`${id}-to`}
              type="month"
              min={params.from ?? shownFrom}
              value={params.to ?? shownTo ?? ''}
              onChange={(event) => onChange({ to: month(event.target.value) })}
            />
          </div>
        </div>
        <p className="hint">{t('crimeStatistics.controls.periodHint')}</p>
      </fieldset>
      <fieldset className="control-group">
        <legend>{t('crimeStatistics.controls.measure')}</legend>
        {MEASURES.map((measure: Measure) => (
          <label key={measure} className="field-checkbox">
            <input
              type="radio"
              name={`${id}-measure`}
              value={measure}
              checked={params.measure === measure}
              onChange={() => onChange({ measure })}
            />
            {t(`crimeStatistics.measure.${measure}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="control-group">
        <legend>{t('crimeStatistics.controls.split')}</legend>
        {SPLITS.map((split: Split) => (
          <label key={split} className="field-checkbox">
            <input
              type="radio"
              name={`${id}-split`}
              value={split}
              checked={params.split === split}
              onChange={() => onChange({ split })}
            />
            {t(`crimeStatistics.split.${split}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-interval`}>{t('crimeStatistics.controls.interval')}</label>
        <select
          id={`${id}-interval`}
          value={params.interval}
          onChange={(event) => onChange({ interval: event.target.value as Interval })}
        >
          {INTERVALS.map((interval) => (
            <option key={interval} value={interval}>
              {t(`crimeStatistics.interval.${interval}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
