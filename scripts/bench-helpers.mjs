// Shared parts of the benchmark (scripts/bench.mjs): command-line flags, the synthetic dataset, the
// built app served on its own port, percentiles and plain-text tables. Figures only: nothing passes or fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';

/** `--name value` from the command line, else `fallback`; `flag('name')` for a bare `--name`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith('--')
    ? process.argv[i + 1]
    : fallback;
};
export const flag = (name) => process.argv.includes(`--${name}`);

const vite = 'node_modules/vite/bin/vite.js';

/** Builds into `dist` when asked to or when there is no build there yet; exits on a failed build. */
export function ensureBuild(dist, force) {
  if (!force && existsSync(`${dist}/index.html`)) return;
  if (spawnSync('node', [vite, 'build', '--outDir', dist], { stdio: 'inherit' }).status !== 0)
    process.exit(1);
}

/**
 * A synthetic dataset of that size (scripts/make-synthetic.ts), valid against the schema; made again
 * whenever the bundled dataset (its base, and the schema it must pass) is newer. Returns its path.
 */
export function ensureSynthetic(events, quotes) {
  const out = `.tmp/synthetic-${events}-${quotes}.json`;
  if (existsSync(out) && statSync(out).mtimeMs >= statSync('data/dataset.json').mtimeMs) return out;
  const made = spawnSync(
    'npx',
    ['tsx', 'scripts/make-synthetic.ts', '--events', `${events}`, '--quotes', `${quotes}`, '--out', out],
    { stdio: 'inherit', shell: process.platform === 'win32' },
  );
  if (made.status !== 0) process.exit(1);
  return out;
}

/** Serves the built app as a static host would (one process, ended by its own id); resolves with stop(). */
export async function serve(dist, port) {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'node',
    [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist],
    { stdio: 'ignore' },
  );
  const stop = () => server.exitCode === null && server.kill('SIGTERM');
  process.on('exit', stop);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 150) throw new Error(`no server at ${base}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop };
}

/** Nearest-rank percentile of the numbers in `xs` (undefined ones left out). */
export const pct = (xs, p) => {
  const s = xs.filter((x) => x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] : undefined;
};
export const ms = (x) => (x === undefined || Number.isNaN(x) ? '–' : `${Math.round(x)}`);

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(cols, rows) {
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) =>
    r.map((x, i) => (i ? String(x).padStart(widths[i]) : String(x).padEnd(widths[i]))).join('  ');
  console.log(line(cols));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

export const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

export function gitHead() {
  const r = spawnSync('git', ['log', '-1', '--format=%h %s'], { encoding: 'utf8' });
  return (r.stdout ?? '').trim().slice(0, 72);
}
