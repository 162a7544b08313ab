/** The ledger as a table: each threat (who, whom, what, when, sources) beside its outcome and the days between. */
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { LedgerSort, Lang } from '@/view-state/defaults';
import { CitationList } from '@/components/ui/citation-list';
import { formatEventDate } from '@/lib/format';
import { actorNames } from '@/lib/actor-names';
import type { LedgerGroup, LedgerRow } from './to-ledger-rows';
import { daysText, sideName } from './ledger-sentences';
import { StatusMark } from './ledger-legend';

type Props = {
  groups: readonly LedgerGroup[];
  sort: LedgerSort;
  dataset: IndexedDataset;
  lang: Lang;
  selected: string | null;
  onSelect: (id: string) => void;
};

const TH = 'border-b border-slate-300 bg-white px-2 py-1.5 text-left font-semibold';
const TD = 'border-b border-slate-100 px-2 py-2 align-top';

function EventLink({ event, lang, onSelect }: { event: Event; lang: Lang; onSelect: (id: string) => void }) {
  const { t } = useTranslation('ledger');
  return (
    <button
      type="button"
      onClick={() => onSelect(event.id)}
      aria-label={t('openEvent', { title: event.title[lang] })}
      className="text-left font-medium text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
    >
      {event.title[lang]}
    </button>
  );
}

function Row({
  row,
  dataset,
  lang,
  selected,
  onSelect,
}: { row: LedgerRow } & Omit<Props, 'groups' | 'sort'>) {
  const { t } = useTranslation('ledger');
  const { threat, outcome, outcomeEvent } = row;
  return (
    <tr
      className={threat.id === selected ? 'bg-rose-50' : undefined}
      aria-current={threat.id === selected ? 'true' : undefined}
      data-testid={`ledger-row-${threat.id}`}
    >
      <td className={TD}>
        <p className="text-xs text-slate-600">
          {formatEventDate(threat.date, threat.datePrecision, lang)} ·{' '}
          {t('threatBy', {
            actors: actorNames(threat.actors, dataset, lang),
            targets: actorNames(threat.targets ?? [], dataset, lang) || '—',
          })}
        </p>
        <EventLink event={threat} lang={lang} onSelect={onSelect} />
        <div className="mt-1">
          <CitationList citations={threat.citations} sourceById={dataset.sourceById} lang={lang} />
        </div>
      </td>
      <td className={TD} data-testid="ledger-outcome">
        <p className="flex flex-wrap items-center gap-x-1.5 font-semibold">
          <StatusMark status={row.status} />
          <span>{t(`status.${row.status}`)}</span>
          {outcome?.date && (
            <span className="font-normal text-slate-600">
              · {formatEventDate(outcome.date, 'day', lang)}
              {row.days !== null && <span className="sm:hidden"> ({daysText(row.days, t, lang)})</span>}
            </span>
          )}
        </p>
        {outcomeEvent && outcomeEvent.id !== threat.id && (
          <EventLink event={outcomeEvent} lang={lang} onSelect={onSelect} />
        )}
        {outcome?.note && <p className="mt-0.5 text-xs text-slate-700">{outcome.note[lang]}</p>}
        {outcome?.citations && (
          <div className="mt-1">
            <CitationList citations={outcome.citations} sourceById={dataset.sourceById} lang={lang} />
          </div>
        )}
      </td>
      <td className={`${TD} hidden text-right whitespace-nowrap tabular-nums sm:table-cell`}>
        {row.days === null ? '—' : daysText(row.days, t, lang)}
      </td>
    </tr>
  );
}

function groupTitle(
  key: string,
  sort: LedgerSort,
  dataset: IndexedDataset,
  lang: Lang,
  t: ReturnType<typeof useTranslation>['t'],
) {
  if (sort === 'side') return sideName(key, dataset.sides, lang);
  if (sort === 'topic') return dataset.topicById.get(key)?.label[lang] ?? key;
  return t(`ledger:status.${key}`);
}

export function LedgerTable({ groups, sort, dataset, lang, selected, onSelect }: Props) {
  const { t } = useTranslation('ledger');
  return (
    <table className="w-full border-collapse text-sm" data-testid="ledger-table">
      <thead>
        <tr>
          <th scope="col" className={TH}>
            {t('columns.threat')}
          </th>
          <th scope="col" className={TH}>
            {t('columns.outcome')}
          </th>
          <th scope="col" className={`${TH} hidden text-right sm:table-cell`}>
            {t('columns.days')}
          </th>
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.key ?? 'all'}>
          {g.key !== null && (
            <tr>
              <th
                scope="colgroup"
                data-testid="ledger-group"
                colSpan={3}
                className="bg-slate-50 px-2 pt-3 pb-1 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase"
              >
                {groupTitle(g.key, sort, dataset, lang, t)} ({g.rows.length})
              </th>
            </tr>
          )}
          {g.rows.map((row) => (
            <Row
              key={row.threat.id}
              row={row}
              dataset={dataset}
              lang={lang}
              selected={selected}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      ))}
    </table>
  );
}
