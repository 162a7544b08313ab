/** PNG and SVG downloads of one chart, framed with its title, source line and the view's filters. */
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { download } from '@/lib/download';
import { exportFileName } from '@/lib/export-file-name';
import { buildExportSvg, svgText, svgToPng, type ChartMeta } from './chart-export';
import { useChartExport } from './chart-export-context';

type Props = { id: string; plot: () => SVGSVGElement | null; meta: Omit<ChartMeta, 'filters'> };

export function ChartDownloads({ id, plot, meta }: Props) {
  const { t } = useTranslation('charts');
  const info = useChartExport();
  const save = async (format: 'png' | 'svg') => {
    const svg = plot();
    if (!svg || !info) return;
    const framed = buildExportSvg(svg, { ...meta, filters: info.filters });
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
