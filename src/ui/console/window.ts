// The console in a second window (the page at `#console`), opened by the game's window. It pairs only with its opener:
// it asks for a private MessagePort with a message that only the opener receives, accepts a port only from the opener
// and only from this origin, and talks over that port alone. It asks the PIN and proves it without sending it (an HMAC
// of a fresh challenge under the PIN's PBKDF2 key; the key stays in this page's memory so that the console reconnects
// by itself when either window reloads), then shows the console panel from the game's snapshots and sends the
// teacher's commands. It holds no game of its own. Opened any other way, it says how to open it and does nothing.
import { announce, el, focusInitial } from '../dom.js';
import { t } from '../strings.js';
import { ConsolePanel } from './panel.js';
import { derivePinKey, pinProof } from './pin-hash.js';
import { pinForm } from './pin-form.js';
import {
  commandMessage,
  helloMessage,
  pairingMessage,
  parseGameMessage,
  parsePairingMessage,
  proofMessage,
  type Challenge,
  type Command,
  type GameMessage,
} from './protocol.js';
import { initialView, viewReducer, type ConsoleView, type ViewAction } from './state.js';
import './console.css';

const ANSWER_MS = 4000;
/** Three missed heartbeats of the game's window (every 2 s). */
const LOST_MS = 6500;
/** How often to ask the opener for a port until one comes. */
const ASK_MS = 1000;

export function mountConsoleWindow(container: HTMLElement): () => void {
  document.title = `${t('console.title')} · ${t('app.title')}`;
  const opener = window.opener as Window | null;
  if (!opener) {
    container.replaceChildren(
      el('h1', { text: t('console.window.unpaired.heading') }),
      el('p', { text: t('console.window.unpaired', { key: t('console.key') }) }),
    );
    return () => undefined;
  }
  return new ConsoleWindow(container, opener).start();
}

class ConsoleWindow {
  private port: MessagePort | null = null;
  private seq = 0;
  private view: ConsoleView = initialView;
  private panel: ConsolePanel | null = null;
  private challenge: Challenge | null = null;
  /** The PIN's key once the game accepted it (for reconnecting), or the one being tried. */
  private key: Uint8Array | null = null;
  private trying: Uint8Array | null = null;
  /** A PIN typed before the game's challenge arrived. */
  private typed: string | null = null;
  private lastHeard = 0;
  private lost = false;
  private lastKind: Command['kind'] | null = null;
  private asking: number | undefined;
  private waiting: number | undefined;
  private watchdog: number | undefined;
  private readonly lostNote = el('p', { className: 'status error', attrs: { role: 'status' } });
  private readonly form = pinForm('enter', (pin) => void this.submit(pin));
  private readonly onWindowMessage = (event: MessageEvent): void => this.pairing(event);

  constructor(
    private readonly container: HTMLElement,
    private readonly opener: Window,
  ) {}

  start(): () => void {
    window.addEventListener('message', this.onWindowMessage);
    this.container.replaceChildren(el('h1', { text: t('console.window.heading') }), this.form.root);
    focusInitial(this.form.root);
    this.form.say(t('console.pin.waiting'));
    this.askForPort();
    this.watchdog = window.setInterval(() => this.watch(), 1000);
    return () => {
      window.removeEventListener('message', this.onWindowMessage);
      window.clearInterval(this.watchdog);
      window.clearInterval(this.asking);
      window.clearTimeout(this.waiting);
      this.port?.close();
    };
  }

  // ------------------------------------------------------------ pairing

  /** Asks the opener (and only it: the message names this origin) for a port, every second until one comes. */
  private askForPort(): void {
    window.clearInterval(this.asking);
    const ask = (): void => {
      if (this.opener.closed) return this.closed();
      this.opener.postMessage(pairingMessage('ready'), location.origin);
    };
    ask();
    this.asking = window.setInterval(ask, ASK_MS);
  }

  private pairing(event: MessageEvent): void {
    // Only the window that opened this one, of this origin, hands over the port.
    if (event.source !== this.opener || event.origin !== location.origin) return;
    if (parsePairingMessage(event.data)?.kind !== 'port' || event.ports.length !== 1) return;
    window.clearInterval(this.asking);
    this.port?.close();
    const port = event.ports[0]!;
    this.port = port;
    port.addEventListener('message', (e: MessageEvent) => {
      if (this.port === port) void this.receive(parseGameMessage(e.data));
    });
    port.start();
    this.lastHeard = Date.now();
    port.postMessage(helloMessage());
  }

  private watch(): void {
    if (this.opener.closed) return this.closed();
    if (this.port && Date.now() - this.lastHeard > LOST_MS && this.view.unlocked && !this.lost) {
      this.lost = true;
      this.lostNote.textContent = t('console.window.lost');
      this.askForPort();
    }
  }

  private closed(): void {
    window.clearInterval(this.asking);
    window.clearInterval(this.watchdog);
    this.port?.close();
    this.port = null;
    const note = t('console.window.closed');
    if (this.panel) this.lostNote.textContent = note;
    else this.form.say(note, true);
  }

  // ------------------------------------------------------------ the PIN

  private async submit(pin: string): Promise<void> {
    if (!this.challenge || !this.port) {
      this.typed = pin;
      this.form.say(t('console.pin.waiting'));
      return;
    }
    await this.prove(await derivePinKey(pin, this.challenge.salt, this.challenge.iterations), true);
  }

  /** Answers the current challenge with a key (from a PIN just typed, or kept); the game's answer says whether it was right. */
  private async prove(key: Uint8Array, typed: boolean): Promise<void> {
    const challenge = this.challenge;
    const port = this.port;
    if (!challenge || !port) return;
    this.challenge = null;
    this.trying = key;
    if (!this.view.unlocked) this.form.say(t('console.pin.checking'));
    port.postMessage(proofMessage(challenge.challenge, await pinProof(key, challenge.challenge), typed));
    window.clearTimeout(this.waiting);
    this.waiting = window.setTimeout(() => {
      if (this.view.unlocked) return;
      this.form.say(t('console.pin.noAnswer'), true);
      this.askForPort();
    }, ANSWER_MS);
  }

  // ------------------------------------------------------------ the game's messages

  private async receive(message: GameMessage | null): Promise<void> {
    if (!message) return;
    this.lastHeard = Date.now();
    if (this.lost) {
      this.lost = false;
      this.lostNote.textContent = '';
    }
    if (message.kind === 'no-pin') {
      this.key = this.trying = null;
      return this.dispatch({ type: 'refused', message: message.message });
    }
    if (message.kind === 'challenge') {
      window.clearTimeout(this.waiting);
      this.challenge = message;
      if (message.message !== null) {
        // The last key was refused (a wrong PIN, or a lockout): ask the teacher again.
        this.key = this.trying = null;
        return this.dispatch({ type: 'refused', message: message.message });
      }
      if (this.key) return this.prove(this.key, false);
      if (this.trying) return this.prove(this.trying, true);
      if (this.typed !== null) {
        const pin = this.typed;
        this.typed = null;
        return this.submit(pin);
      }
      if (!this.view.unlocked) this.form.say('');
      return;
    }
    window.clearTimeout(this.waiting);
    if (this.trying) {
      this.key = this.trying;
      this.trying = null;
    }
    const ack = message.ack;
    this.dispatch({ type: 'state', state: message.state, ack });
    // The answer to this window's last command, said once.
    if (ack && this.panel) this.panel.say(ack.message, !ack.ok);
    if (ack?.ok && this.lastKind === 'annotate') this.panel?.clearNote();
  }

  private send(command: Command): void {
    this.lastKind = command.kind;
    this.port?.postMessage(commandMessage(++this.seq, command));
  }

  private dispatch(action: ViewAction): void {
    this.view = viewReducer(this.view, action);
    this.render();
  }

  private render(): void {
    const view = this.view;
    if (!view.unlocked) {
      if (this.panel) {
        // Locked again (the PIN changed): back to the prompt.
        this.panel = null;
        this.container.replaceChildren(el('h1', { text: t('console.window.heading') }), this.form.root);
        focusInitial(this.form.root);
      }
      if (view.message) this.form.say(view.message, view.error);
      return;
    }
    if (!this.panel) {
      this.panel = new ConsolePanel((command) => this.send(command), [this.lostNote]);
      this.container.replaceChildren(el('h1', { className: 'visually-hidden', text: t('console.window.heading') }), this.panel.root);
      focusInitial(this.panel.root);
      announce(t('console.opened'));
    }
    this.panel.update(view.snapshot);
  }
}
