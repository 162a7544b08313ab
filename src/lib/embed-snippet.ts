/** The iframe snippet that embeds a view in an article. Attribute values are escaped. */
const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const EMBED_HEIGHT = 760;

export function embedSnippet(src: string, title: string, height = EMBED_HEIGHT): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
