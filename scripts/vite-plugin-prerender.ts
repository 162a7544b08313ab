/**
 * Writes the first screen into the built index.html (between <!--first-screen--> and
 * <!--/first-screen-->): src/app/prerender.tsx renders it from data/dataset.json with
 * react-dom/server, through a Vite SSR loader so aliases, TSX and the catalogs work as in the app.
 * No inline script is added (the content security policy allows none). main.tsx loads the app once
 * this screen is painted; public/first-screen-view.js hides it first for a link to another view;
 * app/start.tsx keeps it on screen until the app can draw the same screen, then replaces it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';

const START = '<!--first-screen-->';
const END = '<!--/first-screen-->';

export function prerenderFirstScreen(file = 'data/dataset.json'): Plugin {
  return {
    name: 'rift:prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const from = html.indexOf(START);
        const to = html.indexOf(END);
        if (from < 0 || to < from) throw new Error(`index.html has no ${START}…${END} block to fill`);
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          plugins: [react()],
          resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        });
        try {
          const { renderFirstScreen } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
            renderFirstScreen: (d: unknown) => string;
          };
          const screen = renderFirstScreen(JSON.parse(readFileSync(file, 'utf8')));
          // The marker tells app/start.tsx which language the written screen is in (and styles.css what to hide).
          return `${html.slice(0, from + START.length)}${screen}${html.slice(to)}`.replace(
            '<div id="root">',
            '<div id="root" data-first-screen="en">',
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
