/**
 * Validates the bundled dataset (data/dataset.json) when the app is built, so the browser need not:
 * a build with an invalid dataset fails with every problem and its JSON path, and the SHA-256 of
 * the validated bytes is compiled into the app (__BUNDLED_DATASET_SHA256__). At run time,
 * load-dataset.ts skips the validator (zod, its own chunk) only when the fetched bytes have exactly
 * that digest; anything else (an edited file in development, a file or address the reader opens, a
 * response a proxy changed) is validated as before.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { validateDataset } from '../src/data/validate-dataset';

export function bundledDataset(file = 'data/dataset.json'): Plugin {
  let bytes: Buffer;
  let building = false;
  return {
    name: 'rift:bundled-dataset',
    config(_, { command }) {
      building = command === 'build';
      bytes = readFileSync(file);
      // Only a production build vouches for the bytes; in development the file may change under it.
      const digest = building ? createHash('sha256').update(bytes).digest('hex') : '';
      return { define: { __BUNDLED_DATASET_SHA256__: JSON.stringify(digest) } };
    },
    buildStart() {
      if (!building) return;
      let raw: unknown;
      try {
        raw = JSON.parse(bytes.toString('utf8'));
      } catch (error) {
        this.error(`${file} is not JSON: ${(error as Error).message}`);
      }
      const result = validateDataset(raw);
      if (!result.ok)
        this.error(
          `${file} breaks the dataset contract (npm run data:check lists the same):\n` +
            result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
        );
    },
  };
}
