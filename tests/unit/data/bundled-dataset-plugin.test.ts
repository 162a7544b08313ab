import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../scripts/vite-plugin-bundled-dataset';
import mini from '../../fixtures/mini-dataset.json';

const write = (data: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'rift-')), 'dataset.json');
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
};
type Hooks = {
  config: (c: object, env: { command: string; mode: string }) => { define: Record<string, string> };
  buildStart: (this: { error: (m: string) => never }) => void;
};
const run = (file: string, command = 'build') => {
  const plugin = bundledDataset(file) as unknown as Hooks;
  const { define } = plugin.config({}, { command, mode: 'production' });
  const context = {
    error: (m: string): never => {
      throw new Error(m);
    },
  };
  plugin.buildStart.call(context);
  return JSON.parse(define.__BUNDLED_DATASET_SHA256__!) as string;
};

describe('the bundled-dataset build plugin', () => {
  it('compiles in the SHA-256 of a valid dataset', () => {
    const file = write(mini);
    expect(run(file)).toBe(createHash('sha256').update(JSON.stringify(mini)).digest('hex'));
  });

  it('fails the build on a dataset that breaks the contract, naming each problem', () => {
    const broken = structuredClone(mini);
    broken.events[0]!.actors[0] = 'trumpp';
    expect(() => run(write(broken))).toThrow(/events\[0\]\.actors\[0\]/);
  });

  it('fails the build on a file that is not JSON', () => {
    expect(() => run(write('{ nope'))).toThrow(/is not JSON/);
  });

  it('vouches for nothing outside a build (the dev server validates in the browser)', () => {
    expect(run(write('{ nope'), 'serve')).toBe('');
  });
});
