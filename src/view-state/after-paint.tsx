/**
 * For the panels that can follow the lists by a frame (charts, ledger): below <AfterPaint>, useView()
 * and useSelection() give the view and the selection as of the last painted frame. A filter change
 * then paints the lists first; these panels redraw after, in a transition that input can interrupt.
 * The children must not re-render with the parent to gain anything: give it memoised components
 * without props (they read what they need through the hooks).
 */
import type { ReactNode } from 'react';
import { useAfterPaint } from '@/lib/use-after-paint';
import { SelectionContext, useSelection } from './selection-context';
import { ShownViewContext, useView } from './view-context';

export function AfterPaint({ children }: { children: ReactNode }) {
  const [view, selection] = useAfterPaint(useView(), useSelection());
  return (
    <ShownViewContext.Provider value={view}>
      <SelectionContext.Provider value={selection}>{children}</SelectionContext.Provider>
    </ShownViewContext.Provider>
  );
}
