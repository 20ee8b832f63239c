import { useAreas } from '../api/get-areas';
import { flattenChildren } from '../components/flatten-areas';

/** The municipality and its districts as form choices, by code. */
export function useAreaChoices() {
  const areas = useAreas();
  const choices = (areas.data?.items ?? []).flatMap((top) => [
    { value: top.code, label: top.name },
    ...flattenChildren(top)
      .filter((row) => row.depth === 1)
      .map((row) => ({ value: row.area.code, label: row.area.name }))
      .sort((a, b) => a.label.localeCompare(b.label, 'sv')),
  ]);
  return { choices, isPending: areas.isPending };
}
