import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DatePrecision } from '@/lib/date-precision';
import type { Lang } from '@/i18n/lang';
import { formatSpan } from '@/lib/format';

type Props = { date: string; endDate?: string; precision: DatePrecision; lang: Lang; className?: string };

/** A date shown with its precision ("Sep 2025", "≈ 4 Apr 2025"), explained on hover and to screen readers. */
export function DateLabel(props: Props) {
  const { t } = useTranslation();
  return <PlainDateLabel {...props} t={t} />;
}

/** DateLabel given the translator: no hook, for rows drawn by the hundred (one `t` per list). */
export function PlainDateLabel({
  date,
  endDate,
  precision,
  lang,
  className = '',
  t,
}: Props & { t: TFunction }) {
  const text = formatSpan(date, endDate, precision, lang);
  const hint = precision === 'day' ? undefined : t(`precision.${precision}`);
  return (
    <time dateTime={date} title={hint} className={`tabular-nums ${className}`}>
      {text}
      {hint && <span className="row-sr-only"> ({hint})</span>}
    </time>
  );
}
