/**
 * DOM nodes for what vis-timeline shows. vis-timeline renders a string `content` as HTML, so
 * every text from the dataset goes in through textContent, in nodes built here.
 */
import type { TimelineItemSpec } from './to-timeline-items';
import { KIND_MARK } from '@/components/ui/kind-mark';

export const itemDomId = (id: string) => `tl-item-${id}`;

/**
 * The label drawn on the timeline: a screen-reader option with the item's full name, led by the
 * mark of the event's kind (⚠ threat, ■ act, ❝ statement, ⇄ cooperation; the legend and the hover
 * card give the word). A mark (overview zoom) draws no text; its name, tooltip and click target stay,
 * and its dot's shape tells threats and acts apart (timeline.css).
 */
export function itemContent(spec: TimelineItemSpec, doc: Document = document): HTMLElement {
  const el = doc.createElement('span');
  el.id = itemDomId(spec.id);
  el.className = 'tl-label';
  el.setAttribute('role', 'option');
  el.setAttribute('aria-selected', 'false');
  el.setAttribute('aria-label', spec.ariaLabel);
  if (spec.mark) return el;
  if (spec.kind) {
    const kind = doc.createElement('span');
    kind.className = 'tl-kind';
    kind.setAttribute('aria-hidden', 'true');
    kind.textContent = KIND_MARK[spec.kind];
    el.append(kind);
  }
  el.append(doc.createTextNode(spec.label));
  return el;
}

/** The hover card: the full title, then date and actors. */
export function itemTooltip(spec: TimelineItemSpec, doc: Document = document): HTMLElement {
  const el = doc.createElement('div');
  el.className = 'tl-tooltip';
  const title = doc.createElement('strong');
  title.textContent = spec.tooltip.title;
  const meta = doc.createElement('div');
  meta.textContent = spec.tooltip.meta;
  el.append(title, meta);
  return el;
}

export function textNode(text: string, className: string, doc: Document = document): HTMLElement {
  const el = doc.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}
