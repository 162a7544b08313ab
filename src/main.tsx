/**
 * The page's entry: the stylesheet, then the app once the browser has painted the first screen the
 * build wrote into index.html (scripts/vite-plugin-prerender.ts). The app's code (app/start.tsx and
 * what it imports) is asked for only after that paint, so its download never competes with the
 * stylesheet for the first paint and the first screen is on screen before any of the app's work.
 */
import { importChunk, reloadOnStaleChunks } from './lib/import-chunk';
import { afterNextPaint } from './lib/after-next-paint';
import './styles.css';

// After a new deployment, a chunk name this page knows may be gone: reload once to get the new ones.
reloadOnStaleChunks();

afterNextPaint(() => void importChunk(() => import('./app/start')));
