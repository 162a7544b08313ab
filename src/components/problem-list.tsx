/** Every problem of a dataset that breaks its contract, each with its path: the same list everywhere. */
import type { Problem } from '@/data/validate-dataset';

export function ProblemList({ problems, max = 100 }: { problems: readonly Problem[]; max?: number }) {
  if (problems.length === 0) return null;
  return (
    <ul className="mt-3 max-h-80 list-disc space-y-1 overflow-auto rounded bg-red-50 py-2 pr-2 pl-8 font-mono text-sm break-words text-red-950">
      {problems.slice(0, max).map((p, i) => (
        <li key={i}>
          {p.path}: {p.message}
        </li>
      ))}
      {problems.length > max && <li>… {problems.length - max}</li>}
    </ul>
  );
}
