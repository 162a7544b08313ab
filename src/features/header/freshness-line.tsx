/** How far the data reaches and how old it is, worked out when the page is viewed. */
import type { Lang } from '@/view-state/defaults';
import { freshness } from '@/lib/freshness';

type Props = { dataTo: string; updated: string; lang: Lang };

export function FreshnessLine({ dataTo, updated, lang }: Props) {
  const f = freshness(dataTo, updated, new Date(), lang);
  return (
    <>
      <span data-testid="data-age">
        {f.coverage} · {f.age}
      </span>
      {f.staleNote && <span className="block text-amber-200">{f.staleNote}</span>}
    </>
  );
}
