// Base class of every screen: a Phaser scene whose text interface is a DOM panel mounted in #ui above the canvas.
// The panel is mounted on create and removed, with every listener registered through `listen`, on shutdown.
import { Phaser } from '../phaser.js';
import { focusInitial, isTextField, overlayRoot } from '../dom.js';
import { restCanvasWhenStill } from './canvas-rest.js';

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
    this.onShutdown(restCanvasWhenStill(this));
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
