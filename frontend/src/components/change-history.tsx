import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '@/lib/i18n/use-localized';

/** What every audited thing's history entry has in common (measures, analyses, agreements). */
export interface ChangeHistoryEntry {
  id: number;
  changedAt: string;
  changedBy: string;
  changedByName?: string | null;
  action: string;
  changedFields: string[];
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface ChangeHistoryTexts {
  caption: string;
  when: string;
  who: string;
  what: string;
  changes: string;
  none: string;
  /** Shown for an empty value (null, '' or an empty list). */
  empty: string;
  yes: string;
  no: string;
  /** "Added: …", "Removed: …", "Changed …:" for items of a list field. */
  added: string;
  removed: string;
  changed: string;
}

export interface ChangeHistoryProps<E extends ChangeHistoryEntry> {
  entries: E[];
  texts: ChangeHistoryTexts;
  actionLabel: (entry: E) => ReactNode;
  /** A field's name for people; nested fields of list items come as `list.field`. */
  fieldLabel: (field: string) => string;
  /** A simple value for people (a code's label, a link); nested fields come as `list.field`. */
  formatValue?: (field: string, value: unknown) => ReactNode;
  /** For list fields whose items are objects: the property that identifies an item across versions. */
  itemKeys?: Record<string, string>;
  /** How an item of a list field is named (its text, its name). */
  itemLabel?: (field: string, item: Record<string, unknown>) => ReactNode;
}

/** The table's texts in the active language, with the caption given. */
export function useChangeHistoryTexts(caption: string): ChangeHistoryTexts {
  const { t } = useTranslation();
  const h = (key: string) => t(`history.${key}`);
  return {
    caption, when: h('when'), who: h('who'), what: h('what'), changes: h('changes'), none: h('none'), empty: h('empty'),
    yes: h('yes'), no: h('no'), added: h('added'), removed: h('removed'), changed: h('changed'),
  };
}

type Item = Record<string, unknown>;
const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => (isEmpty(a) && isEmpty(b)) || JSON.stringify(a) === JSON.stringify(b);

/**
 * Who changed what and when, newest first as the API sends it, with each changed field's value
 * before → after. Lists of objects (commitments, assessed factors) show the items added, removed
 * and changed, each changed item with its own fields before → after.
 */
export function ChangeHistory<E extends ChangeHistoryEntry>(props: ChangeHistoryProps<E>) {
  const { entries, texts, actionLabel, fieldLabel } = props;
  const { locale } = useLocalized();
  const format = props.formatValue ?? ((_: string, v: unknown) => String(v));

  const show = (field: string, value: unknown): ReactNode => {
    if (isEmpty(value)) return texts.empty;
    if (typeof value === 'boolean') return value ? texts.yes : texts.no;
    if (Array.isArray(value)) {
      return value.map((v, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          {show(field, v)}
        </Fragment>
      ));
    }
    if (isItem(value)) return describe(field, value);
    return format(field, value);
  };
  const label = (field: string, item: Item): ReactNode => props.itemLabel?.(field, item) ?? describe(field, item);
  /** An object in a few words: its fields that have a value, "label: value; …". */
  const describe = (field: string, item: Item): ReactNode =>
    Object.entries(item)
      .filter(([k, v]) => !isEmpty(v) && k !== props.itemKeys?.[field])
      .map(([k, v], i) => (
        <Fragment key={k}>
          {i > 0 && '; '}
          {fieldLabel(`${field}.${k}`)}: {show(`${field}.${k}`, v)}
        </Fragment>
      ));

  const change = (field: string, before: unknown, after: unknown, creation: boolean): ReactNode => {
    const key = props.itemKeys?.[field];
    const listOfItems = (v: unknown) => isEmpty(v) || (Array.isArray(v) && v.every(isItem));
    if (key && listOfItems(before) && listOfItems(after) && !(isEmpty(before) && isEmpty(after))) {
      const was = (Array.isArray(before) ? before : []) as Item[];
      const is = (Array.isArray(after) ? after : []) as Item[];
      const find = (list: Item[], item: Item) => list.find((x) => x[key] !== undefined && same(x[key], item[key]));
      const lines: ReactNode[] = [];
      for (const item of is) {
        const old = find(was, item);
        if (!old) {
          lines.push(
            <li key={`added-${String(item[key])}`}>
              {texts.added}: {label(field, item)}
            </li>,
          );
          continue;
        }
        const subfields = [...new Set([...Object.keys(old), ...Object.keys(item)])].filter(
          (k) => k !== key && !same(old[k], item[k]),
        );
        if (subfields.length > 0) {
          lines.push(
            <li key={`changed-${String(item[key])}`}>
              {texts.changed} {label(field, item)}:{' '}
              {subfields.map((k, i) => (
                <Fragment key={k}>
                  {i > 0 && '; '}
                  {fieldLabel(`${field}.${k}`)}: {show(`${field}.${k}`, old[k])} → {show(`${field}.${k}`, item[k])}
                </Fragment>
              ))}
            </li>,
          );
        }
      }
      for (const item of was) {
        if (!find(is, item)) {
          lines.push(
            <li key={`removed-${String(item[key])}`}>
              {texts.removed}: {label(field, item)}
            </li>,
          );
        }
      }
      return <ul className="change-list">{lines}</ul>;
    }
    return (
      <>
        {creation ? null : (
          <>
            {show(field, before)}
            {' → '}
          </>
        )}
        {show(field, after)}
      </>
    );
  };

  if (entries.length === 0) return <p>{texts.none}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={texts.caption} tabIndex={0}>
      <table className="data-table">
        <caption>{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.when}</th>
            <th scope="col">{texts.who}</th>
            <th scope="col">{texts.what}</th>
            <th scope="col">{texts.changes}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="history-entry">
              <td>
                <time dateTime={entry.changedAt}>{new Date(entry.changedAt).toLocaleString(locale)}</time>
              </td>
              <td>
                {entry.changedByName ?? entry.changedBy}
                {entry.changedByName && <span className="muted"> ({entry.changedBy})</span>}
              </td>
              <th scope="row">{actionLabel(entry)}</th>
              <td>
                {entry.changedFields.length === 0 ? (
                  texts.empty
                ) : (
                  <ul className="change-list">
                    {entry.changedFields.map((field) => (
                      <li key={field}>
                        <strong>{fieldLabel(field)}</strong>:{' '}
                        {change(field, entry.before?.[field], entry.after?.[field], !entry.before)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
