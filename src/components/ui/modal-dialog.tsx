/**
 * The app's modal dialog (the browser's own <dialog>, opened with showModal(): focus stays in it,
 * Escape closes it): a heading, an explanation, what the dialog holds, and a row of actions that
 * ends with Close. Embed, Share for a local file and the failed-file report all use it.
 */
import type { ReactNode, Ref } from 'react';
import { Button } from './button';

type Props = {
  ref: Ref<HTMLDialogElement>;
  /** The heading's id, which names the dialog. */
  headingId: string;
  heading: ReactNode;
  /** The line under the heading. */
  intro?: ReactNode;
  children?: ReactNode;
  /** Shown before Close in the row of actions (a status, a link, buttons). */
  actions?: ReactNode;
  closeLabel: string;
  onClose?: () => void;
  /** Wider for long content (a list of problems). */
  wide?: boolean;
  headingClassName?: string;
};

export function ModalDialog({
  ref,
  headingId,
  heading,
  intro,
  children,
  actions,
  closeLabel,
  onClose,
  wide = false,
  headingClassName = '',
}: Props) {
  const close = () => {
    if (ref && typeof ref === 'object') ref.current?.close();
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      onClose={onClose}
      className={`m-auto ${wide ? 'w-[min(42rem,calc(100vw-2rem))]' : 'w-[min(36rem,calc(100vw-2rem))]'} rounded-lg p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50`}
    >
      <div className="space-y-3 p-4">
        <h2 id={headingId} className={`text-lg font-bold ${headingClassName}`}>
          {heading}
        </h2>
        {intro && <p className="text-sm text-slate-700">{intro}</p>}
        {children}
        <div className="flex flex-wrap items-center justify-end gap-2">
          {actions}
          <Button variant="primary" onClick={close}>
            {closeLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
