/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { bundledDataset } from './scripts/vite-plugin-bundled-dataset';
import { prerenderFirstScreen } from './scripts/vite-plugin-prerender';

/**
 * The content security policy of the built app (docs/deploy.md, "Content-Security-Policy").
 * Everything comes from the page's own host; images may also be data: and blob: URLs (the chart
 * PNG export draws an SVG data URL on a canvas). No inline script or style; no plugins; no
 * <base> elsewhere. `frame-ancestors` cannot be set in a <meta> tag: hosts set it as a header.
 */
const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  // `?data=` may name a dataset on any https host that allows CORS (docs/your-own-feud.md).
  'connect-src': "'self' https:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const cspMeta = (directives: Record<string, string> = CSP_DIRECTIVES) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The content security policy as a <meta> tag in the built index.html (the dev server runs without it). */
const contentSecurityPolicy = (): Plugin => ({
  name: 'rift-tracker-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  // Relative asset paths: the built folder works from any host and any sub-path.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), bundledDataset(), prerenderFirstScreen()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 700 },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // Vitest blanks CSS imports; the theme's colour tokens are read as text (src/lib/theme-colors.ts).
    css: { include: [/styles\/theme\.css\?raw$/] },
    // The app tests render the whole page in jsdom; beside the static checks on a busy 2-core
    // machine that can take longer than Vitest's 5 s default.
    testTimeout: 20_000,
  },
});
