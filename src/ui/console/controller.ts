// The teacher's console in the game's window (the single source of truth: it holds the GameSession). It applies the
// teacher's commands — from the console overlay (Ctrl+Shift+X, behind a PIN) or from console windows it opened itself,
// each paired over a private MessagePort (see protocol.ts) — and sends those windows a snapshot after every change.
// The PIN is kept only as a salted PBKDF2 hash (pin-hash.ts); wrong PINs, in the overlay or in a window, lock the
// console out for longer and longer (lockout.ts). While paused, a "Paused by the teacher" alert dialog covers the game
// and blocks its input (the turn screen stops the decision timer, see flags.ts); the pause outlives a reload of the tab.
import { announce, button, el, focusInitial } from '../dom.js';
import type { GameSession } from '../session.js';
import { currentScreen, currentSession, currentTurnStep, shell } from '../shell/shell.js';
import { isHandover, type Screen } from '../shell/screens.js';
import { autosave } from '../storage.js';
import { t } from '../strings.js';
import { announceGameEnded, setTeacherFlags, teacherFlags } from './flags.js';
import { afterWrongPin, lockedFor, noLockout, waitText } from './lockout.js';
import { ConsolePanel } from './panel.js';
import { storedLockout, storedPaused, storedPinRecord, storeLockout, storePaused, storePinRecord } from './pin.js';
import { makePinRecord, pinMatches, proofMatches, randomHex, type PinRecord } from './pin-hash.js';
import { pinForm } from './pin-form.js';
import {
  challengeMessage,
  noPinMessage,
  pairingMessage,
  parseConsoleMessage,
  parsePairingMessage,
  stateMessage,
  type Ack,
  type Command,
  type ConsoleSnapshot,
  type GameMessage,
} from './protocol.js';
import { eventsOf, snapshotOf } from './snapshot.js';
import { teacherReducer } from './state.js';
import { teaching } from './teaching.js';
import './console.css';

/** Screens without the console's button: the class board, the replay viewer, the role cards and the lesson kit. */
const NO_CONSOLE_BUTTON = new Set<Screen>(['classBoard', 'replayViewer', 'roleCards', 'lessonKit']);
const HEARTBEAT_MS = 2000;
/**
 * The one timer left: console windows learn that this window is there from a snapshot at least every HEARTBEAT_MS
 * (they report it lost after three missed), and a closed window is only seen by looking; every change is pushed at once.
 */
const WATCHDOG_MS = HEARTBEAT_MS / 2;

/** Whether the event is the console's key: Ctrl+Shift+X (Cmd+Shift+X on a Mac). */
export const isConsoleKey = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyX';

interface Outcome {
  ok: boolean;
  message: string | null;
}

/** One console window this tab opened, paired over its own port. */
interface Paired {
  source: Window;
  port: MessagePort;
  /** Whether it has proved the PIN on this port. */
  unlocked: boolean;
  /** The challenge it must answer (one use), or null. */
  challenge: string | null;
  /** A proof is being checked: others wait for its answer. */
  checking: boolean;
}

/** Whether a window was opened by this tab (its opener is us): the only windows that may pair. */
function openedHere(source: unknown): source is Window {
  try {
    return typeof source === 'object' && source !== null && (source as Window).opener === window;
  } catch {
    // A window of another origin: its properties are out of reach.
    return false;
  }
}

class Controller {
  private paired: Paired[] = [];
  private lastSent = '';
  private lastSentAt = 0;
  private lastSession: GameSession | null = null;
  /** The subscription to the game actor of the session in progress. */
  private watching: { unsubscribe(): void } | null = null;
  private overlay: HTMLElement | null = null;
  private panel: ConsolePanel | null = null;
  private pauseDialog: HTMLElement | null = null;
  private focusBefore: Element | null = null;
  private opener: HTMLButtonElement | null = null;
  /** The name of this tab's console window: not guessable, so no other page can reach it with window.open. */
  private readonly windowName = `td-console-${randomHex(8)}`;

  install(): void {
    // A visible way in, for a touch-only tablet with no keyboard shortcut; the PIN still guards what is behind it.
    this.opener = button(t('console.open'), () => this.openOverlay(), { className: 'console-open secondary' });
    this.opener.title = t('console.open.label');
    document.body.append(this.opener);
    window.addEventListener('message', (event: MessageEvent) => this.pairingRequest(event));
    window.addEventListener('keydown', (event) => this.guardKeys(event), true);
    // Pushed, not polled: every change of the shell (screen, hand-over, pause, reveal, a new game) and of the game.
    shell.subscribe(() => this.publish(null));
    window.setInterval(() => this.publish(null), WATCHDOG_MS);
    // A reload of the game's tab does not lift the teacher's pause.
    if (storedPaused()) this.setTeacher({ ...teacherFlags(), paused: true });
    this.publish(null);
  }

  /** The snapshot; `hidden`: with both sides' hidden state, for the paired console windows only. */
  snapshot(hidden = false): ConsoleSnapshot {
    return snapshotOf(currentSession(), teacherFlags(), isHandover(currentTurnStep()) ? 'handover' : currentScreen(), hidden);
  }

  /**
   * Sends the snapshot to every unlocked console window when it changed, at least every HEARTBEAT_MS (so that a window
   * knows the game's window is there), and with the answer to the window that sent a command.
   */
  private publish(ack: Ack | null, to: Paired | null = null): void {
    this.placeOpener();
    const session = currentSession();
    if (session !== this.lastSession) {
      // A new game starts with the fog as its teams chose it.
      this.lastSession = session;
      this.watching?.unsubscribe();
      this.watching = session ? session.actor.subscribe(() => this.publish(null)) : null;
      if (teacherFlags().revealed) this.setTeacher({ ...teacherFlags(), revealed: false });
    }
    for (const p of this.paired.filter((x) => x.source.closed)) p.port.close();
    this.paired = this.paired.filter((x) => !x.source.closed);
    const full = this.snapshot(true);
    const json = JSON.stringify(full);
    const now = Date.now();
    if (ack === null && json === this.lastSent && now - this.lastSentAt < HEARTBEAT_MS) return;
    this.lastSent = json;
    this.lastSentAt = now;
    // The overlay is on the shared screen: it never shows the hidden state (the fog of trust holds there).
    this.panel?.update({ ...full, private: null });
    for (const p of this.paired) if (p.unlocked) this.send(p, stateMessage(full, p === to ? ack : null));
  }

  /** The visible button: away while the console is open, and on the screens where it has nothing to do (it would cover their tables). */
  private placeOpener(): void {
    if (!this.opener) return;
    this.opener.hidden = this.overlay !== null || NO_CONSOLE_BUTTON.has(currentScreen());
  }

  private send(p: Paired, message: GameMessage): void {
    try {
      p.port.postMessage(message);
    } catch {
      // A closed port: that window is simply not updated.
    }
  }

  // ------------------------------------------------------------ pairing and the PIN over the port

  /** A console window this tab opened asks for its port (again after either window reloaded). */
  private pairingRequest(event: MessageEvent): void {
    if (event.origin !== location.origin || parsePairingMessage(event.data)?.kind !== 'ready') return;
    const source = event.source;
    if (!openedHere(source)) return;
    const before = this.paired.find((p) => p.source === source);
    before?.port.close();
    const channel = new MessageChannel();
    const p: Paired = { source, port: channel.port1, unlocked: false, challenge: null, checking: false };
    this.paired = [...this.paired.filter((x) => x !== before), p];
    channel.port1.addEventListener('message', (e: MessageEvent) => void this.fromConsole(p, e.data));
    channel.port1.start();
    source.postMessage(pairingMessage('port'), location.origin, [channel.port2]);
  }

  /** A new challenge for a window (or "set a PIN first"), with why the last proof was refused. */
  private challenge(p: Paired, message: string | null): void {
    const record = storedPinRecord();
    if (!record) {
      p.challenge = null;
      this.send(p, noPinMessage(t('console.pin.unset', { key: t('console.key') })));
      return;
    }
    p.challenge = randomHex(32);
    const now = Date.now();
    const retryInMs = lockedFor(storedLockout(now), now);
    this.send(p, challengeMessage({ salt: record.salt, iterations: record.iterations, challenge: p.challenge, message, retryInMs }));
  }

  private async fromConsole(p: Paired, data: unknown): Promise<void> {
    const message = parseConsoleMessage(data);
    if (!message || !this.paired.includes(p) || p.checking) return;
    if (message.kind === 'hello') return this.challenge(p, null);
    if (message.kind === 'proof') return this.checkProof(p, message.challenge, message.proof, message.typed);
    if (!p.unlocked) return this.challenge(p, null);
    const outcome = this.apply(message.command);
    this.publish({ ok: outcome.ok, message: outcome.message }, p);
  }

  private async checkProof(p: Paired, challenge: string, proof: string, typed: boolean): Promise<void> {
    const record = storedPinRecord();
    if (!record || p.challenge === null || challenge !== p.challenge) return this.challenge(p, null);
    // One use: a replayed or second answer to this challenge is never checked.
    p.challenge = null;
    const now = Date.now();
    const wait = lockedFor(storedLockout(now), now);
    if (wait > 0) return this.challenge(p, t('console.pin.locked', { wait: waitText(wait) }));
    p.checking = true;
    let right = false;
    try {
      right = await proofMatches(record, challenge, proof);
    } finally {
      p.checking = false;
    }
    if (!right) return this.challenge(p, this.wrongPin());
    // A window reconnecting with the key it kept proves nothing typed: it does not clear someone else's wrong tries.
    if (typed) storeLockout(noLockout);
    p.unlocked = true;
    this.publish({ ok: true, message: null }, p);
  }

  /** Counts a wrong PIN; says so, with the wait before the next try when there is one. */
  private wrongPin(): string {
    const now = Date.now();
    const next = afterWrongPin(storedLockout(now), now);
    storeLockout(next);
    const wait = lockedFor(next, now);
    return wait > 0 ? t('console.pin.wrongLocked', { wait: waitText(wait) }) : t('console.pin.wrong');
  }

  /** The overlay's PIN: set (stored as a salted hash) or checked against the hash, under the windows' lockout. */
  private async overlayPin(record: PinRecord | null, typed: string): Promise<string | null> {
    if (record === null) {
      storePinRecord(await makePinRecord(typed));
      return null;
    }
    const now = Date.now();
    const wait = lockedFor(storedLockout(now), now);
    if (wait > 0) return t('console.pin.locked', { wait: waitText(wait) });
    if (!(await pinMatches(record, typed))) return this.wrongPin();
    storeLockout(noLockout);
    return null;
  }

  /** Applies a command to the game; says what happened (or why not). */
  apply(command: Command): Outcome {
    const session = currentSession();
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
      case 'inject':
      case 'withdraw':
        return this.injection(session, command.kind, command.event);
      case 'end': {
        if (!session) return { ok: false, message: t('console.noGame') };
        const refusal = session.endNow();
        if (refusal) return { ok: false, message: refusal };
        // The debrief is for everyone: the pause is lifted, and the play screens give way to it.
        if (teacherFlags().paused) this.setTeacher({ ...teacherFlags(), paused: false });
        this.save();
        announceGameEnded();
        return { ok: true, message: t('console.end.done', { label: session.context.history.at(-1)?.label ?? '' }) };
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

  /** Injects an event into the next turn, or withdraws one injected and not yet fired. */
  private injection(session: GameSession | null, kind: 'inject' | 'withdraw', eventId: string): Outcome {
    if (!session) return { ok: false, message: t('console.noGame') };
    const api = teaching(session);
    if (!api) return { ok: false, message: t('console.unavailable') };
    const name = eventsOf(session).find((e) => e.id === eventId)?.name ?? eventId;
    const refusal = kind === 'inject' ? api.inject(eventId) : api.withdraw(eventId);
    if (refusal) return { ok: false, message: t(`console.${kind}.refused`, { name, reason: refusal.replace(/\.$/, '') }) };
    this.save();
    return { ok: true, message: t(`console.${kind}.done`, { name }) };
  }

  private save(): void {
    const session = currentSession();
    if (!session) return;
    const saved = autosave(session);
    if (!saved.ok) announce(saved.error.message);
  }

  private setTeacher(next: ReturnType<typeof teacherFlags>): void {
    const before = teacherFlags();
    setTeacherFlags(next);
    if (before.paused !== next.paused) {
      storePaused(next.paused);
      this.showPause(next.paused);
    }
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
    this.placeOpener();
    this.updateInert();
    const unlocked = (): void => {
      const status = el('p', { className: 'status', attrs: { role: 'status' } });
      const second = button(t('console.window.open'), () => {
        const url = `${location.pathname}#console`;
        // Not "noopener": the console window pairs with its opener, and with nothing else.
        const opened = window.open(url, this.windowName);
        status.textContent = opened ? t('console.window.opened') : t('console.window.blocked');
      });
      const panel = new ConsolePanel(
        (command) => {
          const outcome = this.apply(command);
          panel.say(outcome.message, !outcome.ok);
          if (outcome.ok && command.kind === 'annotate') panel.clearNote();
          this.publish(null);
          // The game ended: the debrief behind the console is what the class looks at now.
          if (outcome.ok && command.kind === 'end') this.closeOverlay();
        },
        [el('div', { className: 'actions', children: [second] }), status],
      );
      this.panel = panel;
      panel.update(this.snapshot());
      body.replaceChildren(panel.root);
      focusInitial(panel.root);
      announce(t('console.opened'));
    };
    const record = storedPinRecord();
    let busy = false;
    const form = pinForm(record === null ? 'set' : 'enter', (typed) => {
      if (busy) return;
      busy = true;
      form.say(t('console.pin.checking.here'));
      void this.overlayPin(record, typed)
        .then((refusal) => {
          if (this.overlay !== overlay) return;
          if (refusal === null) unlocked();
          else form.say(refusal, true);
        })
        .finally(() => (busy = false));
    });
    body.append(form.root);
    focusInitial(form.root);
  }

  closeOverlay(): void {
    if (!this.overlay) return;
    this.overlay.remove();
    this.overlay = null;
    this.panel = null;
    this.placeOpener();
    this.updateInert();
    if (this.pauseDialog) this.pauseDialog.focus();
    else this.restoreFocus();
  }
}

export const isConsoleWindow = (): boolean => /^#console\b/.test(location.hash);

let installed: Controller | null = null;

/** Starts the console in the game's window (once): the key, the pairing of console windows, the snapshots. */
export function installConsole(): void {
  if (installed || isConsoleWindow()) return;
  installed = new Controller();
  installed.install();
}
