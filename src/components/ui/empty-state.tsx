import { Button } from './button';

type Props = { message: string; actionLabel?: string; onAction?: () => void };

/** What a panel says when the filters leave it empty, and the way out. */
export function EmptyState({ message, actionLabel, onAction }: Props) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
      <p className="text-slate-700">{message}</p>
      {actionLabel && onAction && (
        <Button className="mt-3" onClick={onAction}>
          {actionLabel}
        </Button>
      )}
    </div>
  );
}
