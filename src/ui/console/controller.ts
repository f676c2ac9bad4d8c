// The teacher's console in the game's window (the single source of truth: it holds the GameSession). It applies the
// teacher's commands — from the console overlay (Ctrl+Shift+X, behind a PIN) or from a console in a second window
// over BroadcastChannel — and broadcasts a snapshot after every change. While paused, a "Paused by the teacher"
// alert dialog covers the game and blocks its input (the turn screen stops the decision timer, see flags.ts).
import { appState } from '../app-state.js';
import { announce, button, el } from '../dom.js';
import { screenState } from '../panels/test-hook.js';
import { focusInitial } from '../scenes/overlay-scene.js';
import type { GameSession } from '../session.js';
import { autosave } from '../storage.js';
import { t } from '../strings.js';
import { setTeacherFlags, teacherFlags } from './flags.js';
import { ConsolePanel } from './panel.js';
import { currentPin, storePin } from './pin.js';
import { pinForm } from './pin-form.js';
import { CONSOLE_CHANNEL, parseMessage, stateMessage, type Ack, type Command, type ConsoleSnapshot } from './protocol.js';
import { eventsOf, snapshotOf } from './snapshot.js';
import { teacherReducer } from './state.js';
import { teaching } from './teaching.js';
import './console.css';

const POLL_MS = 400;
const HEARTBEAT_MS = 2000;

/** Whether the event is the console's key: Ctrl+Shift+X (Cmd+Shift+X on a Mac). */
export const isConsoleKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyX';

interface Outcome {
  ok: boolean;
  message: string | null;
}

class Controller {
  private channel: BroadcastChannel | null = null;
  private lastSent = '';
  private lastSentAt = 0;
  private lastSession: GameSession | null = null;
  private overlay: HTMLElement | null = null;
  private panel: ConsolePanel | null = null;
  private pauseDialog: HTMLElement | null = null;
  private focusBefore: Element | null = null;

  install(): void {
    try {
      this.channel = new BroadcastChannel(CONSOLE_CHANNEL);
      this.channel.addEventListener('message', (event: MessageEvent) => this.receive(event.data));
    } catch {
      this.channel = null;
    }
    window.addEventListener('keydown', (event) => this.guardKeys(event), true);
    window.setInterval(() => this.publish(null), POLL_MS);
    this.publish(null);
  }

  snapshot(): ConsoleSnapshot {
    return snapshotOf(appState.session, teacherFlags(), screenState().phase);
  }

  /**
   * Sends the snapshot when it changed, at least every HEARTBEAT_MS (so that a second window knows the game's window
   * is there), and always with an answer to one console.
   */
  private publish(ack: Ack | null): void {
    const session = appState.session;
    if (session !== this.lastSession) {
      // A new game starts with the fog as its teams chose it.
      this.lastSession = session;
      if (teacherFlags().revealed) this.setTeacher({ ...teacherFlags(), revealed: false });
    }
    const snapshot = this.snapshot();
    const json = JSON.stringify(snapshot);
    const now = Date.now();
    if (ack === null && json === this.lastSent && now - this.lastSentAt < HEARTBEAT_MS) return;
    this.lastSent = json;
    this.lastSentAt = now;
    this.panel?.update(snapshot);
    try {
      this.channel?.postMessage(stateMessage(snapshot, ack));
    } catch {
      // A closed channel: the second window is simply not updated.
    }
  }

  private receive(data: unknown): void {
    const message = parseMessage(data);
    if (!message || message.kind !== 'command') return;
    const pin = currentPin();
    let outcome: Outcome;
    if (pin === null) outcome = { ok: false, message: t('console.pin.unset', { key: t('console.key') }) };
    else if (message.pin !== pin) outcome = { ok: false, message: t('console.pin.wrong') };
    else outcome = this.apply(message.command);
    this.publish({ to: message.from, ok: outcome.ok, message: outcome.message });
  }

  /** Applies a command to the game; says what happened (or why not). */
  apply(command: Command): Outcome {
    const session = appState.session;
    switch (command.kind) {
      case 'hello':
        return { ok: true, message: null };
      case 'pause':
      case 'resume':
      case 'reveal':
      case 'hide': {
        if ((command.kind === 'reveal' || command.kind === 'hide') && !session) return { ok: false, message: t('console.noGame') };
        this.setTeacher(teacherReducer(teacherFlags(), command));
        const said = {
          pause: 'console.paused',
          resume: 'console.resumed',
          reveal: 'console.revealed',
          hide: 'console.hidden',
        } as const;
        return { ok: true, message: t(said[command.kind]) };
      }
      case 'inject': {
        if (!session) return { ok: false, message: t('console.noGame') };
        const api = teaching(session);
        if (!api) return { ok: false, message: t('console.unavailable') };
        const event = eventsOf(session).find((e) => e.id === command.event);
        const name = event?.name ?? command.event;
        const refusal = api.inject(command.event);
        if (refusal) return { ok: false, message: t('console.inject.refused', { name, reason: refusal.replace(/\.$/, '') }) };
        this.save();
        return { ok: true, message: t('console.inject.done', { name }) };
      }
      case 'annotate': {
        if (!session) return { ok: false, message: t('console.noGame') };
        const api = teaching(session);
        if (!api) return { ok: false, message: t('console.unavailable') };
        const refusal = api.annotate(command.text.trim());
        if (refusal) return { ok: false, message: t('console.note.refused', { reason: refusal.replace(/\.$/, '') }) };
        this.save();
        const notes = this.snapshot().notes;
        return { ok: true, message: t('console.note.added', { label: notes.at(-1)?.label ?? '' }) };
      }
    }
  }

  private save(): void {
    const session = appState.session;
    if (!session) return;
    const saved = autosave(session);
    if (!saved.ok) announce(saved.error.message);
  }

  private setTeacher(next: ReturnType<typeof teacherFlags>): void {
    const before = teacherFlags();
    setTeacherFlags(next);
    if (before.paused !== next.paused) this.showPause(next.paused);
  }

  // ------------------------------------------------------------ input while paused or while the console is open

  private guardKeys(event: KeyboardEvent): void {
    if (isConsoleKey(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (this.overlay) this.closeOverlay();
      else if (!isConsoleWindow()) this.openOverlay();
      return;
    }
    // The console's own keys go to its controls; the overlay stops them before the game's screens (see openOverlay).
    if (this.overlay !== null && event.target instanceof Node && this.overlay.contains(event.target)) return;
    if (this.overlay || teacherFlags().paused) {
      // Paused (or the console is open): the game takes no key; Tab stays in the dialog.
      event.stopImmediatePropagation();
      event.preventDefault();
      if (this.overlay) focusInitial(this.overlay);
      else this.pauseDialog?.focus();
    }
  }

  private updateInert(): void {
    const ui = document.getElementById('ui');
    if (ui) ui.inert = this.overlay !== null || teacherFlags().paused;
  }

  private showPause(paused: boolean): void {
    if (paused && !this.pauseDialog) {
      const headingId = 'console-paused-heading';
      const bodyId = 'console-paused-body';
      const dialog = el('div', {
        className: 'console-paused',
        attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': headingId, 'aria-describedby': bodyId, tabindex: '-1' },
        children: [
          el('div', {
            className: 'console-paused__box',
            children: [
              el('h2', { text: t('console.pausedOverlay.heading'), attrs: { id: headingId } }),
              el('p', { text: t('console.pausedOverlay.body'), attrs: { id: bodyId } }),
            ],
          }),
        ],
      });
      this.pauseDialog = dialog;
      if (!this.overlay) this.focusBefore = document.activeElement;
      document.body.insertBefore(dialog, this.overlay);
      this.updateInert();
      if (!this.overlay) dialog.focus();
    } else if (!paused && this.pauseDialog) {
      this.pauseDialog.remove();
      this.pauseDialog = null;
      this.updateInert();
      if (!this.overlay) this.restoreFocus();
    }
    announce(paused ? t('console.pausedOverlay.heading') : t('console.resumed'));
  }

  private restoreFocus(): void {
    const before = this.focusBefore;
    this.focusBefore = null;
    if (before instanceof HTMLElement && before.isConnected && !before.closest('[inert]')) before.focus();
    else {
      const panel = document.querySelector<HTMLElement>('#ui > .panel');
      if (panel) focusInitial(panel);
    }
  }

  // ------------------------------------------------------------ the overlay in the game's window

  openOverlay(): void {
    if (this.overlay) return;
    if (!this.pauseDialog) this.focusBefore = document.activeElement;
    const close = button(t('console.close'), () => this.closeOverlay(), { className: 'secondary' });
    const body = el('div', { className: 'console-overlay__body' });
    const overlay = el('div', {
      className: 'console-overlay',
      attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': t('console.title') },
      children: [
        el('div', {
          className: 'console-overlay__box',
          children: [
            body,
            el('div', { className: 'actions', children: [close, el('span', { className: 'keys-hint', text: t('console.escHint') })] }),
          ],
        }),
      ],
    });
    overlay.addEventListener('keydown', (event) => {
      // Number keys and Enter in the console never reach the game's screens (their default action stays).
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closeOverlay();
      }
    });
    this.overlay = overlay;
    document.body.append(overlay);
    this.updateInert();
    const unlocked = (): void => {
      const status = el('p', { className: 'status', attrs: { role: 'status' } });
      const second = button(t('console.window.open'), () => {
        const url = `${location.pathname}#console`;
        const opened = window.open(url, 'td-console');
        status.textContent = opened ? t('console.window.opened') : t('console.window.blocked', { url });
      });
      const panel = new ConsolePanel(
        (command) => {
          const outcome = this.apply(command);
          panel.say(outcome.message, !outcome.ok);
          if (outcome.ok && command.kind === 'annotate') panel.clearNote();
          this.publish(null);
        },
        [el('div', { className: 'actions', children: [second] }), status],
      );
      this.panel = panel;
      panel.update(this.snapshot());
      body.replaceChildren(panel.root);
      focusInitial(panel.root);
      announce(t('console.opened'));
    };
    const pin = currentPin();
    const form = pinForm(pin === null ? 'set' : 'enter', (typed) => {
      if (pin === null) {
        storePin(typed);
        unlocked();
      } else if (typed === pin) unlocked();
      else form.say(t('console.pin.wrong'), true);
    });
    body.append(form.root);
    focusInitial(form.root);
  }

  closeOverlay(): void {
    if (!this.overlay) return;
    this.overlay.remove();
    this.overlay = null;
    this.panel = null;
    this.updateInert();
    if (this.pauseDialog) this.pauseDialog.focus();
    else this.restoreFocus();
  }
}

export const isConsoleWindow = (): boolean => /^#console\b/.test(location.hash);

let installed: Controller | null = null;

/** Starts the console in the game's window (once): the key, the channel, the snapshots. */
export function installConsole(): void {
  if (installed || isConsoleWindow()) return;
  installed = new Controller();
  installed.install();
}
