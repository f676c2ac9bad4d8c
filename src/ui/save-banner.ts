// The banner that says the game is no longer being saved (autosave failed: storage full, disabled, or a write that
// did not read back), with the game as a replay file to download; it goes away when an autosave succeeds again.
// Fixed at the top of the window; the screens below move down by its height, so it covers nothing.
import { announce, button, el } from './dom.js';
import { onSaveHealth, type SaveHealth } from './save-health.js';
import type { GameSession } from './session.js';
import { t } from './strings.js';
import './save-banner.css';

const HEIGHT_VAR = '--td-banner-height';

/** The replay of the game so far, as the JSON file the debrief's "Download" writes. */
export function replayFile(session: GameSession): { name: string; text: string } {
  const replay = session.replay();
  const seed = replay.seed.replace(/[^\w.-]+/g, '_').slice(0, 40);
  return { name: `trust-deficit-${replay.scenario}-${seed}.replay.json`, text: `${JSON.stringify(replay, null, 2)}\n` };
}

class SaveBanner {
  private root: HTMLElement | null = null;
  private body: HTMLElement | null = null;
  private status: HTMLElement | null = null;
  /** The kind of trouble on screen, and the one the player hid. */
  private kind: string | null = null;
  private hiddenFor: string | null = null;
  private session: GameSession | null = null;
  private readonly resize = new ResizeObserver(() => this.place());

  update(health: SaveHealth): void {
    if (health.saving) {
      if (this.root) announce(t('storage.banner.saving'));
      this.remove();
      this.hiddenFor = null;
      return;
    }
    this.session = health.session;
    this.kind = health.error.kind;
    // Hidden by the player: shown again only for a different trouble.
    if (this.hiddenFor === health.error.kind) return;
    this.hiddenFor = null;
    if (!this.root) this.create();
    this.body!.textContent = t('storage.banner.body', { reason: health.error.message });
  }

  private create(): void {
    const headingId = 'td-save-banner-heading';
    this.body = el('p', { className: 'td-save-banner__body' });
    this.status = el('p', { className: 'td-save-banner__status', attrs: { role: 'status' } });
    const download = button(t('storage.banner.download'), () => this.download(), { className: 'td-primary' });
    const hide = button(t('storage.banner.hide'), () => this.hide(), { className: 'secondary' });
    this.root = el('section', {
      className: 'td-save-banner',
      attrs: { role: 'alert', 'aria-labelledby': headingId },
      children: [
        el('div', {
          className: 'td-save-banner__text',
          children: [el('h2', { text: t('storage.banner.heading'), attrs: { id: headingId } }), this.body, this.status],
        }),
        el('div', { className: 'td-save-banner__actions', children: [download, hide] }),
      ],
    });
    document.body.prepend(this.root);
    this.resize.observe(this.root);
    this.place();
  }

  private download(): void {
    if (!this.session || !this.status) return;
    try {
      const file = replayFile(this.session);
      const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
      const link = el('a', { attrs: { href: url, download: file.name } });
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.status.textContent = t('storage.banner.downloaded', { file: file.name });
    } catch (error) {
      this.status.textContent = t('storage.banner.downloadFailed', { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private hide(): void {
    const focusWasHere = this.root?.contains(document.activeElement) ?? false;
    this.hiddenFor = this.kind;
    this.remove();
    // Back to where the screen puts the focus (a turn's first card, not the menu button before it), else its first control.
    if (focusWasHere)
      (
        document.querySelector<HTMLElement>('#ui [data-autofocus]') ??
        document.querySelector<HTMLElement>('#ui button:not([aria-disabled="true"]), #ui [tabindex="-1"]')
      )?.focus();
  }

  private remove(): void {
    if (!this.root) return;
    this.resize.unobserve(this.root);
    this.root.remove();
    this.root = null;
    this.body = null;
    this.status = null;
    this.place();
  }

  private height = 0;

  /** The screens start below the banner; what measures itself on a window resize (the map's slot) measures again. */
  private place(): void {
    const height = Math.ceil(this.root ? this.root.getBoundingClientRect().height : 0);
    if (height === this.height) return;
    this.height = height;
    document.documentElement.style.setProperty(HEIGHT_VAR, `${height}px`);
    window.dispatchEvent(new Event('resize'));
  }
}

let installed = false;

/** Starts listening to the autosaves (once). */
export function installSaveBanner(): void {
  if (installed) return;
  installed = true;
  const banner = new SaveBanner();
  onSaveHealth((health) => banner.update(health));
}
