/**
 * A chart as a file: its SVG plot, scaled to fill the image, framed with the title, units, the legend,
 * the source line, the view's filters (only for a chart that follows them) and a credit line with
 * the dashboard's name and link; as SVG or PNG. Every text goes in through textContent.
 */
import { sanitizeText } from '@/lib/sanitize-text';
import { CARD, INK, SUBTLE, TEXT } from './palette';

const NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
/** The narrowest content width; a plot is drawn at its own width above it, so the frame's text keeps the plot's scale. */
export const MIN_CONTENT = 320;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
/** Average width of a character at 11 px, to lay out text without measuring it. */
const CHAR_11 = 6.2;

/** A legend entry as the card shows it: its swatch (an 18×12 SVG) and its label. */
export type LegendEntry = { swatch: SVGSVGElement | null; label: string };
export type ChartMeta = {
  title: string;
  units: string;
  source: string;
  /** The view's filters in words; only for a chart that follows them. */
  filters: string | null;
  /** "Rift Tracker · https://…" */
  credit: string;
  legend: readonly LegendEntry[];
};

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** Where each legend entry goes: left to right, wrapping to a new row when the next would pass `width`. Pure. */
export function flowLegend(labels: readonly string[], width: number, charW = CHAR_11) {
  const gap = 14;
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const w = 22 + label.length * charW;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    const at = { x, row };
    x += w + gap;
    return at;
  });
}

/** The texts under the plot, in order: the source line, the filters when given, the credit. Pure. */
export const footerLines = (meta: Pick<ChartMeta, 'source' | 'filters' | 'credit'>): string[] =>
  [meta.source, meta.filters, meta.credit].filter((s): s is string => !!s);

function textBlock(
  doc: Document,
  lines: string[],
  x: number,
  y: number,
  size: number,
  weight = 400,
  fill = INK,
) {
  const g = doc.createElementNS(NS, 'g');
  lines.forEach((content, i) => {
    const t = doc.createElementNS(NS, 'text');
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y + i * size * 1.35));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', String(weight));
    t.setAttribute('fill', fill);
    t.textContent = sanitizeText(content);
    g.append(t);
  });
  return { node: g, height: lines.length * size * 1.35 };
}

/**
 * A copy of an SVG fit for a file: no control characters in its texts or attributes (they would make
 * the XML malformed and the PNG undecodable), no scripts or foreign HTML.
 */
export function cleanCopy(plot: SVGSVGElement): SVGSVGElement {
  const clone = plot.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('script, foreignObject').forEach((node) => node.remove());
  const doc = clone.ownerDocument;
  const walker = doc.createTreeWalker(clone, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.nodeValue = sanitizeText(node.nodeValue ?? '');
  for (const el of [clone, ...clone.querySelectorAll('*')])
    for (const attr of [...el.attributes]) {
      const clean = sanitizeText(attr.value);
      if (clean !== attr.value) el.setAttribute(attr.name, clean);
    }
  return clone;
}

/** The legend as SVG: each swatch copied from the card, its label beside it. */
function legendBlock(doc: Document, legend: readonly LegendEntry[], x0: number, y0: number, width: number) {
  const g = doc.createElementNS(NS, 'g');
  const places = flowLegend(
    legend.map((e) => e.label),
    width,
  );
  legend.forEach((entry, i) => {
    const { x, row } = places[i]!;
    const y = y0 + row * 18;
    if (entry.swatch) {
      const swatch = cleanCopy(entry.swatch);
      swatch.removeAttribute('class');
      for (const [k, v] of [
        ['x', x0 + x],
        ['y', y - 10],
        ['width', 18],
        ['height', 12],
      ] as const)
        swatch.setAttribute(k, String(v));
      g.append(swatch);
    }
    g.append(textBlock(doc, [entry.label], x0 + x + 22, y, 11, 400, TEXT).node);
  });
  const rows = places.length ? Math.max(...places.map((p) => p.row)) + 1 : 0;
  return { node: g, height: rows * 18 };
}

/** The plot, scaled to the content width (its own coordinates kept in a viewBox). */
function scaledPlot(plot: SVGSVGElement, x: number, y: number, width: number) {
  const box = plot.getBoundingClientRect();
  const w = Math.round(box.width || Number(plot.getAttribute('width')) || 400);
  const h = Math.round(box.height || Number(plot.getAttribute('height')) || 240);
  const clone = cleanCopy(plot);
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
  const height = Math.round((h * width) / w);
  for (const [k, v] of [
    ['x', x],
    ['y', y],
    ['width', width],
    ['height', height],
  ] as const)
    clone.setAttribute(k, String(v));
  return { node: clone, height };
}

export function buildExportSvg(
  plot: SVGSVGElement,
  meta: ChartMeta,
  doc: Document = document,
): SVGSVGElement {
  const plotW = Math.round(plot.getBoundingClientRect().width || Number(plot.getAttribute('width')) || 400);
  const content = Math.max(plotW, MIN_CONTENT);
  const width = content + PAD * 2;
  const chars = Math.floor(content / CHAR_11);
  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('font-family', FONT);
  const bg = doc.createElementNS(NS, 'rect');
  for (const [k, v] of [
    ['width', '100%'],
    ['height', '100%'],
    ['fill', CARD],
  ] as const)
    bg.setAttribute(k, v);
  svg.append(bg);

  let y = PAD + 14;
  const title = textBlock(doc, wrap(meta.title, Math.floor(chars * 0.7)), PAD, y, 16, 700);
  y += title.height;
  const units = textBlock(doc, wrap(meta.units, chars), PAD, y, 11, 400, SUBTLE);
  y += units.height + 4;
  const body = scaledPlot(plot, PAD, y, content);
  y += body.height + 18;
  const legend = legendBlock(doc, meta.legend, PAD, y, content);
  y += legend.height + (legend.height ? 6 : 0);
  const footer = textBlock(
    doc,
    footerLines(meta).flatMap((l) => wrap(l, chars)),
    PAD,
    y,
    11,
    400,
    TEXT,
  );
  y += footer.height + PAD - 8;

  svg.append(title.node, units.node, body.node, legend.node, footer.node);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(Math.ceil(y)));
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(y)}`);
  return svg;
}

export const svgText = (svg: SVGSVGElement) => new XMLSerializer().serializeToString(svg);

/** Draws the SVG on a canvas at `scale` and returns it as PNG. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
