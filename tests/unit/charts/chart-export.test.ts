// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  buildExportSvg,
  flowLegend,
  footerLines,
  svgText,
  MIN_CONTENT,
} from '@/features/charts/kit/chart-export';

const NS = 'http://www.w3.org/2000/svg';

/** A small chart whose labels and attributes carry text from the data. */
function plotWith(label: string) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '300');
  svg.setAttribute('height', '200');
  const text = document.createElementNS(NS, 'text');
  text.textContent = label;
  text.setAttribute('aria-label', label);
  svg.append(text);
  return svg;
}
const meta = (title: string) => ({
  title,
  units: 'USD',
  source: 'Sources: x',
  filters: 'No filters',
  credit: 'Chart: Rift Tracker · https://example.org/rift/',
  legend: [],
});
/** A legend swatch as the card draws it: an 18×12 SVG. */
function swatch(fill: string) {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '12');
  const rect = document.createElementNS(NS, 'rect');
  rect.setAttribute('fill', fill);
  svg.append(rect);
  return svg;
}
const isWellFormed = (xml: string) =>
  new DOMParser().parseFromString(xml, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;

describe('buildExportSvg', () => {
  it.each([
    ['NUL', 'Petro\u0000'],
    ['escape', '\u001B[31m'],
    ['vertical tab', 'a\u000Bb'],
    ['a lone surrogate', 'x\uD800'],
    ['markup', '</text><script>alert(1)</script>'],
  ])('writes well-formed XML when a label holds %s', (_, label) => {
    const xml = svgText(buildExportSvg(plotWith(label), meta(label)));
    expect(isWellFormed(xml)).toBe(true);
    expect(xml).not.toContain('<script');
  });

  it('keeps the words of the labels', () => {
    const xml = svgText(buildExportSvg(plotWith('Aranceles\u0000 de 25 %'), meta('Tariffs\u0007')));
    expect(xml).toContain('Aranceles de 25 %');
    expect(xml).toContain('>Tariffs<');
  });
});

describe('the downloaded chart’s frame', () => {
  it('carries the legend: each swatch with its colour, and its label', () => {
    const legend = [
      { swatch: swatch('#1d4ed8'), label: 'US on Colombian goods' },
      { swatch: swatch('#b45309'), label: 'Colombia on US goods' },
    ];
    const xml = svgText(buildExportSvg(plotWith('x'), { ...meta('Tariffs'), legend }));
    expect(xml).toContain('>US on Colombian goods</text>');
    expect(xml).toContain('>Colombia on US goods</text>');
    expect(xml).toContain('fill="#1d4ed8"');
    expect(xml).toContain('fill="#b45309"');
  });

  it('ends with the credit line: the dashboard’s name and link', () => {
    const xml = svgText(buildExportSvg(plotWith('x'), meta('Tariffs')));
    expect(xml).toContain('>Chart: Rift Tracker · https://example.org/rift/</text>');
  });

  it.each([
    [
      'a chart that follows the filters',
      'View: events involving Gustavo Petro.',
      ['Sources: x', 'View: events involving Gustavo Petro.', 'Credit'],
    ],
    ['a chart that does not', null, ['Sources: x', 'Credit']],
  ])('lists the filters only for %s', (_, filters, lines) => {
    expect(footerLines({ source: 'Sources: x', filters, credit: 'Credit' })).toEqual(lines);
  });

  it('scales a narrow plot up so it fills the image’s width', () => {
    const svg = buildExportSvg(plotWith('x'), meta('Tariffs'));
    const plot = svg.querySelector('svg')!;
    expect(Number(plot.getAttribute('width'))).toBe(MIN_CONTENT);
    expect(Number(svg.getAttribute('width'))).toBe(MIN_CONTENT + 32);
    // 300×200 drawn at MIN_CONTENT wide keeps its proportions, through a viewBox of its own size.
    expect(Number(plot.getAttribute('height'))).toBe(Math.round((200 * MIN_CONTENT) / 300));
    expect(plot.getAttribute('viewBox')).toBe('0 0 300 200');
  });
});

describe('flowLegend', () => {
  it.each([
    ['all fit on one row', ['a', 'b', 'c'], 400, [0, 0, 0]],
    ['the third wraps', ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc'], 200, [0, 0, 1]],
    ['each on its own row', ['aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb'], 100, [0, 1]],
  ])('places entries left to right, wrapping when %s', (_, labels, width, rows) => {
    const places = flowLegend(labels, width, 6);
    expect(places.map((p) => p.row)).toEqual(rows);
    expect(places[0]!.x).toBe(0);
  });
});
