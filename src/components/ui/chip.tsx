import type { ButtonHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

/** A toggle chip: aria-pressed tells assistive technology whether it is on. */
export function Chip({
  pressed,
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pressed: boolean }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      className={cn(
        'min-h-8 rounded-full border px-3 py-1 text-sm',
        pressed
          ? 'border-slate-900 bg-slate-900 text-white hover:bg-slate-700'
          : 'border-slate-300 bg-white text-slate-700 hover:border-slate-500',
        className,
      )}
      {...props}
    />
  );
}

/** A small, non-interactive label (a topic on an event, an actor's country). */
export function Tag({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <span className={cn('inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700', className)}>
      {children}
    </span>
  );
}
