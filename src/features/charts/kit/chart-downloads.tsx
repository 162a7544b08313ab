/** PNG and SVG downloads of one chart, framed with its title, legend, source line, filters (if it follows them) and credit. */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { download } from '@/lib/download';
import { exportFileName } from '@/lib/export-file-name';
import { buildExportSvg, svgText, svgToPng, type ChartMeta, type LegendEntry } from './chart-export';
import { useChartExport } from './chart-export-context';

type Props = {
  id: string;
  plot: () => SVGSVGElement | null;
  legend: () => LegendEntry[];
  followsFilters: boolean;
  meta: Pick<ChartMeta, 'title' | 'units' | 'source'>;
};

/** The legend entries a card shows: each item's swatch and its text. */
export function readLegend(container: HTMLElement | null): LegendEntry[] {
  if (!container) return [];
  return [...container.querySelectorAll<HTMLElement>('[data-legend-item]')].map((item) => ({
    swatch: item.querySelector('svg'),
    label: item.textContent?.trim() ?? '',
  }));
}

export function ChartDownloads({ id, plot, legend, followsFilters, meta }: Props) {
  const { t } = useTranslation('charts');
  const readInfo = useChartExport();
  const save = async (format: 'png' | 'svg') => {
    const svg = plot();
    const info = readInfo();
    if (!svg || !info) return;
    const filters = followsFilters ? info.filters : info.shaded;
    const framed = buildExportSvg(svg, { ...meta, filters, credit: info.credit, legend: legend() });
    const name = exportFileName(`chart-${id}`, info.view, format);
    if (format === 'svg') download(svgText(framed), name, 'image/svg+xml');
    else download(await svgToPng(framed), name, 'image/png');
  };
  return (
    <span className="inline-flex gap-1">
      {(['png', 'svg'] as const).map((format) => (
        <Button
          key={format}
          variant="ghost"
          className="px-2 text-xs"
          aria-label={t('download', { title: meta.title, format: format.toUpperCase() })}
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </span>
  );
}
