/** Builds DOM nodes. Text always goes in as text, never as HTML: nothing from the sheet is ever parsed. */
export type Child = Node | string | null | undefined | false | 0;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  fill(node, children, false);
  return node;
}

/** Puts the children into the node (after what it holds, or instead of it); false, null and the like are skipped. */
export function fill(node: Node, children: Child[], replace = true): void {
  if (replace) node.textContent = '';
  for (const child of children) {
    if (typeof child === 'string') node.appendChild(document.createTextNode(child));
    else if (child) node.appendChild(child);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing from the sidebar`);
  return node as T;
}

/** The URL when it is an absolute http(s) address, else undefined: `javascript:` and the like never become links. */
export function safeHttpUrl(text: string): string | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link that opens in a new tab for a safe http(s) URL; otherwise the text as it is, not a link. */
export function externalLink(url: string, text: string): HTMLElement {
  const href = safeHttpUrl(url);
  if (!href) return el('span', { className: 'unlinked', text: url });
  return el('a', { text, attrs: { href, target: '_blank', rel: 'noopener' } });
}
