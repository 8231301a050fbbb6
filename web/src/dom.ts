/** Builds DOM from plain values: every piece of text goes in through text nodes, never as HTML. */

export interface ElementOptions {
  class?: string;
  text?: string;
  title?: string;
  data?: Record<string, string>;
  attrs?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.class !== undefined) element.className = options.class;
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.title = options.title;
  for (const [name, value] of Object.entries(options.data ?? {})) element.dataset[name] = value;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  element.append(...children); // strings become text nodes
  return element;
}

/** A button that reads as a link; `type=button` so it never submits a form around it. */
export function link(text: string, onClick: () => void, className: string): HTMLButtonElement {
  const button = el('button', { class: `link ${className}`, text, attrs: { type: 'button' } });
  button.addEventListener('click', onClick);
  return button;
}

/** `text` with `[start, end)` wrapped in a `<mark>`; offsets outside the text are clamped. */
export function markedText(text: string, start: number, end: number): DocumentFragment {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const fragment = document.createDocumentFragment();
  if (from > 0) fragment.append(text.slice(0, from));
  fragment.append(el('mark', { text: text.slice(from, to) }));
  if (to < text.length) fragment.append(text.slice(to));
  return fragment;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`kg page: no element #${id} in index.html`);
  return element as T;
}
