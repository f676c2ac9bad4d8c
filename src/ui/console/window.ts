// The console in a second window (the page at `#console`): asks the PIN, which the game's window checks, then shows
// the console panel from the snapshots the game's window broadcasts and sends the teacher's commands over
// BroadcastChannel. It holds no game of its own.
import { announce, el } from '../dom.js';
import { focusInitial } from '../scenes/overlay-scene.js';
import { t } from '../strings.js';
import { ConsolePanel } from './panel.js';
import { pinForm } from './pin-form.js';
import { CONSOLE_CHANNEL, commandMessage, parseMessage, type Command } from './protocol.js';
import { initialView, viewReducer, type ConsoleView, type ViewAction } from './state.js';
import './console.css';

const ANSWER_MS = 2500;
/** Three missed heartbeats of the game's window (every 2 s). */
const LOST_MS = 6500;

export function mountConsoleWindow(container: HTMLElement): () => void {
  const me = `w${Date.now().toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`;
  let seq = 0;
  let view: ConsoleView = initialView;
  let panel: ConsolePanel | null = null;
  let waiting: number | undefined;
  let lastHeard = 0;
  let lost = false;
  const lostNote = el('p', { className: 'status error', attrs: { role: 'status' } });
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(CONSOLE_CHANNEL);
  } catch {
    container.replaceChildren(el('p', { className: 'error', text: t('console.pin.noAnswer') }));
    return () => undefined;
  }
  let lastKind: Command['kind'] | null = null;
  const send = (command: Command): void => {
    lastKind = command.kind;
    channel.postMessage(commandMessage(me, ++seq, view.pin, command));
  };
  const dispatch = (action: ViewAction): void => {
    const before = view;
    view = viewReducer(view, action);
    render(before);
  };

  const form = pinForm('enter', (pin) => {
    dispatch({ type: 'try-pin', pin });
    form.say(t('console.pin.checking'));
    send({ kind: 'hello' });
    window.clearTimeout(waiting);
    waiting = window.setTimeout(() => {
      if (!view.unlocked) form.say(t('console.pin.noAnswer'), true);
    }, ANSWER_MS);
  });

  const render = (before: ConsoleView): void => {
    if (!view.unlocked) {
      if (view.message && view.message !== before.message) form.say(view.message, view.error);
      return;
    }
    if (!panel) {
      window.clearTimeout(waiting);
      panel = new ConsolePanel((command) => send(command), [lostNote]);
      container.replaceChildren(el('h1', { className: 'visually-hidden', text: t('console.window.heading') }), panel.root);
      focusInitial(panel.root);
      announce(t('console.opened'));
    }
    panel.update(view.snapshot);
    if (view.message !== null && (view !== before || view.message !== before.message)) panel.say(view.message, view.error);
  };

  channel.addEventListener('message', (event: MessageEvent) => {
    const message = parseMessage(event.data);
    if (!message || message.kind !== 'state') return;
    lastHeard = Date.now();
    if (lost) {
      lost = false;
      lostNote.textContent = '';
    }
    // A snapshot without an answer for this window keeps the last message on screen.
    const ackForMe = message.ack && message.ack.to === me ? message.ack : null;
    if (ackForMe) window.clearTimeout(waiting);
    const before = view;
    view = viewReducer(view, { type: 'state', state: message.state, ack: ackForMe, me });
    if (!ackForMe && view.unlocked) {
      panel?.update(view.snapshot);
      return;
    }
    render(before);
    if (ackForMe?.ok && lastKind === 'annotate') panel?.clearNote();
  });
  const watchdog = window.setInterval(() => {
    if (view.unlocked && !lost && Date.now() - lastHeard > LOST_MS) {
      lost = true;
      lostNote.textContent = t('console.window.lost');
    }
  }, 1000);

  document.title = `${t('console.title')} · ${t('app.title')}`;
  container.replaceChildren(el('h1', { text: t('console.window.heading') }), form.root);
  focusInitial(form.root);
  return () => {
    window.clearInterval(watchdog);
    window.clearTimeout(waiting);
    channel.close();
  };
}
