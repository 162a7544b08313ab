/**
 * A chart as a file: its SVG plot framed with the title, units, source line and the view's
 * filters, as SVG or PNG. Every text goes in through textContent.
 */
import { sanitizeText } from '@/lib/sanitize-text';

const NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

export type ChartMeta = { title: string; units: string; source: string; filters: string };

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

function textBlock(
  doc: Document,
  lines: string[],
  x: number,
  y: number,
  size: number,
  weight = 400,
  fill = '#0f172a',
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
 * A copy of the chart's SVG fit for a file: no control characters in its texts or attributes (they
 * would make the XML malformed and the PNG undecodable), no scripts or foreign HTML.
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

export function buildExportSvg(
  plot: SVGSVGElement,
  meta: ChartMeta,
  doc: Document = document,
): SVGSVGElement {
  const box = plot.getBoundingClientRect();
  const plotW = Math.round(box.width || Number(plot.getAttribute('width')) || 400);
  const plotH = Math.round(box.height || Number(plot.getAttribute('height')) || 240);
  const width = Math.max(plotW, 420) + PAD * 2;
  const chars = Math.floor((width - PAD * 2) / 6.2);

  const svg = doc.createElementNS(NS, 'svg');
  svg.setAttribute('font-family', FONT);
  const bg = doc.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  svg.append(bg);

  let y = PAD + 14;
  const title = textBlock(doc, wrap(meta.title, Math.floor(chars * 0.75)), PAD, y, 16, 700);
  y += title.height;
  const units = textBlock(doc, wrap(meta.units, chars), PAD, y, 11, 400, '#475569');
  y += units.height + 4;
  const clone = cleanCopy(plot);
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(plotW));
  clone.setAttribute('height', String(plotH));
  y += plotH + 14;
  const source = textBlock(doc, wrap(meta.source, chars), PAD, y, 11, 400, '#334155');
  y += source.height;
  const filters = textBlock(doc, wrap(meta.filters, chars), PAD, y, 11, 400, '#334155');
  y += filters.height + PAD - 8;

  svg.append(title.node, units.node, clone, source.node, filters.node);
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
