import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrimeCategory, CrimeCategoryTree } from '@/lib/api/types';
import { useLocalized } from '@/lib/i18n/use-localized';

interface CategoryTreeProps {
  tree: CrimeCategoryTree;
  selected: string[];
  onChange: (codes: string[]) => void;
}

/**
 * The crime categories as nested checkboxes (Tab and Space work as everywhere), the
 * composite groups first. A category counts its subcategories, a group its members; a
 * crime is counted once however many of the chosen ones it falls under.
 */
export function CategoryTree({ tree, selected, onChange }: CategoryTreeProps) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const id = useId();
  const chosen = new Set(selected);
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...selected, code] : selected.filter((value) => value !== code));

  const renderCategory = (category: CrimeCategory) => (
    <li key={category.code}>
      <label className="field-checkbox">
        <input
          type="checkbox"
          checked={chosen.has(category.code)}
          onChange={(event) => toggle(category.code, event.target.checked)}
        />
        {text(category.name)}
        {category.validTo && (
          <span className="muted"> {t('crimeStatistics.controls.validTo', { month: category.validTo })}</span>
        )}
      </label>
      {category.children.length > 0 && <ul className="category-children">{category.children.map(renderCategory)}</ul>}
    </li>
  );

  return (
    <fieldset className="control-group category-tree" aria-describedby={`${id}-hint`}>
      <legend>{t('crimeStatistics.controls.categories')}</legend>
      <p id={`${id}-hint`} className="hint">
        {selected.length === 0
          ? t('crimeStatistics.controls.allCategories')
          : t('crimeStatistics.controls.categoriesChosen', { count: selected.length })}
      </p>
      <div className="scroll-box">
        {tree.groups.length > 0 && (
          <>
            <p className="control-subheading" id={`${id}-groups`}>
              {t('crimeStatistics.controls.groups')}
            </p>
            <ul className="category-list" aria-labelledby={`${id}-groups`}>
              {tree.groups.map((group) => (
                <li key={group.code}>
                  <label className="field-checkbox" title={text(group.description)}>
                    <input
                      type="checkbox"
                      checked={chosen.has(group.code)}
                      onChange={(event) => toggle(group.code, event.target.checked)}
                    />
                    {text(group.name)}
                    {group.sourceReference && <span className="muted"> ({group.sourceReference})</span>}
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
        <p className="control-subheading" id={`${id}-tree`}>
          {t('crimeStatistics.controls.tree')}
        </p>
        <ul className="category-list" aria-labelledby={`${id}-tree`}>
          {tree.items.map(renderCategory)}
        </ul>
      </div>
      {selected.length > 0 && (
        <button type="button" className="button button-small" onClick={() => onChange([])}>
          {t('crimeStatistics.controls.clearCategories')}
        </button>
      )}
    </fieldset>
  );
}
