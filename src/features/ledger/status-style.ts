/** How each outcome is drawn: a colour and whether its end mark is filled, hollow or an open arrow. */
import type { OutcomeStatus } from '@/data/schema';

export type EndMark = 'filled' | 'half' | 'hollow' | 'open';

export const STATUS_STYLE: Record<OutcomeStatus, { color: string; mark: EndMark }> = {
  'carried-out': { color: '#b91c1c', mark: 'filled' },
  'partly-carried-out': { color: '#c2410c', mark: 'half' },
  withdrawn: { color: '#15803d', mark: 'hollow' },
  suspended: { color: '#0f766e', mark: 'hollow' },
  superseded: { color: '#6d28d9', mark: 'hollow' },
  pending: { color: '#1d4ed8', mark: 'open' },
  unknown: { color: '#64748b', mark: 'open' },
};
