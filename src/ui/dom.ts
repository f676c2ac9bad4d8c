// DOM helpers for the interface overlay: content is always set as text, never parsed as HTML.

export interface ElementOptions {
  text?: string;
  className?: string;
  attrs?: Record<string, string>;
  children?: (Node | string)[];
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.text !== undefined) node.textContent = options.text;
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  for (const child of options.children ?? []) node.append(child);
  return node;
}

/** A real button with an accessible name; `hint` becomes its description (aria-describedby). */
export function button(label: string, onPress: () => void, options: { className?: string; hint?: string; disabled?: boolean } = {}): HTMLButtonElement {
  const node = el('button', { text: label, className: options.className ?? '', attrs: { type: 'button' } });
  if (options.disabled) node.setAttribute('aria-disabled', 'true');
  node.addEventListener('click', () => {
    if (node.getAttribute('aria-disabled') !== 'true') onPress();
  });
  return node;
}

/** The overlay root above the game canvas, where every screen mounts its panel. */
export function overlayRoot(): HTMLElement {
  return document.getElementById('ui') ?? document.body;
}

/** Says something to screen readers through the polite live region. */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes repeated identical messages announced again.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = text), 30);
}
