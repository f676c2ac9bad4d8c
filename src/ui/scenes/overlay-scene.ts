// Base class of every screen: a Phaser scene whose text interface is a DOM panel mounted in #ui above the canvas.
// The panel is mounted on create and removed, with every listener registered through `listen`, on shutdown.
import { Phaser } from '../phaser.js';
import { el, overlayRoot } from '../dom.js';
import type { SceneKey } from './keys.js';
import { startScene } from './navigation.js';

export abstract class OverlayScene<Data extends object = Record<string, unknown>> extends Phaser.Scene {
  /** The mounted panel, or null before create and after shutdown. */
  protected panel: HTMLElement | null = null;
  private cleanups: (() => void)[] = [];

  constructor(key: string) {
    super({ key });
  }

  /** Builds the screen's DOM panel (text only: el/button/textContent, never HTML). */
  protected abstract buildPanel(data: Data): HTMLElement;

  /** Phaser drawing for the screen, run before the panel mounts; override as needed. */
  protected draw(_data: Data): void {}

  /** Escape: go back. Return false (or do not override) when the screen has no "back". */
  protected back(): boolean {
    return false;
  }

  /** Extra keys for the screen (number keys…); called for keydowns not in a text field. Return true when handled. */
  protected onKey(_event: KeyboardEvent): boolean {
    return false;
  }

  create(data: Data): void {
    this.cleanups = [];
    const teardown = (): void => this.teardown();
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, teardown);
    this.events.once(Phaser.Scenes.Events.DESTROY, teardown);
    this.draw(data);
    this.mount(this.buildPanel(data));
    this.listen(document, 'keydown', (event) => this.handleKey(event));
  }

  /** Puts a panel in #ui (replacing this scene's previous one) and moves focus into it. */
  protected mount(panel: HTMLElement, focus: boolean = true): void {
    const previous = this.panel;
    panel.classList.add('panel');
    panel.dataset.scene = this.sys.settings.key;
    if (previous?.isConnected) previous.replaceWith(panel);
    else overlayRoot().append(panel);
    this.panel = panel;
    if (focus) focusInitial(panel);
  }

  /** Adds an event listener removed automatically at shutdown. */
  protected listen<K extends keyof DocumentEventMap>(target: Document, type: K, handler: (event: DocumentEventMap[K]) => void): void;
  protected listen<K extends keyof WindowEventMap>(target: Window, type: K, handler: (event: WindowEventMap[K]) => void): void;
  protected listen<K extends keyof HTMLElementEventMap>(
    target: HTMLElement,
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
  ): void;
  protected listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler);
    this.cleanups.push(() => target.removeEventListener(type, handler));
  }

  /** Runs a function at shutdown (timers, subscriptions). */
  protected onShutdown(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  /** Starts another screen (lazily loading its code if needed). */
  protected go(key: SceneKey, data: object = {}): void {
    void startScene(this, key, data);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || !this.panel) return;
    if (event.key === 'Escape') {
      if (this.back()) event.preventDefault();
      return;
    }
    if (isTextField(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (this.onKey(event)) event.preventDefault();
  }

  private teardown(): void {
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // A cleanup failing must not stop the others.
      }
    }
    this.panel?.remove();
    this.panel = null;
  }
}

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

/** A panel skeleton: a section labelled by its heading. */
export function panelWithHeading(
  heading: string,
  className = 'panel--center',
): { panel: HTMLElement; heading: HTMLHeadingElement; body: HTMLElement } {
  const id = `h-${Math.abs(hashCode(heading)).toString(36)}`;
  const h = el('h1', { text: heading, attrs: { id } });
  const body = el('div', { className: 'panel-body' });
  const panel = el('section', { className, attrs: { 'aria-labelledby': id }, children: [h, body] });
  return { panel, heading: h, body };
}

function hashCode(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
