import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '@/components/form-field';
import { useMeasureSearch } from '../api/search-measures';

export interface PickedMeasure {
  id: number;
  title: string;
}

interface Props {
  /** The commitment's number in the form (1-based), for the labels. */
  n: number;
  picked: PickedMeasure[];
  onChange: (picked: PickedMeasure[]) => void;
  /** The search box's id, the API's name of these links and its errors about them. */
  id?: string;
  name?: string;
  errors?: readonly string[];
}

/** Waits until typing pauses before the search goes to the API. */
function useDebounced(value: string, ms = 250) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * The measures that fulfil one commitment: the linked ones as a list with a remove button each,
 * and a search box whose matches (asked of the API, a page at a time) are checkboxes.
 */
export function MeasurePicker({ n, picked, onChange, ...field }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const q = useDebounced(search.trim());
  const results = useMeasureSearch(q);
  const P = (key: string, values?: Record<string, unknown>) => t(`measures.picker.${key}`, values);
  const isPicked = (measureId: number) => picked.some((m) => m.id === measureId);
  const toggle = (m: PickedMeasure, on: boolean) =>
    onChange(on ? [...picked.filter((p) => p.id !== m.id), m] : picked.filter((p) => p.id !== m.id));

  const items = q && results.data ? results.data.items : [];
  const status = !q
    ? ''
    : results.isFetching && !results.data
      ? P('searching')
      : results.data && results.data.total === 0
        ? P('noResults')
        : results.data && results.data.total > items.length
          ? P('more', { shown: items.length, total: results.data.total })
          : '';

  return (
    <fieldset className="measure-picker">
      <legend>{P('legend', { n })}</legend>
      <p className="measure-picker-label" id={`${id}-picked`}>
        {P('picked')}
      </p>
      {picked.length === 0 ? (
        <p className="muted">{P('none')}</p>
      ) : (
        <ul className="chip-list" aria-labelledby={`${id}-picked`}>
          {picked.map((m) => (
            <li key={m.id} className="chip">
              <span>{m.title}</span>
              <button
                type="button"
                className="chip-remove"
                onClick={() => {
                  toggle(m, false);
                  // The button goes away with the chip: keep the keyboard in the picker.
                  searchRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{P('remove', { title: m.title })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <FormField {...field} label={P('search', { n })} hint={P('hint')}>
        {(control) => (
          <input
            {...control}
            ref={searchRef}
            type="search"
            value={search}
            autoComplete="off"
            onChange={(e) => setSearch(e.target.value)}
          />
        )}
      </FormField>
      {items.length > 0 && (
        <div role="group" aria-label={P('results', { n })}>
          <ul className="measure-picker-results">
          {items.map((m) => (
            <li key={m.id}>
              <FormField label={m.title} inline>
                {(control) => (
                  <input
                    {...control}
                    type="checkbox"
                    checked={isPicked(m.id)}
                    onChange={(e) => toggle({ id: m.id, title: m.title }, e.target.checked)}
                  />
                )}
              </FormField>
            </li>
          ))}
          </ul>
        </div>
      )}
      <p role="status" className="muted">
        {status}
      </p>
    </fieldset>
  );
}
