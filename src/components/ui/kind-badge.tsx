/** The kind of move an event is (threat, act, statement, cooperation), by shape and word, not colour alone. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { eventKind, type EventKind } from '@/data/event-kind';
import { cn } from '@/lib/cn';
import { KIND_MARK } from './kind-mark';

const KIND_STYLE: Record<EventKind, string> = {
  threat: 'border border-dashed border-red-700 bg-white text-red-800',
  act: 'bg-slate-800 text-white',
  statement: 'border border-slate-400 bg-white text-slate-700',
  cooperation: 'bg-emerald-100 text-emerald-900',
};

type Props = { cameo: string; className?: string };

export function KindBadge(props: Props) {
  const { t } = useTranslation();
  return <PlainKindBadge {...props} t={t} />;
}

/** KindBadge given the translator: no hook, for rows drawn by the hundred (one `t` per list). */
export function PlainKindBadge({ cameo, className = '', t }: Props & { t: TFunction }) {
  const kind = eventKind(cameo);
  return (
    <span
      data-kind={kind}
      className={cn(
        'inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold',
        KIND_STYLE[kind],
        className,
      )}
    >
      <span aria-hidden="true">{KIND_MARK[kind]}</span>
      {t(`kind.${kind}`)}
    </span>
  );
}
