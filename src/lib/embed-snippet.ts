/**
 * The snippet that embeds a view in an article: the iframe, and a few lines of script that let the
 * embedded page set the iframe's height (it posts `{ type: 'rift-tracker:height', height }` to its
 * parent whenever its content changes height; see embed-height.ts). Attribute values are escaped.
 */
const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The height the iframe starts at, and keeps where the host page runs no script. */
export const EMBED_HEIGHT = 760;
export const HEIGHT_MESSAGE = 'rift-tracker:height';

/** The host page's listener: only messages from the dashboard's origin, only to the iframe that sent them. */
export function resizeScript(origin: string): string {
  const o = JSON.stringify(origin).replace(/</g, '\\u003c');
  return `<script>addEventListener("message",function(e){if(e.origin!==${o}||!e.data||e.data.type!=="${HEIGHT_MESSAGE}")return;document.querySelectorAll("iframe[data-rift-tracker]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px"})});</script>`;
}

export function embedSnippet(src: string, title: string, height = EMBED_HEIGHT): string {
  const iframe = `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" data-rift-tracker></iframe>`;
  return `${iframe}\n${resizeScript(new URL(src).origin)}`;
}
