/**
 * Every imperative vis-timeline call lives here. Created and destroyed in one effect
 * (timeline-view.tsx); updated through its DataSets when the filters change, never rebuilt.
 */
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

export type ControllerCallbacks = {
  /** The reader clicked or tapped an item. */
  onSelect: (id: string) => void;
  /** The reader zoomed or panned (or the controller moved the view to reveal an item). */
  onWindow: (w: DayWindow) => void;
};

const DAY_MS = 86_400_000;

/**
 * Everything an item draws from, as one string (each field, nested ones one level down): an item
 * is rebuilt only when this changes. Field by field, so a field added to the spec is never missed.
 */
const specKey = (spec: TimelineItemSpec) =>
  Object.values(spec)
    .map((v) => (v !== null && typeof v === 'object' ? Object.values(v).join('\u0002') : String(v)))
    .join('\u0001');

export class TimelineController {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private readonly groups = new DataSet<VisGroup>();
  private readonly specs = new Map<string, string>();
  private readonly contents = new Map<string, HTMLElement>();
  private selected: string | null = null;
  private focused: string | null = null;
  /** The window last asked for; re-applied once vis-timeline's own first fit has run. */
  private wanted: DayWindow | null = null;

  constructor(
    container: HTMLElement,
    bounds: DayWindow,
    lang: Lang,
    private readonly callbacks: ControllerCallbacks,
  ) {
    const b = dayWindowMs(bounds);
    const options: TimelineOptions = {
      // Dates are calendar days: draw the axis in UTC so no reader's time zone shifts them.
      moment: (date: moment.MomentInput) => moment(date).utc(),
      locale: lang,
      min: b.start,
      max: b.end,
      start: b.start,
      end: b.end,
      zoomMin: DAY_MS * 2,
      zoomMax: b.end - b.start,
      orientation: 'top',
      stack: true,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      verticalScroll: true,
      maxHeight: 460,
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 100 },
      groupOrder: 'order',
    };
    this.timeline = new Timeline(container, this.items as never, this.groups as never, options);
    this.timeline.on('rangechanged', (p: { start: Date; end: Date; byUser: boolean }) => {
      if (p.byUser) this.callbacks.onWindow(toDayWindow(p.start, p.end));
    });
    // vis-timeline sets its start/end options once, on its first 'changed' event, which can
    // come after our first setWindow: ask again then.
    const afterFirstDraw = () => {
      this.timeline.off('changed', afterFirstDraw);
      if (this.wanted) this.apply(this.wanted);
    };
    this.timeline.on('changed', afterFirstDraw);
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
      const topic = /tl-topic-([\w-]+)/.exec(spec.className)?.[1] ?? '';
      changed.push({
        id: spec.id,
        group: spec.group,
        start: spec.start,
        ...(spec.end ? { end: spec.end } : {}),
        type: spec.type,
        className: spec.className,
        style: `--tl-color: ${topicColor(topic, i)}`,
        content,
        title: itemTooltip(spec),
      });
    });
    this.items.remove(gone);
    this.items.update(changed);
    this.markSelection();
  }

  /** Shows this stretch unless the view already shows it (to the day). */
  setWindow(w: DayWindow) {
    const current = this.timeline.getWindow();
    const shown = toDayWindow(current.start, current.end);
    this.wanted = w;
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
    if (id) this.reveal(id);
  }

  /** The keyboard's current item: outlined, named to screen readers, moved into view. */
  setFocus(id: string | null) {
    if (this.focused) this.contents.get(this.focused)?.classList.remove('is-kbd-focus');
    this.focused = id;
    if (!id) return;
    this.contents.get(id)?.classList.add('is-kbd-focus');
    this.reveal(id);
  }

  destroy() {
    this.timeline.destroy();
  }

  private markSelection() {
    for (const [id, el] of this.contents) el.setAttribute('aria-selected', String(id === this.selected));
    if (this.focused) this.contents.get(this.focused)?.classList.add('is-kbd-focus');
  }

  /** Moves the view (keeping the zoom) when an item is outside it, and reports the new window. */
  private reveal(id: string) {
    const item = this.items.get(id);
    if (!item) return;
    const start = Date.parse(item.start);
    const end = item.end ? Date.parse(item.end) : start;
    const w = this.timeline.getWindow();
    if (start >= w.start.getTime() && end <= w.end.getTime()) return;
    this.timeline.moveTo((start + end) / 2, { animation: false } as never);
    this.reportWindow();
  }

  private reportWindow() {
    const w = this.timeline.getWindow();
    this.wanted = toDayWindow(w.start, w.end);
    this.callbacks.onWindow(this.wanted);
  }
}
