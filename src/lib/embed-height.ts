/**
 * In an iframe, tells the parent page how tall the content is, each time it changes, so the host's
 * snippet (embed-snippet.ts) can size the frame to fit. The message carries only a number.
 */
import { HEIGHT_MESSAGE } from './embed-snippet';

export function reportHeight(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.scrollHeight);
    if (height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(win.document.body);
  send();
  return () => observer.disconnect();
}
