// Finds a Chromium for the end-to-end tests, on Linux, macOS and Windows: $CHROMIUM_PATH, else
// Playwright's own Chromium when `npx playwright install chromium` has put one in place, else the
// usual system paths of Chromium and Chrome.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const windowsRoots = [
  process.env.PROGRAMFILES,
  process.env['PROGRAMFILES(X86)'],
  process.env.LOCALAPPDATA,
].filter(Boolean);

export const CANDIDATES = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: windowsRoots.flatMap((root) => [
    join(root, 'Chromium', 'Application', 'chrome.exe'),
    join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
  ]),
};
const candidates = () => CANDIDATES[process.platform] ?? CANDIDATES.linux;

/** Playwright's own Chromium, when installed (its path is known even when the file is missing). */
function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return playwrightChromium() ?? candidates().find((p) => existsSync(p)) ?? null;
}

export const NO_CHROMIUM = `No Chromium found for the end-to-end tests.
Install one (npx playwright install chromium; or Debian/Ubuntu: sudo apt-get install -y chromium) or point
CHROMIUM_PATH at a Chromium or Chrome binary.
Looked at: ${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : `Playwright's Chromium, ${candidates().join(', ')}`}`;

// The flags this machine's closed network needs (no background connections, no sandbox as root).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
