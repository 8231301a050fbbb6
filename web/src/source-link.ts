/**
 * Where a document comes from, as a link when it may safely be one: only an http(s) URL is linked
 * (a `javascript:` or `data:` URL from an input file must never run), in a new tab that gets
 * neither this page's window nor its address. Anything else is shown as text: the file path.
 */
import { el } from './dom.js';

export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link named by the site it goes to (`en.wikinews.org`), or the source path as text. */
export function sourceLink(url: string | undefined, source: string): HTMLElement {
  const href = safeHttpUrl(url);
  if (href === undefined) return el('span', { class: 'source-path', text: url ?? source, title: url === undefined ? 'where the text was read from' : 'not an http(s) address: not linked' });
  return el('a', {
    class: 'source-link',
    text: new URL(href).hostname,
    title: href,
    attrs: { href, target: '_blank', rel: 'noopener noreferrer' },
  });
}
