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
export function button(
  label: string,
  onPress: () => void,
  options: { className?: string; hint?: string; disabled?: boolean } = {},
): HTMLButtonElement {
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
let pendingAnnouncement: number | undefined;

export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes repeated identical messages announced again; a newer message replaces one still pending.
  window.clearTimeout(pendingAnnouncement);
  region.textContent = '';
  pendingAnnouncement = window.setTimeout(() => (region.textContent = text), 30);
}

/** A visually hidden heading or label target that screen readers still read. */
export const VISUALLY_HIDDEN = 'visually-hidden';

/** Arrow keys (and Home/End) move focus among the items of a list or menu; returns the handler's remover. */
export function arrowNavigation(
  container: HTMLElement,
  selector = 'button:not([disabled]), a[href]',
  orientation: 'vertical' | 'horizontal' | 'both' = 'vertical',
): () => void {
  const handler = (event: KeyboardEvent): void => {
    const prev = orientation === 'horizontal' ? ['ArrowLeft'] : orientation === 'vertical' ? ['ArrowUp'] : ['ArrowUp', 'ArrowLeft'];
    const next = orientation === 'horizontal' ? ['ArrowRight'] : orientation === 'vertical' ? ['ArrowDown'] : ['ArrowDown', 'ArrowRight'];
    const items = Array.from(container.querySelectorAll<HTMLElement>(selector)).filter(
      (item) => item.offsetParent !== null || item === document.activeElement,
    );
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    let target: number | null = null;
    if (prev.includes(event.key)) target = (index - 1 + items.length) % items.length;
    else if (next.includes(event.key)) target = (index + 1) % items.length;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = items.length - 1;
    if (target === null) return;
    event.preventDefault();
    items[target]?.focus();
  };
  container.addEventListener('keydown', handler);
  return () => container.removeEventListener('keydown', handler);
}

/** A labelled group of native radio buttons (arrows move within it natively); returns the fieldset and a value getter. */
export function radioGroup<V extends string>(
  legend: string,
  name: string,
  options: readonly { value: V; label: string; hint?: string }[],
  chosen: V,
  onChange?: (value: V) => void,
): { fieldset: HTMLFieldSetElement; value: () => V; set: (value: V) => void } {
  const fieldset = el('fieldset', { className: 'radio-group', children: [el('legend', { text: legend })] });
  const inputs: HTMLInputElement[] = [];
  for (const option of options) {
    const input = el('input', { attrs: { type: 'radio', name, value: option.value } });
    input.checked = option.value === chosen;
    input.addEventListener('change', () => {
      if (input.checked) onChange?.(option.value);
    });
    inputs.push(input);
    const label = el('label', { className: 'radio', children: [input, el('span', { className: 'radio-label', text: option.label })] });
    if (option.hint) {
      // The hint describes the option; only the label names it (a short accessible name).
      const hintId = `${name}-${option.value}-hint`.replace(/[^A-Za-z0-9_-]/g, '_');
      input.setAttribute('aria-describedby', hintId);
      label.append(el('span', { className: 'radio-hint', text: option.hint, attrs: { id: hintId } }));
    }
    fieldset.append(label);
  }
  return {
    fieldset,
    value: () => (inputs.find((i) => i.checked)?.value ?? chosen) as V,
    set: (value) => {
      for (const input of inputs) input.checked = input.value === value;
    },
  };
}

/** Whether a key event's target takes typing (screens' single-key shortcuts leave those keys alone). */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'range', 'file'].includes(target.type);
}

/** Focus on mount: an element marked data-autofocus, else the first heading (made focusable), else the first control. */
export function focusInitial(panel: HTMLElement): void {
  const target =
    panel.querySelector<HTMLElement>('[data-autofocus]') ??
    panel.querySelector<HTMLElement>('h1, h2') ??
    panel.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]');
  if (!target) return;
  if (/^H[1-6]$/.test(target.tagName) && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
