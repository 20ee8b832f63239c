import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY } from './explorer-params';

export interface PickableArea {
  code: string;
  name: string;
}

interface DistrictPickerProps {
  /** The districts and localities to offer (the municipality is always offered first). */
  areas: PickableArea[];
  /** Chosen codes; empty: the whole municipality. */
  selected: string[];
  onChange: (codes: string[]) => void;
}

/** Several districts at once, as checkboxes; none chosen means the whole municipality. */
export function DistrictPicker({ areas, selected, onChange }: DistrictPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const chosen = new Set(selected.length ? selected : [MUNICIPALITY]);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : [...chosen].filter((value) => value !== code);
    onChange(next.length === 1 && next[0] === MUNICIPALITY ? [] : next);
  };
  // A code asked for in the address but not (yet) known is still shown, so it can be unticked.
  const known = new Set(areas.map((area) => area.code));
  const options = [
    { code: MUNICIPALITY, name: t('crimeStatistics.controls.wholeMunicipality') },
    ...areas.filter((area) => area.code !== MUNICIPALITY),
    ...[...chosen].filter((code) => code !== MUNICIPALITY && !known.has(code)).map((code) => ({ code, name: code })),
  ];
  return (
    <fieldset className="control-group" aria-describedby={`${id}-hint`}>
      <legend>{t('crimeStatistics.controls.areas')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('crimeStatistics.controls.areasChosen', { count: chosen.size })}
      </p>
      <div className="scroll-box">
        <ul className="category-list">
          {options.map((area) => (
            <li key={area.code}>
              <label className="field-checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(area.code)}
                  onChange={(event) => toggle(area.code, event.target.checked)}
                />
                {area.name}
              </label>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
