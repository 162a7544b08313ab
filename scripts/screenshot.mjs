// Screenshots of the built app in headless Chromium, for looking at what we build.
// Usage: node scripts/screenshot.mjs BASE_URL OUT_DIR [name=query ...]
// Each shot is taken at desktop (1440×900) and phone (390×844) width, full page.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './find-chromium.mjs';

const [base = 'http://127.0.0.1:4173/', out = 'screenshots/tmp', ...shots] = process.argv.slice(2);
const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const sizes = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };
for (const shot of shots.length ? shots : ['home=']) {
  const [name, query = ''] = shot.split(/=(.*)/s);
  for (const [size, viewport] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    await page.goto(`${base}${query ? `?${query}` : ''}`);
    await page.waitForSelector('[data-testid="result-counts"], [role="alert"]');
    // Let the lazy panels (timeline, charts) draw before the picture.
    await page.waitForSelector('[data-testid="timeline"] .vis-item', { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(800);
    const file = `${out}/${name}-${size}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
