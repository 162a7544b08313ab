import { describe, expect, it } from 'vitest';
import { embedSnippet, resizeScript } from '@/lib/embed-snippet';
import { viewLink } from '@/view-state/view-link';
import { defaultView } from '@/view-state/defaults';

describe('embedSnippet', () => {
  it('builds an iframe with an escaped address and title, marked for the resize script', () => {
    expect(embedSnippet('https://x.org/?actor=petro&q="a"<b>', 'Rift & co', 700).split('\n')[0]).toBe(
      '<iframe src="https://x.org/?actor=petro&amp;q=&quot;a&quot;&lt;b&gt;" title="Rift &amp; co" width="100%" height="700" style="border:0;max-width:100%" loading="lazy" data-rift-tracker></iframe>',
    );
  });
  it('adds the resize script that accepts messages from the dashboard’s origin only', () => {
    const snippet = embedSnippet('https://rift.example/tracker/?embed=1', 'Rift');
    expect(snippet.split('\n')[1]).toBe(resizeScript('https://rift.example'));
    expect(snippet).toContain('e.origin!=="https://rift.example"');
  });
  it('cannot be broken out of by the origin', () => {
    expect(resizeScript('https://a</script><b>')).not.toContain('</script><b>');
  });
});

describe('viewLink', () => {
  const base = { origin: 'https://rift.example', pathname: '/tracker/' };
  it.each([
    [{}, 'https://rift.example/tracker/'],
    [
      { actor: ['trump', 'petro'], month: { from: '2025-09', to: '2025-09' } },
      'https://rift.example/tracker/?actor=petro,trump&month=2025-09',
    ],
    [{ embed: true, lang: 'es' as const }, 'https://rift.example/tracker/?lang=es&embed=1'],
  ])('%j', (patch, expected) => expect(viewLink({ ...defaultView('en'), ...patch }, base)).toBe(expected));
});
