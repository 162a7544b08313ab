/**
 * The page's entry: the stylesheet, then the app once the first screen the build wrote into
 * index.html (scripts/vite-plugin-prerender.ts) is on screen. The app's code (app/start.tsx and what
 * it imports) is asked for only after that paint: its download never competes with the stylesheet,
 * and none of its work comes before the first screen.
 */
import { importChunk, reloadOnStaleChunks } from './lib/import-chunk';
import { afterFirstPaint } from './lib/after-first-paint';
import './styles.css';

// After a new deployment, a chunk name this page knows may be gone: reload once to get the new ones.
reloadOnStaleChunks();

const start = () => void importChunk(() => import('./app/start'));
// A link to another view has the written screen hidden (public/first-screen-view.js): there is no
// first paint to wait for, the app draws the first screen.
if (document.documentElement.classList.contains('first-screen-off')) start();
else afterFirstPaint(start);
