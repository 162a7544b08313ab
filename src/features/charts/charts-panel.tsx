/** The four escalation charts (loaded after first paint: Recharts stays out of the entry chunk). */
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { AidChart } from './aid-chart';
import { FlightsChart } from './flights-chart';
import { TariffsChart } from './tariffs-chart';
import { TensionChart } from './tension-chart';

export type ChartsProps = {
  dataset: IndexedDataset;
  events: readonly Event[];
  view: ViewState;
  setView: SetView;
};

export default function ChartsPanel(props: ChartsProps) {
  return (
    <>
      <TariffsChart {...props} />
      <FlightsChart {...props} />
      <AidChart {...props} />
      <TensionChart {...props} />
    </>
  );
}
