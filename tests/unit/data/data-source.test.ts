import { describe, expect, it } from 'vitest';
import { originLabel, parseDataUrl } from '@/data/data-source';

describe('parseDataUrl', () => {
  const page = 'https://rift.example';
  it.each<[string, string, string | null]>([
    ['an https address', 'https://news.example/feud.json', 'https://news.example/feud.json'],
    [
      'an https address with a port and a query',
      'https://news.example:8443/f?id=1',
      'https://news.example:8443/f?id=1',
    ],
    [
      'the host written in capitals, made canonical',
      'https://NEWS.example/f.json',
      'https://news.example/f.json',
    ],
    ['plain http elsewhere', 'http://news.example/f.json', null],
    ['plain http on the page’s own origin', 'http://localhost:4207/f.json', 'http://localhost:4207/f.json'],
    ['a script', 'javascript:alert(1)', null],
    ['a data: address', 'data:application/json,{}', null],
    ['a file: address', 'file:///etc/passwd', null],
    ['a relative path', 'feud.json', null],
    ['credentials in the address', 'https://u:p@news.example/f.json', null],
    ['an overlong address', `https://news.example/${'a'.repeat(2000)}`, null],
  ])('%s', (_, raw, expected) => {
    const origin = raw.startsWith('http://localhost:4207') ? 'http://localhost:4207' : page;
    expect(parseDataUrl(raw, origin)).toBe(expected);
  });

  it('refuses plain http when the page has no origin', () => {
    expect(parseDataUrl('http://localhost/f.json', 'null')).toBeNull();
  });

  it('names the host, with its port', () => {
    expect(originLabel('https://news.example:8443/f.json')).toBe('news.example:8443');
  });
});
