import type { Area } from '@/lib/api/types';

export interface AreaRow {
  area: Area;
  depth: number;
}

/** The areas below the top level, depth first, with their depth (1 = a district of the municipality). */
export function flattenChildren(area: Area, depth = 1): AreaRow[] {
  return area.children.flatMap((child) => [{ area: child, depth }, ...flattenChildren(child, depth + 1)]);
}

/** True when any population in the tree is demo data. */
export function hasDemoPopulation(areas: Area[]): boolean {
  return areas.some((area) => area.population?.demo === true || hasDemoPopulation(area.children));
}
