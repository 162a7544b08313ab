/** A button that opens a panel below it; Escape or a click outside closes it. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

type Props = {
  label: ReactNode;
  buttonLabel?: string;
  /** The panel; a function receives `close`, for menus that close once a choice is made. */
  children: ReactNode | ((close: () => void) => ReactNode);
  className?: string;
  /** Which edge of the button the panel lines up with. */
  align?: 'start' | 'end';
};

export function Popover({ label, buttonLabel, children, className = '', align = 'start' }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  return (
    <div ref={root} className={`relative ${className}`}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={buttonLabel}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-9 w-full items-center justify-between gap-2 rounded-md border border-slate-500 bg-white px-3 py-1.5 text-left text-sm hover:border-slate-700"
      >
        <span className="truncate">{label}</span>
        <span aria-hidden="true" className="text-slate-500">
          ▾
        </span>
      </button>
      <div
        id={id}
        hidden={!open}
        className={`absolute ${align === 'end' ? 'right-0' : 'left-0'} z-30 mt-1 max-h-[70vh] w-[min(22rem,calc(100vw-2rem))] overflow-auto rounded-md border border-slate-200 bg-white p-2 shadow-lg`}
      >
        {typeof children === 'function' ? children(() => setOpen(false)) : children}
      </div>
    </div>
  );
}
