// npm run size: the gzipped size of each built chunk, and of what loads before first paint
// (the entry script, its modulepreloads and the stylesheets named in dist/index.html, and the app's
// start chunk with the chunks it preloads, which the entry asks for once the first screen is painted). A budget:
// exits non-zero when what loads before first paint passes 150 kB gzipped (issues 10 and 14; npm test counts it).
// Builds first when the build folder (SIZE_DIST, else dist/) is missing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';

const dist = process.env.SIZE_DIST ?? 'dist';
export const FIRST_PAINT_BUDGET = 150 * 1024;

if (
  !existsSync(join(dist, 'index.html')) &&
  spawnSync('npx', ['vite', 'build', '--outDir', dist], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  }).status !== 0
)
  process.exit(1);

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const files = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css|json)$/.test(f))
  .map((f) => {
    const path = join(dist, 'assets', f);
    const raw = readFileSync(path);
    return { file: `assets/${f}`, size: statSync(path).size, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstPaint = new Set(
  [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
);
// The entry (src/main.tsx) asks for the app (src/app/start.tsx) as soon as the first screen is on
// screen: that chunk and the chunks it preloads (Vite's __vite__mapDeps list in the entry) are what
// the first screen needs to work, so they count toward the budget as before.
for (const file of [...firstPaint].filter((f) => f.endsWith('.js'))) {
  const deps = /__vite__mapDeps=.*?m\.f=\[([^\]]*)\]/s.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
  for (const m of deps?.matchAll(/"\.\/([^"]+\.(?:js|css))"/g) ?? []) firstPaint.add(`assets/${m[1]}`);
}

console.log('chunk'.padEnd(48), 'raw'.padStart(10), 'gzip'.padStart(10), ' first paint');
for (const f of files)
  console.log(
    f.file.padEnd(48),
    kb(f.size).padStart(10),
    kb(f.gzip).padStart(10),
    firstPaint.has(f.file) ? ' yes' : '',
  );
const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
const before = files.filter((f) => firstPaint.has(f.file));
console.log(
  `\nbefore first paint: ${kb(sum(before))} gzipped in ${before.length} files (${before.map((f) => f.file).join(', ')})`,
);
console.log(`all chunks: ${kb(sum(files))} gzipped in ${files.length} files`);

const firstPaintSize = sum(before);
if (firstPaintSize > FIRST_PAINT_BUDGET) {
  console.error(
    `over budget: ${kb(firstPaintSize)} before first paint, the budget is ${kb(FIRST_PAINT_BUDGET)} gzipped`,
  );
  process.exit(1);
}
console.log(`within budget: ${kb(firstPaintSize)} of ${kb(FIRST_PAINT_BUDGET)} before first paint`);
