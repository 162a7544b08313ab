/**
 * Every imperative vis-timeline call lives here. Created and destroyed in one effect
 * (timeline-view.tsx); updated through its DataSets when the filters change, never rebuilt.
 */
import { DAY_MS } from '@/lib/dates';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
// The ESM locale, so it registers on the same moment instance vis-timeline uses.
import 'moment/dist/locale/es';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './timeline.css';
import type { DayWindow, Lang } from '@/view-state/defaults';
import { topicColor } from '@/lib/topic-colors';
import { dayWindowMs, toDayWindow, type TimelineGroupSpec, type TimelineItemSpec } from './to-timeline-items';
import { itemContent, itemTooltip, textNode } from './timeline-item-content';
import { bucketWindow, isBucket } from './to-timeline-buckets';
import { isCutAtEdge } from './is-cut-at-edge';

type VisItem = {
  id: string;
  group: string;
  start: string;
  end?: string;
  type: string;
  className: string;
  style: string;
  content: HTMLElement;
  title: HTMLElement;
};
type VisGroup = { id: string; content: HTMLElement; order: number };
type Box = { left: number; right: number; top: number; bottom: number };

export type ControllerCallbacks = {
  /** The reader clicked or tapped an item. */
  onSelect: (id: string) => void;
  /** The reader zoomed or panned (or the keyboard's item was moved into view). */
  onWindow: (w: DayWindow) => void;
  /** A plain wheel went over the timeline: the page scrolled; say how to zoom. */
  onPlainWheel: () => void;
};

/** Share of the visible stretch kept clear at each side when an item is moved into view (labels run right). */
const REVEAL_MARGIN = { left: 0.05, right: 0.3 };

/**
 * Everything an item draws from, as one string (each field, nested ones one level down): an item
 * is rebuilt only when this changes. Field by field, so a field added to the spec is never missed.
 */
const specKey = (spec: TimelineItemSpec) =>
  Object.values(spec)
    .map((v) => (v !== null && typeof v === 'object' ? Object.values(v).join('\u0002') : String(v)))
    .join('\u0001');

/** Far before any story: an item placed here is out of every window the timeline can show. */
const PARKED = { start: '1000-01-01T00:00:00.000Z', end: '1000-01-02T00:00:00.000Z' };
const parked = (item: VisItem): VisItem => ({
  ...item,
  start: PARKED.start,
  ...(item.end ? { end: PARKED.end } : {}),
});

export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private readonly groups = new DataSet<VisGroup>();
  private readonly specs = new Map<string, string>();
  private readonly contents = new Map<string, HTMLElement>();
  /** The space between each day's dot and its label, measured while it sits on the right. */
  private readonly gaps = new WeakMap<HTMLElement, number>();
  private selected: string | null = null;
  private focused: string | null = null;
  /** The keyboard's item to bring into the page's view once it is drawn. */
  private scrollPending: string | null = null;
  private frame = 0;
  private settled = false;

  /** Created showing `initial`: vis-timeline draws that stretch first, with nothing re-applied after. */
  constructor(
    private readonly container: HTMLElement,
    bounds: DayWindow,
    initial: DayWindow,
    lang: Lang,
    private readonly callbacks: ControllerCallbacks,
  ) {
    const b = dayWindowMs(bounds);
    const w = dayWindowMs(initial);
    const options: TimelineOptions = {
      // Dates are calendar days: draw the axis in UTC so no reader's time zone shifts them.
      moment: (date: moment.MomentInput) => moment(date).utc(),
      locale: lang,
      min: b.start,
      max: b.end,
      start: Math.max(w.start, b.start),
      end: Math.min(w.end, b.end),
      // Given, so vis-timeline does not hide itself until a range change that may never come
      // when it is created at its final window (it hides only to read the page's direction).
      rtl: false,
      zoomMin: DAY_MS * 2,
      zoomMax: b.end - b.start,
      orientation: 'top',
      stack: true,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      // The page scrolls through the timeline: its height follows its content (no inner scroll),
      // a plain wheel is left to the page and Ctrl + wheel (or a trackpad pinch) zooms.
      verticalScroll: false,
      horizontalScroll: false,
      zoomKey: 'ctrlKey',
      margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 100 },
      groupOrder: 'order',
    };
    this.timeline = new Timeline(container, this.items as never, this.groups as never, options);
    this.timeline.on('rangechanged', (p: { start: Date; end: Date; byUser: boolean }) => {
      if (p.byUser) this.callbacks.onWindow(toDayWindow(p.start, p.end));
      else if (!this.settled) {
        // vis-timeline finishes its first draw on the first redraw after its first range
        // change; ask for that redraw rather than wait for one (a slow CPU may not send one).
        this.settled = true;
        this.timeline.redraw();
      }
    });
    this.timeline.on('changed', () => this.afterDraw());
    container.addEventListener('wheel', this.onWheel, { capture: true, passive: false });
    this.timeline.on('select', (p: { items: string[]; event?: unknown }) => {
      const id = p.items[0];
      if (id && isBucket(id)) {
        // A bucket of many events: zoom into its stretch instead of selecting it.
        this.timeline.setSelection(this.selected ? [this.selected] : []);
        this.fit(bucketWindow(id));
      } else if (id && this.items.get(id)) this.callbacks.onSelect(id);
      else if (this.selected) this.timeline.setSelection([this.selected]);
    });
  }

  setLocale(lang: Lang) {
    this.timeline.setOptions({ locale: lang });
  }

  setGroups(specs: readonly TimelineGroupSpec[]) {
    const ids = new Set(specs.map((g) => g.id));
    this.groups.remove(this.groups.getIds().filter((id) => !ids.has(String(id))));
    this.groups.update(
      specs.map((g) => ({ id: g.id, order: g.order, content: textNode(g.label, 'tl-lane') })),
    );
  }

  /** Adds, updates and removes items so the timeline shows exactly these, touching only what changed. */
  setItems(specs: readonly TimelineItemSpec[]) {
    const ids = new Set(specs.map((s) => s.id));
    const gone = [...this.specs.keys()].filter((id) => !ids.has(id));
    gone.forEach((id) => {
      this.specs.delete(id);
      this.contents.delete(id);
    });
    const changed: VisItem[] = [];
    specs.forEach((spec, i) => {
      const key = specKey(spec);
      if (this.specs.get(spec.id) === key) return;
      this.specs.set(spec.id, key);
      const content = itemContent(spec);
      this.contents.set(spec.id, content);
      changed.push({
        id: spec.id,
        group: spec.group,
        start: spec.start,
        ...(spec.end ? { end: spec.end } : {}),
        type: spec.type,
        className: spec.className,
        style: `--tl-color: ${topicColor(spec.topic ?? '', i)}`,
        content,
        title: itemTooltip(spec),
      });
    });
    // vis-timeline draws and measures on its own each item it gets in view (added, or updated while
    // shown): one forced layout per item. Items that come into view by an update are drawn together
    // in the redraw that follows, every box read first, then written. So changed items arrive parked
    // out of view, then move to their dates, all in this one task (nothing is painted in between).
    const shown = changed.filter((item) => this.items.get(item.id) !== null).map((item) => item.id);
    this.items.remove([...gone, ...shown]);
    this.items.add(changed.map(parked));
    this.items.update(changed);
    if (this.selected && shown.includes(this.selected)) this.timeline.setSelection([this.selected]);
    this.markSelection();
  }

  /** Shows this stretch unless the view already shows it (to the day). */
  setWindow(w: DayWindow) {
    const current = this.timeline.getWindow();
    const shown = toDayWindow(current.start, current.end);
    if (shown.start !== w.start || shown.end !== w.end) this.apply(w);
  }

  private apply(w: DayWindow) {
    const ms = dayWindowMs(w);
    this.timeline.setWindow(ms.start, ms.end, { animation: false } as never);
  }

  zoom(direction: 'in' | 'out') {
    const still = { animation: false } as never;
    if (direction === 'in') this.timeline.zoomIn(0.5, still);
    else this.timeline.zoomOut(0.5, still);
    this.reportWindow();
  }

  fit(w: DayWindow) {
    this.apply(w);
    this.reportWindow();
  }

  select(id: string | null) {
    this.selected = id;
    this.timeline.setSelection(id ? [id] : []);
    this.markSelection();
    // No reveal here: a selection arrives with the window that shows it (view-state/shown-window.ts).
  }

  /** The keyboard's current item: outlined, named to screen readers, moved into view (in the timeline and the page). */
  setFocus(id: string | null) {
    if (this.focused) this.contents.get(this.focused)?.classList.remove('is-kbd-focus');
    this.focused = id;
    if (!id) return;
    this.contents.get(id)?.classList.add('is-kbd-focus');
    this.reveal(id);
    this.scrollPending = id;
    this.timeline.redraw();
  }

  destroy() {
    cancelAnimationFrame(this.frame);
    this.container.removeEventListener('wheel', this.onWheel, { capture: true });
    this.timeline.destroy();
  }

  /**
   * The wheel over the timeline. A plain vertical wheel is the page's (vis-timeline leaves it
   * alone with zoomKey set): say how to zoom. ⌘ + wheel zooms on a Mac (vis-timeline takes one
   * zoom key, Ctrl, which is also what a trackpad pinch sends); a sideways swipe pans.
   */
  private readonly onWheel = (e: WheelEvent) => {
    if (e.ctrlKey) return;
    if (e.metaKey) {
      e.preventDefault();
      const w = this.timeline.getWindow();
      const s = w.start.getTime();
      const span = w.end.getTime() - s;
      const at = this.timeline.getEventProperties(e).time?.getTime() ?? s + span / 2;
      const scale = e.deltaY < 0 ? 0.8 : 1.25;
      this.timeline.setWindow(at - (at - s) * scale, at + (s + span - at) * scale, {
        animation: false,
      } as never);
      this.reportWindow();
    } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      const w = this.timeline.getWindow();
      const shift = ((w.end.getTime() - w.start.getTime()) * e.deltaX) / 1000;
      this.timeline.setWindow(w.start.getTime() + shift, w.end.getTime() + shift, {
        animation: false,
      } as never);
      this.reportWindow();
    } else if (e.deltaY !== 0) this.callbacks.onPlainWheel();
  };

  /** After each draw (coalesced to one per frame): hide what the panel edge would cut; bring the keyboard's item into the page. */
  private afterDraw() {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const panel = this.container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      if (!panel) return;
      this.fitLabels(panel);
      const id = this.scrollPending;
      this.scrollPending = null;
      const box = id ? this.contents.get(id)?.closest('.vis-item')?.getBoundingClientRect() : undefined;
      if (box && box.height > 0) {
        const margin = 16;
        if (box.top < margin) window.scrollBy({ top: box.top - margin });
        else if (box.bottom > window.innerHeight - margin)
          window.scrollBy({ top: box.bottom - window.innerHeight + margin });
      }
    });
  }

  private markSelection() {
    for (const [id, el] of this.contents) el.setAttribute('aria-selected', String(id === this.selected));
    if (this.focused) this.contents.get(this.focused)?.classList.add('is-kbd-focus');
  }

  /**
   * Labels whole or not at all: a day's label that would run past the right edge goes to the
   * left of its dot when there is room there (nothing else in the way); any label or axis date
   * the panel's edge would still cut is hidden until the reader pans to it. Every box is read
   * first, then written, so the browser lays out once.
   */
  private fitLabels(panel: DOMRect) {
    const range = document.createRange();
    const texts = [
      ...this.container.querySelectorAll<HTMLElement>('.vis-item .tl-label, .vis-time-axis .vis-text'),
    ];
    const boxes = texts.map((el) => {
      if (el.classList.contains('tl-label')) return el.getBoundingClientRect();
      // An axis label's box is its whole cell (set by vis-timeline): measure its text instead.
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    });
    const dots = texts.map((el) =>
      el.closest('.vis-item.vis-point')?.querySelector('.vis-dot')?.getBoundingClientRect(),
    );
    // Where each label sits unflipped, and where it would sit on the left of its dot.
    const place = texts.map((el, i) => {
      const box = boxes[i]!;
      const dot = dots[i];
      // (A DOMRect's sides are getters: copy them, a spread would not.)
      const own = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      if (!dot || box.width === 0) return { right: own, left: null };
      const flipped = el.classList.contains('tl-flip');
      const gap = flipped ? (this.gaps.get(el) ?? 2) : box.left - dot.right;
      if (!flipped) this.gaps.set(el, gap);
      const right = {
        left: dot.right + gap,
        right: dot.right + gap + box.width,
        top: box.top,
        bottom: box.bottom,
      };
      const left = {
        left: dot.left - gap - box.width,
        right: dot.left - gap,
        top: box.top,
        bottom: box.bottom,
      };
      return { right, left };
    });
    const overlaps = (a: Box, b: Box) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const decided = place.map((p) => {
      if (!isCutAtEdge({ ...p.right, width: p.right.right - p.right.left }, panel)) return 'show';
      const l = p.left;
      if (!l || isCutAtEdge({ ...l, width: l.right - l.left }, panel)) return 'cut';
      const clear =
        place.every((q, j) => q === p || boxes[j]!.width === 0 || !overlaps(l, q.right)) &&
        dots.every((d) => !d || !overlaps(l, d));
      return clear ? 'flip' : 'cut';
    });
    texts.forEach((el, i) => {
      const d = decided[i];
      el.classList.toggle('tl-cut', d === 'cut');
      el.classList.toggle('tl-flip', d === 'flip');
      const p = place[i]!;
      // Only day labels move (vis-timeline places the axis dates with their own transform).
      if (p.left) el.style.transform = d === 'flip' ? `translateX(${p.left.left - p.right.left}px)` : '';
    });
  }

  /**
   * Moves the view (keeping the zoom) when the keyboard's item is outside it or so near an edge
   * that its label would be cut, and reports the new window.
   */
  private reveal(id: string) {
    const item = this.items.get(id);
    if (!item) return;
    const start = Date.parse(item.start);
    const end = item.end ? Date.parse(item.end) : start;
    const w = this.timeline.getWindow();
    const s = w.start.getTime();
    const span = w.end.getTime() - s;
    const m = REVEAL_MARGIN;
    if (start >= s + span * m.left && end <= s + span * (1 - m.right)) return;
    // The item a little inside the left edge, so its label runs into the view.
    const from = start - span * REVEAL_MARGIN.left * 2;
    this.timeline.setWindow(from, from + span, { animation: false } as never);
    this.reportWindow();
  }

  private reportWindow() {
    const w = this.timeline.getWindow();
    this.callbacks.onWindow(toDayWindow(w.start, w.end));
  }
}
