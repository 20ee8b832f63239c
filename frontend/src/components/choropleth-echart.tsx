import { useEffect, useId, useMemo, useRef } from 'react';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import {
  BORDER_COLOUR,
  CHOROPLETH_COLOURS,
  NO_DATA_COLOUR,
  SUPPRESSED_COLOUR,
  type ChoroplethFeatureCollection,
  type ChoroplethRow,
  type ChoroplethState,
} from './choropleth-map';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, SVGRenderer]);

interface ChoroplethEChartProps {
  boundaries: ChoroplethFeatureCollection;
  rows: ChoroplethRow[];
  min: number;
  max: number;
  formatValue: (value: number) => string;
  stateText: (state: ChoroplethState) => string;
  ariaLabel: string;
  height: number;
}

/** Hatching for suppressed values, so they differ from "no data" without colour. */
const SUPPRESSED_DECAL = {
  symbol: 'rect',
  color: '#4a5560',
  backgroundColor: SUPPRESSED_COLOUR,
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Latitude in the middle of the drawn features, to keep the map's proportions right. */
function middleLatitude(boundaries: ChoroplethFeatureCollection): number {
  let south = 90;
  let north = -90;
  const visit = (node: unknown): void => {
    if (Array.isArray(node) && typeof node[0] === 'number' && typeof node[1] === 'number') {
      south = Math.min(south, node[1]);
      north = Math.max(north, node[1]);
    } else if (Array.isArray(node)) {
      node.forEach(visit);
    }
  };
  boundaries.features.forEach((feature) => visit(feature.geometry?.coordinates));
  return south <= north ? (south + north) / 2 : 0;
}

/** The drawing of {@link ChoroplethMap}: ECharts' map series with a visual map. */
export function ChoroplethEChart({
  boundaries,
  rows,
  min,
  max,
  formatValue,
  stateText,
  ariaLabel,
  height,
}: ChoroplethEChartProps) {
  const mapName = `choropleth-${useId()}`;

  const option = useMemo<echarts.EChartsCoreOption>(() => {
    const drawable = {
      type: 'FeatureCollection',
      features: boundaries.features.filter((feature) => feature.geometry !== null),
    };
    // ECharts keeps maps in a global registry; each map instance has its own name.
    echarts.registerMap(mapName, drawable as unknown as Parameters<typeof echarts.registerMap>[1]);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (params: { name: string }) => {
          const row = byCode.get(params.name);
          if (!row) return '';
          const value = row.state ? stateText(row.state) : formatValue(row.value as number);
          return `${escapeHtml(row.name)}: ${escapeHtml(value)}`;
        },
      },
      visualMap: {
        type: 'continuous',
        show: false,
        seriesIndex: 0,
        min,
        max: max > min ? max : min + 1,
        inRange: { color: [...CHOROPLETH_COLOURS] },
      },
      series: [
        {
          type: 'map',
          map: mapName,
          nameProperty: 'code',
          roam: false,
          aspectScale: Math.cos((middleLatitude(boundaries) * Math.PI) / 180) || 0.75,
          layoutCenter: ['50%', '50%'],
          layoutSize: '95%',
          selectedMode: false,
          label: { show: false },
          itemStyle: { borderColor: BORDER_COLOUR, borderWidth: 1, areaColor: NO_DATA_COLOUR },
          emphasis: { label: { show: false }, itemStyle: { borderWidth: 3, borderColor: '#b3500b' } },
          data: rows
            .filter((row) => row.hasBoundary)
            .map((row) =>
              row.state === 'suppressed'
                ? { name: row.code, value: null, itemStyle: { areaColor: SUPPRESSED_COLOUR, decal: SUPPRESSED_DECAL } }
                : row.state === 'noData'
                  ? { name: row.code, value: null, itemStyle: { areaColor: NO_DATA_COLOUR } }
                  : { name: row.code, value: row.value },
            ),
        },
      ],
    };
  }, [boundaries, rows, min, max, formatValue, stateText, mapName]);

  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const latest = useRef(option);

  // A map needs a drawing area: while the element has no width (hidden, or in jsdom) the
  // option waits, and is applied as soon as the element gets a size.
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    let drawn = false;
    const draw = () => {
      if (element.clientWidth === 0) return;
      if (drawn) {
        instance.resize();
      } else {
        instance.setOption(latest.current, { notMerge: true });
        drawn = true;
      }
    };
    draw();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(draw);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latest.current = option;
    if (chart.current && ref.current && ref.current.clientWidth > 0) {
      chart.current.setOption(option, { notMerge: true });
    }
  }, [option]);

  return (
    <div
      ref={ref}
      className="chart"
      role="img"
      aria-label={ariaLabel}
      style={{ height }}
      data-testid="choropleth-drawing"
    />
  );
}
