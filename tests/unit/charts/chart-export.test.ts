// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildExportSvg, svgText } from '@/features/charts/chart-export';

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
const meta = (title: string) => ({ title, units: 'USD', source: 'Sources: x', filters: 'No filters' });
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
