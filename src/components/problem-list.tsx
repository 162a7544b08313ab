/** Every problem of a dataset that breaks its contract, each with its path: the same list everywhere. */
import { useTranslation } from 'react-i18next';
import type { Problem } from '@/data/validate-dataset';

export function ProblemList({ problems, max = 100 }: { problems: readonly Problem[]; max?: number }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    // A long list scrolls; as a named region with a Tab stop it can be scrolled by keyboard too.
    <div
      role="region"
      aria-label={t('status.problems')}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll region takes focus (WCAG 2.1.1)
      tabIndex={0}
      className="mt-3 max-h-80 overflow-auto rounded bg-red-50"
    >
      <ul className="list-disc space-y-1 py-2 pr-2 pl-8 font-mono text-sm break-words text-red-950">
        {problems.slice(0, max).map((p, i) => (
          <li key={i}>
            {p.path}: {p.message}
          </li>
        ))}
        {problems.length > max && <li>… {problems.length - max}</li>}
      </ul>
    </div>
  );
}
